// The partnership's work as the programmes subgraph holds it: milestones (key dates that are not
// board meetings) and responsibilities (who leads, monitors or holds a strategy, priority,
// programme, contract or pool), with the fields they add to strategies, programmes and to other
// subgraphs' contracts, funding pools, boards, organisations and people.
import { DateResolver } from "graphql-scalars";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.ts";
import { MilestoneKind, MilestoneStatus, ResponsibilityRole } from "../../generated/prisma/enums.ts";
import { Sourced, SourcedResolver } from "../../subgraph/provenance.ts";
import { Priority, Programme, Strategy } from "./entities.ts";
import type { ProgrammesContext } from "./loaders.ts";
import { BoardReference, OrganisationReference, PersonReference, type Ref, ref } from "./references.ts";

registerEnumType(MilestoneStatus, {
  name: "MilestoneStatus",
  description: "Where a milestone stands, as last stated in the papers.",
  valuesConfig: {
    PLANNED: { description: "Still ahead, or not reported on." },
    MET: { description: "Reached when planned." },
    MISSED: { description: "Not reached when planned." },
    MOVED: { description: "Moved to another date." },
  },
});

registerEnumType(MilestoneKind, {
  name: "MilestoneKind",
  description: "What kind of key date a milestone is.",
  valuesConfig: {
    DRAFT_DUE: { description: "A draft is due." },
    PUBLICATION: { description: "A publication date." },
    SUBMISSION: { description: "A submission or template deadline to a national body." },
    INSPECTION: { description: "An inspection or review visit (e.g. an on-site week)." },
    DEADLINE: { description: "Another deadline." },
    GO_LIVE: { description: "A service or team goes live or commences." },
    WORKSHOP: { description: "A workshop or engagement event." },
    REVIEW: { description: "A review point." },
    DECISION: { description: "A decision is due (e.g. through the political process)." },
    START: { description: "Work, a contract or a scheme starts." },
    END: { description: "Work, a contract or a scheme ends." },
    OTHER: { description: "Another key date." },
  },
});

registerEnumType(ResponsibilityRole, {
  name: "ResponsibilityRole",
  description: "What a holder does for the thing it is responsible for.",
  valuesConfig: {
    LEADS: { description: "Leads it." },
    CO_LEADS: { description: "Leads it jointly with others." },
    ACCOUNTABLE: { description: "Is accountable for it." },
    MONITORS: { description: "Monitors or oversees it (see frequency)." },
    HOLDS: { description: "Holds it as its own in a joint plan (an agency's priority)." },
    DELIVERS: { description: "Delivers it." },
    SUPPORTS: { description: "Supports it." },
    SPONSORS: { description: "Sponsors it." },
  },
});

@Directive('@key(fields: "id")')
@ObjectType("Contract", { description: "A commissioned service (owned by the funding subgraph)." })
export class ContractReference implements Ref {
  @Field(() => ID, { description: "The contract's slug, e.g. kooth." })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("FundingPool", { description: "A pooled or ring-fenced budget (owned by the funding subgraph)." })
export class FundingPoolReference implements Ref {
  @Field(() => ID, { description: "The pool's slug, e.g. coventry-bcf-2017-19." })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A key date of the partnership's work that is not a board meeting, with its planned and actual dates and what it belongs to." })
export class Milestone extends Sourced {
  @Field(() => ID, { description: "A stable slug, e.g. kooth-contract-end." })
  id!: string;

  @Field(() => String, { description: "What happens on the date, in the papers' words." })
  title!: string;

  @Field(() => MilestoneKind, { description: "What kind of key date it is." })
  kind!: MilestoneKind;

  @Field(() => MilestoneStatus, { description: "Where it stands, as last stated." })
  status!: MilestoneStatus;

  @Field(() => DateResolver, { nullable: true, description: "The planned day, or the first day of a planned window; null when the papers give none." })
  plannedDate!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "The last day of a planned window (an on-site week); null for a single day." })
  plannedEndDate!: Date | null;

  @Field(() => String, { nullable: true, description: 'The planned date as written, e.g. "until end of March 2025".' })
  plannedAsWritten!: string | null;

  @Field(() => DateResolver, { nullable: true, description: "The day it actually happened, when stated." })
  actualDate!: Date | null;

  @Field(() => String, { nullable: true, description: 'Where it takes place, as written, e.g. "Conference Room, Northgate House at Warwick"; null when not stated.' })
  venue!: string | null;

  programmeId!: string | null;
  strategyId!: string | null;
  contractId!: string | null;
  fundingPoolId!: string | null;
  boardId!: string | null;
  organisationId!: string | null;
}

@ObjectType({ description: "Who is responsible for what: a board or group, an organisation or a named person that leads, monitors or holds a strategy, priority, programme, contract or pool." })
export class Responsibility extends Sourced {
  @Field(() => ID, { description: "The responsibility's id." })
  id!: number;

  @Field(() => ResponsibilityRole, { description: "What the holder does." })
  role!: ResponsibilityRole;

  @Field(() => String, { nullable: true, description: 'The role as written, e.g. "Strategic lead", "overseeing".' })
  roleAsWritten!: string | null;

  @Field(() => String, { nullable: true, description: 'How often, as written, e.g. "quarterly"; null when not stated.' })
  frequency!: string | null;

  strategyId!: string | null;
  priorityId!: number | null;
  programmeId!: string | null;
  contractId!: string | null;
  fundingPoolId!: string | null;
  boardId!: string | null;
  organisationId!: string | null;
  personId!: string | null;
}

@InputType({ description: "Filters for milestones; all given filters must match." })
export class MilestoneFilter {
  @Field(() => [MilestoneStatus], { nullable: true, description: "Only milestones in one of these statuses." })
  statuses?: MilestoneStatus[];

  @Field(() => [MilestoneKind], { nullable: true, description: "Only milestones of one of these kinds." })
  kinds?: MilestoneKind[];

  @Field(() => DateResolver, { nullable: true, description: "Only milestones planned or held on or after this day." })
  from?: Date;

  @Field(() => DateResolver, { nullable: true, description: "Only milestones planned or held on or before this day." })
  to?: Date;

  @Field(() => ID, { nullable: true, description: "Only those of this programme." })
  programmeId?: string;

  @Field(() => ID, { nullable: true, description: "Only those of this strategy." })
  strategyId?: string;

  @Field(() => ID, { nullable: true, description: "Only those of this contract." })
  contractId?: string;

  @Field(() => ID, { nullable: true, description: "Only those that concern this board or group." })
  boardId?: string;

  @Field(() => ID, { nullable: true, description: "Only those that concern this organisation (dates no other record holds)." })
  organisationId?: string;
}

/** A milestone's day for ordering and date filters: the actual day when known, else the planned one. */
const dayOf = (m: Pick<Milestone, "actualDate" | "plannedDate">) => m.actualDate ?? m.plannedDate;

function milestoneWhere(f: MilestoneFilter | null): Prisma.MilestoneWhereInput {
  if (!f) return {};
  const range = { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) };
  const dated = f.from || f.to ? { OR: [{ actualDate: range }, { actualDate: null, plannedDate: range }] } : {};
  return {
    ...(f.statuses ? { status: { in: f.statuses } } : {}),
    ...(f.kinds ? { kind: { in: f.kinds } } : {}),
    ...(f.programmeId ? { programmeId: f.programmeId } : {}),
    ...(f.strategyId ? { strategyId: f.strategyId } : {}),
    ...(f.contractId ? { contractId: f.contractId } : {}),
    ...(f.boardId ? { boardId: f.boardId } : {}),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...dated,
  };
}

export const milestoneOrder = [{ plannedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }] as const;

@Resolver(() => Milestone)
export class MilestoneResolver extends SourcedResolver(Milestone) {
  @Query(() => Milestone, { nullable: true, description: "A milestone by its slug id." })
  milestone(@Arg("id", () => ID, { description: "The milestone's slug." }) id: string, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.milestone.load(id);
  }

  @Query(() => [Milestone], { description: "Milestones and key dates, by date (the actual day when known, else the planned one), filtered." })
  async milestones(
    @Arg("filter", () => MilestoneFilter, { nullable: true, description: "What to match; every milestone when omitted." }) filter: MilestoneFilter | null,
    @Ctx() ctx: ProgrammesContext,
  ) {
    const rows = await ctx.store.milestone.findMany({ where: milestoneWhere(filter), orderBy: [...milestoneOrder] });
    return rows.sort((a, b) => (dayOf(a)?.getTime() ?? Infinity) - (dayOf(b)?.getTime() ?? Infinity) || a.id.localeCompare(b.id));
  }

  @FieldResolver(() => Programme, { nullable: true, description: "The programme it belongs to." })
  programme(@Root() m: Milestone, @Ctx() ctx: ProgrammesContext) {
    return m.programmeId ? ctx.loaders.programme.load(m.programmeId) : null;
  }

  @FieldResolver(() => Strategy, { nullable: true, description: "The strategy it belongs to." })
  strategy(@Root() m: Milestone, @Ctx() ctx: ProgrammesContext) {
    return m.strategyId ? ctx.loaders.strategy.load(m.strategyId) : null;
  }

  @FieldResolver(() => ContractReference, { nullable: true, description: "The contract it belongs to." })
  contract(@Root() m: Milestone) {
    return ref(m.contractId);
  }

  @FieldResolver(() => FundingPoolReference, { nullable: true, description: "The funding pool (or funding round) it belongs to." })
  fundingPool(@Root() m: Milestone) {
    return ref(m.fundingPoolId);
  }

  @FieldResolver(() => BoardReference, { nullable: true, description: "The board or group it concerns, when the papers name one." })
  board(@Root() m: Milestone) {
    return ref(m.boardId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation it concerns, when no record holds it yet (an inspection of a council, a trust's partner search)." })
  organisation(@Root() m: Milestone) {
    return ref(m.organisationId);
  }
}

@Resolver(() => Responsibility)
export class ResponsibilityResolver extends SourcedResolver(Responsibility) {
  @FieldResolver(() => Strategy, { nullable: true, description: "The strategy (or the strategy of the priority) it is for." })
  strategy(@Root() r: Responsibility, @Ctx() ctx: ProgrammesContext) {
    return r.strategyId ? ctx.loaders.strategy.load(r.strategyId) : null;
  }

  @FieldResolver(() => Priority, { nullable: true, description: "The strategy's priority or theme it is for." })
  priority(@Root() r: Responsibility, @Ctx() ctx: ProgrammesContext) {
    return r.priorityId === null ? null : ctx.loaders.priority.load(r.priorityId);
  }

  @FieldResolver(() => Programme, { nullable: true, description: "The programme it is for." })
  programme(@Root() r: Responsibility, @Ctx() ctx: ProgrammesContext) {
    return r.programmeId ? ctx.loaders.programme.load(r.programmeId) : null;
  }

  @FieldResolver(() => ContractReference, { nullable: true, description: "The contract it is for." })
  contract(@Root() r: Responsibility) {
    return ref(r.contractId);
  }

  @FieldResolver(() => FundingPoolReference, { nullable: true, description: "The funding pool it is for." })
  fundingPool(@Root() r: Responsibility) {
    return ref(r.fundingPoolId);
  }

  @FieldResolver(() => BoardReference, { nullable: true, description: "The board or group that holds it." })
  board(@Root() r: Responsibility) {
    return ref(r.boardId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation that holds it." })
  organisation(@Root() r: Responsibility) {
    return ref(r.organisationId);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: "The named person who holds it." })
  person(@Root() r: Responsibility) {
    return ref(r.personId);
  }
}

const roleArg = { nullable: true, description: "Only responsibilities of this role; all when omitted." } as const;
const byRole = (rows: Responsibility[], role: ResponsibilityRole | null) => (role ? rows.filter((r) => r.role === role) : rows);

@Resolver(() => Programme)
export class ProgrammeWorkResolver {
  @FieldResolver(() => [Milestone], { description: "Its milestones and key dates, by planned date." })
  milestones(@Root() p: Programme, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.milestonesOf.programmeId.load(p.id);
  }

  @FieldResolver(() => [Responsibility], { description: "Who leads, monitors or delivers it." })
  async responsibilities(@Root() p: Programme, @Arg("role", () => ResponsibilityRole, roleArg) role: ResponsibilityRole | null, @Ctx() ctx: ProgrammesContext) {
    return byRole(await ctx.loaders.responsibilitiesOf.programmeId.load(p.id), role);
  }
}

@Resolver(() => Strategy)
export class StrategyWorkResolver {
  @FieldResolver(() => [Milestone], { description: "Its milestones and key dates (drafts, publication, reviews), by planned date." })
  milestones(@Root() s: Strategy, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.milestonesOf.strategyId.load(s.id);
  }

  @FieldResolver(() => [Responsibility], { description: "Who leads or holds the strategy and its priorities, the priorities' in their order." })
  async responsibilities(@Root() s: Strategy, @Arg("role", () => ResponsibilityRole, roleArg) role: ResponsibilityRole | null, @Ctx() ctx: ProgrammesContext) {
    return byRole(await ctx.loaders.responsibilitiesOf.strategyId.load(s.id), role);
  }
}

@Resolver(() => Priority)
export class PriorityWorkResolver {
  @FieldResolver(() => [Responsibility], { description: "Who leads or holds this priority or theme: bodies, organisations and named people." })
  async responsibilities(@Root() p: Priority, @Arg("role", () => ResponsibilityRole, roleArg) role: ResponsibilityRole | null, @Ctx() ctx: ProgrammesContext) {
    return byRole(await ctx.loaders.responsibilitiesOf.priorityId.load(p.id), role);
  }
}

@Resolver(() => ContractReference)
export class ContractWorkResolver {
  @FieldResolver(() => [Milestone], { nullable: true, description: "The contract's key dates (start, end, extensions due), by planned date." })
  milestones(@Root() c: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.milestonesOf.contractId.load(c.id);
  }

  @FieldResolver(() => [Responsibility], { nullable: true, description: "Who leads or monitors the contract." })
  responsibilities(@Root() c: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.responsibilitiesOf.contractId.load(c.id);
  }
}

@Resolver(() => FundingPoolReference)
export class FundingPoolWorkResolver {
  @FieldResolver(() => [Milestone], { nullable: true, description: "The pool's key dates (submission deadlines, funding rounds), by planned date." })
  milestones(@Root() p: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.milestonesOf.fundingPoolId.load(p.id);
  }

  @FieldResolver(() => [Responsibility], { nullable: true, description: "Who monitors the pool, and how often." })
  responsibilities(@Root() p: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.responsibilitiesOf.fundingPoolId.load(p.id);
  }
}

@Resolver(() => BoardReference)
export class BoardWorkResolver {
  @FieldResolver(() => [Milestone], { nullable: true, description: "Key dates that concern this board or group (a workshop, a first meeting), by planned date." })
  milestones(@Root() b: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.milestonesOf.boardId.load(b.id);
  }

  @FieldResolver(() => [Responsibility], { nullable: true, description: "What this board or group leads, monitors or holds." })
  responsibilities(@Root() b: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.responsibilitiesOf.boardId.load(b.id);
  }
}

@Resolver(() => OrganisationReference)
export class OrganisationWorkResolver {
  @FieldResolver(() => [Milestone], { nullable: true, description: "Key dates that concern this organisation and no other record (an inspection, a deadline), by planned date." })
  milestones(@Root() o: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.milestonesOf.organisationId.load(o.id);
  }

  @FieldResolver(() => [Responsibility], { nullable: true, description: "What this organisation leads, monitors or holds (e.g. an agency's priorities in a joint plan)." })
  responsibilities(@Root() o: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.responsibilitiesOf.organisationId.load(o.id);
  }
}

@Resolver(() => PersonReference)
export class PersonWorkResolver {
  @FieldResolver(() => [Responsibility], { nullable: true, description: "What this person leads or holds, with the role as written." })
  responsibilities(@Root() p: Ref, @Ctx() ctx: ProgrammesContext) {
    return ctx.loaders.responsibilitiesOf.personId.load(p.id);
  }
}

export const workResolvers = [
  MilestoneResolver, ResponsibilityResolver, ProgrammeWorkResolver, StrategyWorkResolver, PriorityWorkResolver,
  ContractWorkResolver, FundingPoolWorkResolver, BoardWorkResolver, OrganisationWorkResolver, PersonWorkResolver,
] as const;

