// Other subgraphs' entities as this subgraph sees them: key fields only, plus the fields this
// subgraph adds to them (an organisation's led programmes, a board's approved strategies).
import { Arg, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { ProgrammeStatus } from "../../generated/prisma/enums.ts";
import { loadLinked } from "../../subgraph/loaders.ts";
import { Programme, Strategy } from "./entities.ts";
import type { ProgrammesContext } from "./loaders.ts";

export interface Ref {
  id: string;
}

/** The reference to another subgraph's entity by its slug, or null when there is none. */
export const ref = (id: string | null): Ref | null => (id ? { id } : null);

@Directive('@key(fields: "id")')
@ObjectType("Organisation", { description: "A partner organisation (owned by the partners subgraph)." })
export class OrganisationReference implements Ref {
  @Field(() => ID, { description: "The organisation's slug, e.g. west-midlands-police." })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Person", { description: "A person named in the papers (owned by the partners subgraph)." })
export class PersonReference implements Ref {
  @Field(() => ID, { description: "The person's slug, e.g. rachael-danter." })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Board", { description: "A committee of partners such as a Health and Wellbeing Board (owned by the partners subgraph)." })
export class BoardReference implements Ref {
  @Field(() => ID, { description: "The board's slug, e.g. coventry-health-and-wellbeing-board." })
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Meeting", { description: "A board meeting (owned by the governance subgraph)." })
export class MeetingReference implements Ref {
  @Field(() => ID, { description: "The meeting's slug, e.g. coventry-hwb-2019-01-14." })
  id!: string;
}

@Resolver(() => OrganisationReference)
export class OrganisationProgrammesResolver {
  @FieldResolver(() => [Programme], { nullable: true, description: "Programmes, workstreams and projects this organisation leads, by name." })
  async ledProgrammes(
    @Root() org: Ref,
    @Arg("status", () => ProgrammeStatus, { nullable: true, description: "Only those in this status; all when omitted." }) status: ProgrammeStatus | null,
    @Ctx() ctx: ProgrammesContext,
  ) {
    const led = await ctx.loaders.programmesLedByOrganisation.load(org.id);
    return status ? led.filter((p) => p.status === status) : led;
  }

  @FieldResolver(() => [Strategy], { nullable: true, description: "Strategies this organisation owns, by title." })
  async strategiesOwned(@Root() org: Ref, @Ctx() ctx: ProgrammesContext) {
    const ownerships = await ctx.loaders.ownershipsOfOrganisation.load(org.id);
    return loadLinked(ctx.loaders.strategy, ownerships.map((o) => o.strategyId));
  }
}

@Resolver(() => PersonReference)
export class PersonProgrammesResolver {
  @FieldResolver(() => [Programme], { nullable: true, description: "Programmes, workstreams and projects this person leads, by name." })
  ledProgrammes(@Root() person: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.programmesLedByPerson.load(person.id);
  }
}

@Resolver(() => BoardReference)
export class BoardStrategiesResolver {
  @FieldResolver(() => [Strategy], { nullable: true, description: "Strategies this board approved, endorsed or declared, earliest approval first." })
  strategiesApproved(@Root() board: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.strategiesApprovedByBoard.load(board.id);
  }
}
