// Queries and relation fields of the funding subgraph. Every relation goes through a loader;
// references to other subgraphs' entities are returned as their keys for the gateway to resolve.
import { badUserInput } from "../../subgraph/errors.ts";
import { DateResolver } from "graphql-scalars";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from "type-graphql";
import { FundingMeasure, FundingPoolKind } from "../../generated/prisma/enums.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { PageArgs, pageWindow, toPage } from "../../subgraph/pagination.ts";
import { SourcedResolver } from "../../subgraph/provenance.ts";
import { MoneyScalar } from "../../subgraph/scalars.ts";
import {
  Allocation,
  AllocationPage,
  Contribution,
  ContributionPage,
  FundingPool,
  FundingPoolOrder,
  FundingPoolPage,
  FundingTotal,
  FundingTotalsGroup,
  Grant,
  GrantOrder,
  GrantPage,
  PlannedDates,
  StatedTotal,
} from "./entities.ts";
import type { FundingContext } from "./loaders.ts";
import { type Money, sumMoney } from "./money.ts";
import { AreaReference, OrganisationReference, ProgrammeReference } from "./references.ts";
import { type AmountRecord, groupTotals } from "./totals.ts";
import { checkFinancialYears, grantYear, inYear } from "./years.ts";

const yearArgument = {
  nullable: true,
  description: 'Only records of this financial year, e.g. "2018/19"; every year when omitted.',
} as const;

const organisationRef = (id: string | null) => (id ? { id } : null);
const programmeRef = (id: string | null) => (id ? { id } : null);

const badInput = (argumentName: string, message: string) => badUserInput(message, argumentName);

@InputType({ description: "Filters for the fundingPools list; all given filters must match." })
class FundingPoolFilter {
  @Field(() => [FundingPoolKind], { nullable: true, description: "Only pools of one of these kinds." })
  kinds?: FundingPoolKind[];

  @Field(() => [String], { nullable: true, description: 'Only pools covering at least one of these financial years, e.g. ["2018/19"].' })
  financialYears?: string[];

  @Field(() => ID, { nullable: true, description: "Only pools hosted by this organisation (its slug)." })
  hostOrganisationId?: string;

  @Field(() => ID, { nullable: true, description: "Only pools whose area is this GSS code, e.g. E08000026." })
  areaCode?: string;
}

@InputType({ description: "Filters for the contributions list; all given filters must match." })
class ContributionFilter {
  @Field(() => [ID], { nullable: true, description: "Only contributions to these pools." })
  poolIds?: string[];

  @Field(() => [FundingPoolKind], { nullable: true, description: "Only contributions to pools of these kinds." })
  poolKinds?: FundingPoolKind[];

  @Field(() => ID, { nullable: true, description: "Only contributions by this organisation (its slug)." })
  organisationId?: string;

  @Field(() => [String], { nullable: true, description: 'Only contributions of these financial years, e.g. ["2017/18"].' })
  financialYears?: string[];
}

@InputType({ description: "Filters for the allocations list; all given filters must match." })
class AllocationFilter {
  @Field(() => [ID], { nullable: true, description: "Only allocations from these pools." })
  poolIds?: string[];

  @Field(() => [FundingPoolKind], { nullable: true, description: "Only allocations from pools of these kinds." })
  poolKinds?: FundingPoolKind[];

  @Field(() => ID, { nullable: true, description: "Only allocations paid to this organisation." })
  recipientId?: string;

  @Field(() => ID, { nullable: true, description: "Only allocations of this contributor's share (e.g. one CCG's column of a table)." })
  fundedById?: string;

  @Field(() => ID, { nullable: true, description: 'Only allocations to this programme, e.g. "camhs-transformation".' })
  programmeId?: string;

  @Field(() => [String], { nullable: true, description: 'Only allocations of these financial years, e.g. ["2018/19"].' })
  financialYears?: string[];
}

@InputType({ description: "Filters for the grants list; all given filters must match." })
class GrantFilter {
  @Field(() => ID, { nullable: true, description: "Only grants from this funder (an organisation slug)." })
  funderId?: string;

  @Field(() => ID, { nullable: true, description: "Only grants to this recipient (an organisation slug)." })
  recipientId?: string;

  @Field(() => ID, { nullable: true, description: "Only grants for this programme." })
  programmeId?: string;

  @Field(() => DateResolver, { nullable: true, description: "Only grants awarded (or, with no award date, planned to start) on or after this day." })
  from?: Date;

  @Field(() => DateResolver, { nullable: true, description: "Only grants awarded (or, with no award date, planned to start) on or before this day." })
  to?: Date;

  @Field(() => MoneyScalar, { nullable: true, description: 'Only grants of at least this amount, written as a string such as "100000.00".' })
  minAmount?: Money;

  @Field(() => MoneyScalar, { nullable: true, description: 'Only grants of at most this amount, written as a string such as "500000.00".' })
  maxAmount?: Money;
}

@InputType({ description: "Filters for fundingTotals; all given filters must match." })
class FundingTotalsFilter {
  @Field(() => [FundingPoolKind], { nullable: true, description: "Only records of pools of these kinds." })
  poolKinds?: FundingPoolKind[];

  @Field(() => [String], { nullable: true, description: 'Only records of these financial years, e.g. ["2017/18", "2018/19"] (records that state no year are then left out).' })
  financialYears?: string[];

  @Field(() => ID, { nullable: true, description: "Only records of this organisation: the contributor for CONTRIBUTIONS, the recipient for ALLOCATIONS." })
  organisationId?: string;

  @Field(() => ID, { nullable: true, description: "Only records of pools hosted by this organisation." })
  hostOrganisationId?: string;
}

function poolOrder(order: FundingPoolOrder): Prisma.FundingPoolOrderByWithRelationInput[] {
  const tieBreak: Prisma.FundingPoolOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];
  if (order === FundingPoolOrder.PERIOD_START) return [{ periodStart: { sort: "asc", nulls: "last" } }, ...tieBreak];
  if (order === FundingPoolOrder.TOTAL_DESCENDING) return [{ total: { sort: "desc", nulls: "last" } }, ...tieBreak];
  return tieBreak;
}

function poolScope(kinds: FundingPoolKind[] | undefined, hostOrganisationId: string | undefined): Prisma.FundingPoolWhereInput | undefined {
  if (!kinds?.length && !hostOrganisationId) return undefined;
  return { ...(kinds?.length ? { kind: { in: kinds } } : {}), ...(hostOrganisationId ? { hostOrganisationId } : {}) };
}

@Resolver(() => FundingPool)
export class FundingPoolResolver extends SourcedResolver(FundingPool) {
  @Query(() => FundingPool, { nullable: true, description: "A funding pool by its slug id." })
  fundingPool(@Arg("id", () => ID, { description: "The pool's slug, e.g. coventry-bcf-2017-19." }) id: string, @Ctx() ctx: FundingContext) {
    return ctx.loaders.pool.load(id);
  }

  @Query(() => FundingPoolPage, { description: "Funding pools, filtered, sorted and paginated." })
  async fundingPools(
    @Arg("filter", () => FundingPoolFilter, { nullable: true, description: "What to match; every pool when omitted." }) filter: FundingPoolFilter | null,
    @Arg("orderBy", () => FundingPoolOrder, { defaultValue: FundingPoolOrder.NAME, description: "The sort order." }) orderBy: FundingPoolOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: FundingContext,
  ) {
    const window = pageWindow(page);
    const years = checkFinancialYears("financialYears", filter?.financialYears);
    const where: Prisma.FundingPoolWhereInput = {
      ...(filter?.kinds?.length ? { kind: { in: filter.kinds } } : {}),
      ...(years ? { financialYears: { hasSome: years } } : {}),
      ...(filter?.hostOrganisationId ? { hostOrganisationId: filter.hostOrganisationId } : {}),
      ...(filter?.areaCode ? { areaCode: filter.areaCode.trim().toUpperCase() } : {}),
    };
    const [items, total] = await Promise.all([
      ctx.store.fundingPool.findMany({ where, orderBy: poolOrder(orderBy), ...window }),
      ctx.store.fundingPool.count({ where }),
    ]);
    return toPage(items, total, page);
  }

  @Query(() => [FundingTotal], {
    description:
      "Exact totals (decimal arithmetic) of contributions (money put in, the default) or allocations (money given out), grouped by pool, financial year, organisation or kind. Stated pool totals are not added: compare them with FundingPool.total and statedTotals.",
  })
  async fundingTotals(
    @Arg("groupBy", () => FundingTotalsGroup, { description: "What to group by." }) groupBy: FundingTotalsGroup,
    @Arg("measure", () => FundingMeasure, { defaultValue: FundingMeasure.CONTRIBUTIONS, description: "Add up contributions (default) or allocations." })
    measure: FundingMeasure,
    @Arg("filter", () => FundingTotalsFilter, { nullable: true, description: "Which records to add up; all when omitted." }) filter: FundingTotalsFilter | null,
    @Ctx() ctx: FundingContext,
  ) {
    const years = checkFinancialYears("financialYears", filter?.financialYears);
    const pool = poolScope(filter?.poolKinds, filter?.hostOrganisationId);
    const common = { ...(years ? { financialYear: { in: years } } : {}), ...(pool ? { pool } : {}) };
    const select = { amount: true, financialYear: true, poolId: true, pool: { select: { name: true, kind: true } } } as const;
    let records: AmountRecord[];
    if (measure === FundingMeasure.CONTRIBUTIONS) {
      const where = { ...common, ...(filter?.organisationId ? { organisationId: filter.organisationId } : {}) };
      records = await ctx.store.contribution.findMany({ where, select: { ...select, organisationId: true } });
    } else {
      const where = { ...common, ...(filter?.organisationId ? { recipientId: filter.organisationId } : {}) };
      const rows = await ctx.store.allocation.findMany({ where, select: { ...select, recipientId: true } });
      records = rows.map(({ recipientId, ...row }) => ({ ...row, organisationId: recipientId }));
    }
    return groupTotals(records, groupBy);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation that hosts the pooled budget; null when the document names none." })
  hostOrganisation(@Root() pool: FundingPool) {
    return organisationRef(pool.hostOrganisationId);
  }

  @FieldResolver(() => AreaReference, { nullable: true, description: "The area the pool serves (England for a national fund); null when not one area." })
  area(@Root() pool: FundingPool) {
    return pool.areaCode ? { code: pool.areaCode } : null;
  }

  @FieldResolver(() => [Contribution], { description: "Money put into the pool, by year then id." })
  async contributions(@Root() pool: FundingPool, @Arg("financialYear", () => String, yearArgument) financialYear: string | null, @Ctx() ctx: FundingContext) {
    return inYear(await ctx.loaders.contributionsOfPool.load(pool.id), financialYear);
  }

  @FieldResolver(() => [Allocation], { description: "Money allocated from the pool, by year then id." })
  async allocations(@Root() pool: FundingPool, @Arg("financialYear", () => String, yearArgument) financialYear: string | null, @Ctx() ctx: FundingContext) {
    return inYear(await ctx.loaders.allocationsOfPool.load(pool.id), financialYear);
  }

  @FieldResolver(() => [StatedTotal], { description: "Other totals the document states for the pool or part of it, each with the exact sum it should equal." })
  statedTotals(@Root() pool: FundingPool, @Ctx() ctx: FundingContext) {
    return ctx.loaders.statedTotalsOfPool.load(pool.id);
  }

  @FieldResolver(() => MoneyScalar, { description: "The exact sum of the pool's contributions, to compare with the stated total." })
  async contributedTotal(@Root() pool: FundingPool, @Ctx() ctx: FundingContext) {
    return sumMoney((await ctx.loaders.contributionsOfPool.load(pool.id)).map((c) => c.amount));
  }

  @FieldResolver(() => MoneyScalar, { description: "The exact sum of the pool's allocations." })
  async allocatedTotal(@Root() pool: FundingPool, @Ctx() ctx: FundingContext) {
    return sumMoney((await ctx.loaders.allocationsOfPool.load(pool.id)).map((a) => a.amount));
  }
}

@Resolver(() => Contribution)
export class ContributionResolver extends SourcedResolver(Contribution) {
  @Query(() => ContributionPage, { description: "Contributions in pool, year and id order, filtered and paginated." })
  async contributions(
    @Arg("filter", () => ContributionFilter, { nullable: true, description: "What to match; every contribution when omitted." }) filter: ContributionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: FundingContext,
  ) {
    const window = pageWindow(page);
    const years = checkFinancialYears("financialYears", filter?.financialYears);
    const pool = poolScope(filter?.poolKinds, undefined);
    const where: Prisma.ContributionWhereInput = {
      ...(filter?.poolIds?.length ? { poolId: { in: filter.poolIds } } : {}),
      ...(pool ? { pool } : {}),
      ...(filter?.organisationId ? { organisationId: filter.organisationId } : {}),
      ...(years ? { financialYear: { in: years } } : {}),
    };
    const orderBy: Prisma.ContributionOrderByWithRelationInput[] = [{ poolId: "asc" }, { financialYear: { sort: "asc", nulls: "last" } }, { id: "asc" }];
    const [items, total] = await Promise.all([ctx.store.contribution.findMany({ where, orderBy, ...window }), ctx.store.contribution.count({ where })]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => FundingPool, { description: "The pool the money went into." })
  pool(@Root() c: Contribution, @Ctx() ctx: FundingContext) {
    return ctx.loaders.pool.load(c.poolId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The contributing organisation; null when the document names a source of money, not a body (e.g. \"NHS funding\")." })
  organisation(@Root() c: Contribution) {
    return organisationRef(c.organisationId);
  }
}

@Resolver(() => Allocation)
export class AllocationResolver extends SourcedResolver(Allocation) {
  @Query(() => AllocationPage, { description: "Allocations in pool, year and id order, filtered and paginated." })
  async allocations(
    @Arg("filter", () => AllocationFilter, { nullable: true, description: "What to match; every allocation when omitted." }) filter: AllocationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: FundingContext,
  ) {
    const window = pageWindow(page);
    const years = checkFinancialYears("financialYears", filter?.financialYears);
    const pool = poolScope(filter?.poolKinds, undefined);
    const where: Prisma.AllocationWhereInput = {
      ...(filter?.poolIds?.length ? { poolId: { in: filter.poolIds } } : {}),
      ...(pool ? { pool } : {}),
      ...(filter?.recipientId ? { recipientId: filter.recipientId } : {}),
      ...(filter?.fundedById ? { fundedById: filter.fundedById } : {}),
      ...(filter?.programmeId ? { programmeId: filter.programmeId } : {}),
      ...(years ? { financialYear: { in: years } } : {}),
    };
    const orderBy: Prisma.AllocationOrderByWithRelationInput[] = [{ poolId: "asc" }, { financialYear: { sort: "asc", nulls: "last" } }, { id: "asc" }];
    const [items, total] = await Promise.all([ctx.store.allocation.findMany({ where, orderBy, ...window }), ctx.store.allocation.count({ where })]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => FundingPool, { description: "The pool the money comes from." })
  pool(@Root() a: Allocation, @Ctx() ctx: FundingContext) {
    return ctx.loaders.pool.load(a.poolId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation the money is paid to, when the document names one." })
  recipient(@Root() a: Allocation) {
    return organisationRef(a.recipientId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The contributor whose share this is, when the document splits allocations by contributor (e.g. a CCG's column)." })
  fundedBy(@Root() a: Allocation) {
    return organisationRef(a.fundedById);
  }

  @FieldResolver(() => ProgrammeReference, { nullable: true, description: "The programme the money is for, when stated." })
  programme(@Root() a: Allocation) {
    return programmeRef(a.programmeId);
  }
}

/** The pool records a stated total should add up: same measure, and its year and organisation if it has them. */
async function recordsCovered(total: StatedTotal, ctx: FundingContext) {
  if (total.measure === FundingMeasure.CONTRIBUTIONS) {
    const rows = inYear(await ctx.loaders.contributionsOfPool.load(total.poolId), total.financialYear);
    return rows.filter((c) => !total.organisationId || c.organisationId === total.organisationId);
  }
  const rows = inYear(await ctx.loaders.allocationsOfPool.load(total.poolId), total.financialYear);
  return rows.filter((a) => !total.organisationId || a.fundedById === total.organisationId || a.recipientId === total.organisationId);
}

@Resolver(() => StatedTotal)
export class StatedTotalResolver extends SourcedResolver(StatedTotal) {
  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation whose part of the pool the total covers (a contributor, or the funder or recipient of allocations); null for the whole pool." })
  organisation(@Root() total: StatedTotal) {
    return organisationRef(total.organisationId);
  }

  @FieldResolver(() => MoneyScalar, { description: "The exact sum of the records the stated total covers (same pool, measure, year and organisation)." })
  async computedTotal(@Root() total: StatedTotal, @Ctx() ctx: FundingContext) {
    return sumMoney((await recordsCovered(total, ctx)).map((r) => r.amount));
  }

  @FieldResolver(() => MoneyScalar, { description: "amount minus computedTotal: zero when the document adds up, otherwise the size of its contradiction." })
  async difference(@Root() total: StatedTotal, @Ctx() ctx: FundingContext) {
    return total.amount.minus(sumMoney((await recordsCovered(total, ctx)).map((r) => r.amount)));
  }
}

@Resolver(() => FundingTotal)
export class FundingTotalResolver {
  @FieldResolver(() => FundingPool, { nullable: true, description: "The pool, when grouped by POOL." })
  pool(@Root() row: FundingTotal, @Ctx() ctx: FundingContext) {
    return row.poolId ? ctx.loaders.pool.load(row.poolId) : null;
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation, when grouped by ORGANISATION (null for the not-attributed row)." })
  organisation(@Root() row: FundingTotal) {
    return organisationRef(row.organisationId);
  }

  @FieldResolver(() => FundingPoolKind, { nullable: true, description: "The kind of pool, when grouped by KIND." })
  kind(@Root() row: FundingTotal) {
    return row.kind;
  }
}

function grantOrder(order: GrantOrder): Prisma.GrantOrderByWithRelationInput[] {
  if (order === GrantOrder.AWARD_DATE) return [{ awardDate: { sort: "asc", nulls: "last" } }, { id: "asc" }];
  if (order === GrantOrder.TITLE) return [{ title: "asc" }, { id: "asc" }];
  return [{ amountAwarded: "desc" }, { id: "asc" }];
}

function grantWhere(filter: GrantFilter | null): Prisma.GrantWhereInput {
  if (filter?.from && filter.to && filter.from > filter.to) {
    throw badInput("to", `to must not be before from, got from "${filter.from.toISOString().slice(0, 10)}" and to "${filter.to.toISOString().slice(0, 10)}"`);
  }
  if (filter?.minAmount && filter.maxAmount && filter.minAmount.greaterThan(filter.maxAmount)) {
    throw badInput("maxAmount", `maxAmount must not be less than minAmount, got minAmount "${filter.minAmount.toFixed(2)}" and maxAmount "${filter.maxAmount.toFixed(2)}"`);
  }
  const range = filter?.from || filter?.to ? { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } : undefined;
  const amount = filter?.minAmount || filter?.maxAmount ? { ...(filter.minAmount ? { gte: filter.minAmount } : {}), ...(filter.maxAmount ? { lte: filter.maxAmount } : {}) } : undefined;
  return {
    ...(filter?.funderId ? { funderId: filter.funderId } : {}),
    ...(filter?.recipientId ? { recipientId: filter.recipientId } : {}),
    ...(filter?.programmeId ? { programmeId: filter.programmeId } : {}),
    ...(amount ? { amountAwarded: amount } : {}),
    // Many papers give no award day; a planned start then dates the grant.
    ...(range ? { OR: [{ awardDate: range }, { awardDate: null, plannedStartDate: range }] } : {}),
  };
}

@Resolver(() => Grant)
export class GrantResolver extends SourcedResolver(Grant) {
  @Query(() => GrantPage, { description: "Grants, filtered, sorted and paginated." })
  async grants(
    @Arg("filter", () => GrantFilter, { nullable: true, description: "What to match; every grant when omitted." }) filter: GrantFilter | null,
    @Arg("orderBy", () => GrantOrder, { defaultValue: GrantOrder.AMOUNT_DESCENDING, description: "The sort order." }) orderBy: GrantOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: FundingContext,
  ) {
    const window = pageWindow(page);
    const where = grantWhere(filter);
    const [items, total] = await Promise.all([ctx.store.grant.findMany({ where, orderBy: grantOrder(orderBy), ...window }), ctx.store.grant.count({ where })]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => ID, { description: "The grant's stable identifier (360Giving identifier)." })
  identifier(@Root() g: Grant) {
    return g.id;
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The funder; null when the document does not name it." })
  funder(@Root() g: Grant) {
    return organisationRef(g.funderId);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The recipient; null when the document names no single body." })
  recipient(@Root() g: Grant) {
    return organisationRef(g.recipientId);
  }

  @FieldResolver(() => ProgrammeReference, { nullable: true, description: "The programme the grant is for, when stated." })
  programme(@Root() g: Grant) {
    return programmeRef(g.programmeId);
  }

  @FieldResolver(() => PlannedDates, { nullable: true, description: "When the grant is planned to run; null when the document says nothing of it." })
  plannedDates(@Root() g: Grant): PlannedDates | null {
    if (!g.plannedStartDate && !g.plannedEndDate && !g.plannedDatesAsWritten) return null;
    return { startDate: g.plannedStartDate, endDate: g.plannedEndDate, asWritten: g.plannedDatesAsWritten };
  }

  @FieldResolver(() => String, { nullable: true, description: "The financial year of the award date, or of the planned start when no award date is stated; null when neither is." })
  financialYear(@Root() g: Grant) {
    return grantYear(g);
  }
}
