// Stubs of the partners subgraph's entities that governance points at and adds fields to:
// Board.meetings, Organisation.meetingsAttended and .reportsAuthored, Person.attendance and
// .presentedItems. Each stub carries only its key; the added fields resolve through the loaders.
import { DateResolver } from "graphql-scalars";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { AgendaItem, Attendance, Meeting, Report } from "./entities.ts";
import type { GovernanceContext } from "./loaders.ts";
import { checkPeriod, within } from "./period.ts";

@Directive('@key(fields: "id")')
@ObjectType("Board", { description: "A committee of partners, such as a Health and Wellbeing Board (owned by the partners subgraph)." })
export class BoardReference {
  @Field(() => ID, { description: "The board's slug, e.g. coventry-health-and-wellbeing-board." })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Organisation", { description: "A partner organisation (owned by the partners subgraph)." })
export class OrganisationReference {
  @Field(() => ID, { description: "The organisation's slug, e.g. coventry-city-council." })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Person", { description: "A person named in the papers (owned by the partners subgraph)." })
export class PersonReference {
  @Field(() => ID, { description: "The person's slug, e.g. liz-gaulton." })
  id!: string;
}

/** A reference the gateway resolves in partners, or null for an empty link. */
export const ref = (id: string | null) => (id ? { id } : null);

const fromOptions = { nullable: true, description: "Only meetings on or after this day." } as const;
const toOptions = { nullable: true, description: "Only meetings on or before this day." } as const;

@Resolver(() => BoardReference)
export class BoardMeetingsResolver {
  @FieldResolver(() => [Meeting], { nullable: true, description: "The board's meetings in date order (governance)." })
  async meetings(
    @Root() board: BoardReference,
    @Arg("from", () => DateResolver, fromOptions) from: Date | null,
    @Arg("to", () => DateResolver, toOptions) to: Date | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    checkPeriod(from, to);
    return (await ctx.loaders.meetingsOfBoard.load(board.id)).filter((m) => within(m.date, from, to));
  }
}

@Resolver(() => OrganisationReference)
export class OrganisationGovernanceResolver {
  @FieldResolver(() => [Meeting], { nullable: true,
    description: "Meetings where someone attended representing the organisation (present, other representative or officer; not apologies), newest first (governance).",
  })
  async meetingsAttended(
    @Root() org: OrganisationReference,
    @Arg("from", () => DateResolver, fromOptions) from: Date | null,
    @Arg("to", () => DateResolver, toOptions) to: Date | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    checkPeriod(from, to);
    return (await ctx.loaders.meetingsAttendedByOrganisation.load(org.id)).filter((m) => within(m.date, from, to));
  }

  @FieldResolver(() => [Report], { nullable: true, description: "Reports with an author writing for the organisation, newest first (governance)." })
  reportsAuthored(@Root() org: OrganisationReference, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.reportsAuthoredByOrganisation.load(org.id);
  }
}

@Resolver(() => PersonReference)
export class PersonGovernanceResolver {
  @FieldResolver(() => [Attendance], { nullable: true, description: "The person's entries in meeting attendance lists, newest meeting first (governance)." })
  attendance(@Root() person: PersonReference, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.attendanceOfPerson.load(person.id);
  }

  @FieldResolver(() => [AgendaItem], { nullable: true, description: "Agenda items the person presents or speaks to, newest meeting first (governance)." })
  presentedItems(@Root() person: PersonReference, @Ctx() ctx: GovernanceContext) {
    return ctx.loaders.itemsPresentedByPerson.load(person.id);
  }
}
