// Queries and relation fields of the outcomes subgraph. Every relation goes through a loader;
// the judgements (status against target, comparison with England, recent trend) are computed
// on read by the pure functions in assessment.ts.
import { normaliseAreaCode } from "../../dataset/fields.ts";
import { likeText } from "../../subgraph/like.ts";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, registerEnumType, Resolver, Root } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.ts";
import { IndicatorStatus, MeasurementStanding, Polarity, Sex } from "../../generated/prisma/enums.ts";
import { loadLinked } from "../../subgraph/loaders.ts";
import { PageArgs, pageWindow, toPage } from "../../subgraph/pagination.ts";
import { SourcedResolver } from "../../subgraph/provenance.ts";
import {
  applicableTarget, ComparisonWithEngland, compareWithEngland, ENGLAND, recentTrend, samePeriodAndSex, StatusAgainstTarget,
  statusAgainstTarget, WEST_MIDLANDS,
} from "./assessment.ts";
import {
  Framework, FrameworkMembership, Indicator, IndicatorPage, Measurement, MeasurementPage, ProgrammeMeasure, RecentTrend, Target, TargetPage,
} from "./entities.ts";
import { measurementOrder, officialStandings, type OutcomesContext, visibleMeasurements } from "./loaders.ts";
import { financialYearRange } from "./periods.ts";
import { AreaReference, areaRef, ImportRecordReference, OrganisationReference, organisationRef, ProgrammeReference } from "./references.ts";

const normaliseArea = normaliseAreaCode;
const nonEmpty = <T>(list: T[] | null | undefined): list is T[] => !!list && list.length > 0;

// ---------------------------------------------------------------------------------------------
// Indicators and frameworks

enum IndicatorOrder {
  CODE = "CODE",
  NAME = "NAME",
}

registerEnumType(IndicatorOrder, {
  name: "IndicatorOrder",
  description: "How to sort indicators; ties are broken by code.",
  valuesConfig: { CODE: { description: "By code (the default)." }, NAME: { description: "By name." } },
});

@InputType({ description: "Filters for the indicators list; all given filters must match." })
class IndicatorFilter {
  @Field(() => [ID], { nullable: true, description: "Only indicators in at least one of these frameworks." })
  frameworkCodes?: string[];

  @Field(() => [IndicatorStatus], { nullable: true, description: "Only indicators with one of these statuses." })
  statuses?: IndicatorStatus[];

  @Field(() => Polarity, { nullable: true, description: "Only indicators with this polarity." })
  polarity?: Polarity;

  @Field(() => ID, { nullable: true, description: 'Only indicators tied to this programme, e.g. "camhs-transformation".' })
  programmeId?: string;

  @Field(() => String, { nullable: true, description: "Text found in the code, name or definition (case ignored)." })
  text?: string;
}

function indicatorWhere(filter: IndicatorFilter | null): Prisma.IndicatorWhereInput {
  const where: Prisma.IndicatorWhereInput = {};
  if (nonEmpty(filter?.frameworkCodes)) where.frameworks = { some: { frameworkCode: { in: filter.frameworkCodes } } };
  if (nonEmpty(filter?.statuses)) where.status = { in: filter.statuses };
  if (filter?.polarity) where.polarity = filter.polarity;
  if (filter?.programmeId?.trim()) where.programmes = { some: { programmeId: filter.programmeId.trim() } };
  const text = filter?.text?.trim();
  if (text) {
    where.OR = [
      { code: { contains: likeText(text), mode: "insensitive" } },
      { name: { contains: likeText(text), mode: "insensitive" } },
      { definition: { contains: likeText(text), mode: "insensitive" } },
    ];
  }
  return where;
}

const sexArgument = {
  nullable: true,
  defaultValue: Sex.PERSONS,
  description: "Whose values: PERSONS (the default), MALE or FEMALE.",
} as const;

@Resolver(() => Indicator)
export class IndicatorResolver extends SourcedResolver(Indicator) {
  @Query(() => Indicator, { nullable: true, description: "An indicator by its code." })
  indicator(@Arg("code", () => ID, { description: 'The indicator\'s code, e.g. "hospital-admissions-self-harm-10-24".' }) code: string, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.indicator.load(code.trim());
  }

  @Query(() => IndicatorPage, { description: "Indicators, filtered, sorted and paginated." })
  async indicators(
    @Arg("filter", () => IndicatorFilter, { nullable: true, description: "What to match; every indicator when omitted." }) filter: IndicatorFilter | null,
    @Arg("orderBy", () => IndicatorOrder, { defaultValue: IndicatorOrder.CODE, description: "The sort order." }) orderBy: IndicatorOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OutcomesContext,
  ) {
    const window = pageWindow(page);
    const where = indicatorWhere(filter);
    const order: Prisma.IndicatorOrderByWithRelationInput[] = orderBy === IndicatorOrder.NAME ? [{ name: "asc" }, { code: "asc" }] : [{ code: "asc" }];
    const [items, total] = await Promise.all([ctx.store.indicator.findMany({ where, orderBy: order, ...window }), ctx.store.indicator.count({ where })]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => [Framework], { description: "The frameworks the indicator belongs to, in code order." })
  async frameworks(@Root() indicator: Indicator, @Ctx() ctx: OutcomesContext) {
    const memberships = await ctx.loaders.membershipsOfIndicator.load(indicator.code);
    return loadLinked(ctx.loaders.framework, memberships.map((m) => m.frameworkCode));
  }

  @FieldResolver(() => [FrameworkMembership], { description: "The indicator's place in each framework, with the framework's reference for it and its source." })
  frameworkMemberships(@Root() indicator: Indicator, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.membershipsOfIndicator.load(indicator.code);
  }

  @FieldResolver(() => [ProgrammeReference], { description: "Programmes the papers tie this indicator to (they measure the programme), in id order." })
  async programmes(@Root() indicator: Indicator, @Ctx() ctx: OutcomesContext): Promise<ProgrammeReference[]> {
    return (await ctx.loaders.programmeMeasuresOfIndicator.load(indicator.code)).map((p) => ({ id: p.programmeId }));
  }

  @FieldResolver(() => [ProgrammeMeasure], { description: "Where the papers tie this indicator to each programme." })
  programmeMeasures(@Root() indicator: Indicator, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.programmeMeasuresOfIndicator.load(indicator.code);
  }

  @FieldResolver(() => Indicator, { nullable: true, description: "The indicator that replaced this one when it was discontinued." })
  successor(@Root() indicator: Indicator, @Ctx() ctx: OutcomesContext) {
    return indicator.successorCode ? ctx.loaders.indicator.load(indicator.successorCode) : null;
  }

  @FieldResolver(() => OrganisationReference, {
    nullable: true,
    description: "The organisation responsible for the indicator's official series (its steward): only its figures, or figures it or an admin accepted, make the latest value and status. Null only for an indicator stored before stewards were recorded.",
  })
  steward(@Root() indicator: Indicator): OrganisationReference | null {
    return organisationRef(indicator.stewardId);
  }

  @FieldResolver(() => [Indicator], { description: "Discontinued indicators this one replaced." })
  predecessors(@Root() indicator: Indicator, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.predecessors.load(indicator.code);
  }

  @FieldResolver(() => [Measurement], { description: "The indicator's values, in area, period and id order: all areas, or one area's." })
  measurements(
    @Root() indicator: Indicator,
    @Arg("areaCode", () => ID, { nullable: true, description: "Only this area's values (a GSS code)." }) areaCode: string | null,
    @Ctx() ctx: OutcomesContext,
  ) {
    return areaCode
      ? ctx.loaders.series.load({ indicatorCode: indicator.code, areaCode: normaliseArea(areaCode) })
      : ctx.loaders.measurementsOfIndicator.load(indicator.code);
  }

  @FieldResolver(() => [Target], { description: "The indicator's targets, in area, period and id order." })
  targets(@Root() indicator: Indicator, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.targetsOfIndicator.load(indicator.code);
  }

  @FieldResolver(() => Measurement, {
    nullable: true,
    description: "An area's value for the latest period (latest end, then latest start). When the papers give several values for that period, the one recorded last.",
  })
  async latestMeasurement(
    @Root() indicator: Indicator,
    @Arg("areaCode", () => ID, { description: "The area's GSS code." }) areaCode: string,
    @Arg("sex", () => Sex, sexArgument) sex: Sex,
    @Ctx() ctx: OutcomesContext,
  ) {
    return ctx.loaders.latest.load({ indicatorCode: indicator.code, areaCode: normaliseArea(areaCode), sex });
  }

  @FieldResolver(() => RecentTrend, {
    description:
      "An area's recent trend over its latest five periods (at least three needed), oldest first. A chi-squared test for trend at the 99.8% level when every period has a count and a denominator (given, or following from a rate or percentage); otherwise the least-squares slope, no change when the fitted change is within 1% of the mean. Contradictory values for a period are averaged and listed in contradictoryPeriods. The judgement follows polarity.",
  })
  async recentTrend(
    @Root() indicator: Indicator,
    @Arg("areaCode", () => ID, { description: "The area's GSS code." }) areaCode: string,
    @Arg("sex", () => Sex, sexArgument) sex: Sex,
    @Ctx() ctx: OutcomesContext,
  ): Promise<RecentTrend> {
    const series = (await ctx.loaders.series.load({ indicatorCode: indicator.code, areaCode: normaliseArea(areaCode) })).filter((m) => m.sex === sex);
    return recentTrend(series, indicator.polarity, indicator.unit);
  }
}

@Resolver(() => Framework)
export class FrameworkResolver extends SourcedResolver(Framework) {
  @Query(() => [Framework], { description: "All frameworks, in name order." })
  frameworks(@Ctx() ctx: OutcomesContext) {
    return ctx.store.framework.findMany({ orderBy: [{ name: "asc" }, { code: "asc" }] });
  }

  @Query(() => Framework, { nullable: true, description: "A framework by its code." })
  framework(@Arg("code", () => ID, { description: 'The framework\'s code, e.g. "marmot-indicators".' }) code: string, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.framework.load(code.trim());
  }

  @FieldResolver(() => [Indicator], { description: "The framework's indicators, in code order." })
  async indicators(@Root() framework: Framework, @Ctx() ctx: OutcomesContext) {
    const memberships = await ctx.loaders.membershipsOfFramework.load(framework.code);
    return loadLinked(ctx.loaders.indicator, memberships.map((m) => m.indicatorCode));
  }
}

@Resolver(() => FrameworkMembership)
export class FrameworkMembershipResolver extends SourcedResolver(FrameworkMembership) {
  @FieldResolver(() => Framework, { description: "The framework." })
  async framework(@Root() m: FrameworkMembership, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.framework.load(m.frameworkCode);
  }

  @FieldResolver(() => Indicator, { description: "The indicator." })
  async indicator(@Root() m: FrameworkMembership, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.indicator.load(m.indicatorCode);
  }
}

@Resolver(() => ProgrammeMeasure)
export class ProgrammeMeasureResolver extends SourcedResolver(ProgrammeMeasure) {
  @FieldResolver(() => ProgrammeReference, { description: "The programme measured." })
  programme(@Root() p: ProgrammeMeasure): ProgrammeReference {
    return { id: p.programmeId };
  }

  @FieldResolver(() => Indicator, { description: "The indicator that measures it." })
  async indicator(@Root() p: ProgrammeMeasure, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.indicator.load(p.indicatorCode);
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements

enum MeasurementOrder {
  INDICATOR_AREA_PERIOD = "INDICATOR_AREA_PERIOD",
  PERIOD_ASC = "PERIOD_ASC",
  PERIOD_DESC = "PERIOD_DESC",
  VALUE_ASC = "VALUE_ASC",
  VALUE_DESC = "VALUE_DESC",
}

registerEnumType(MeasurementOrder, {
  name: "MeasurementOrder",
  description: "How to sort measurements; ties are broken by indicator, area, period and id.",
  valuesConfig: {
    INDICATOR_AREA_PERIOD: { description: "By indicator code, area code, then period, oldest first (the default)." },
    PERIOD_ASC: { description: "Oldest period first." },
    PERIOD_DESC: { description: "Newest period first." },
    VALUE_ASC: { description: "Smallest value first (values of different units mix; filter by indicator first)." },
    VALUE_DESC: { description: "Largest value first." },
  },
});

const measurementOrders: Record<MeasurementOrder, Prisma.MeasurementOrderByWithRelationInput[]> = {
  INDICATOR_AREA_PERIOD: measurementOrder,
  PERIOD_ASC: [{ periodStart: "asc" }, { periodEnd: "asc" }, ...measurementOrder],
  PERIOD_DESC: [{ periodEnd: "desc" }, { periodStart: "desc" }, ...measurementOrder],
  VALUE_ASC: [{ value: "asc" }, ...measurementOrder],
  VALUE_DESC: [{ value: "desc" }, ...measurementOrder],
};

@InputType({ description: "Filters for the measurements list; all given filters must match." })
class MeasurementFilter {
  @Field(() => [ID], { nullable: true, description: "Only values of these indicators." })
  indicatorCodes?: string[];

  @Field(() => [ID], { nullable: true, description: "Only values for these areas (GSS codes)." })
  areaCodes?: string[];

  @Field(() => ID, { nullable: true, description: "Only values of indicators in this framework." })
  frameworkCode?: string;

  @Field(() => String, { nullable: true, description: 'Only values whose period starts on or after the start of this financial year, e.g. "2016/17".' })
  periodFrom?: string;

  @Field(() => String, { nullable: true, description: 'Only values whose period ends on or before the end of this financial year, e.g. "2017/18".' })
  periodTo?: string;

  @Field(() => ID, { nullable: true, description: "Only values reported by this organisation." })
  reportedById?: string;

  @Field(() => Sex, { nullable: true, description: "Only values for this sex." })
  sex?: Sex;

  @Field(() => [MeasurementStanding], {
    nullable: true,
    description: "Only values of these standings; omitted, the official series (OFFICIAL and ACCEPTED). Ask for PROPOSED to see figures other partners pushed.",
  })
  standings?: MeasurementStanding[];
}

function measurementWhere(filter: MeasurementFilter | null): Prisma.MeasurementWhereInput {
  const where: Prisma.MeasurementWhereInput = {};
  const { start, end } = financialYearRange(filter?.periodFrom, filter?.periodTo);
  if (nonEmpty(filter?.indicatorCodes)) where.indicatorCode = { in: filter.indicatorCodes.map((c) => c.trim()) };
  if (nonEmpty(filter?.areaCodes)) where.areaCode = { in: filter.areaCodes.map(normaliseArea) };
  if (filter?.frameworkCode?.trim()) where.indicator = { frameworks: { some: { frameworkCode: filter.frameworkCode.trim() } } };
  if (start) where.periodStart = { gte: start };
  if (end) where.periodEnd = { lte: end };
  if (filter?.reportedById?.trim()) where.reportedById = filter.reportedById.trim();
  if (filter?.sex) where.sex = filter.sex;
  where.standing = { in: nonEmpty(filter?.standings) ? filter.standings : officialStandings };
  return where;
}

@Resolver(() => Measurement)
export class MeasurementResolver extends SourcedResolver(Measurement) {
  @Query(() => MeasurementPage, { description: "Measured values, filtered, sorted and paginated." })
  async measurements(
    @Arg("filter", () => MeasurementFilter, { nullable: true, description: "What to match; every measurement when omitted." }) filter: MeasurementFilter | null,
    @Arg("orderBy", () => MeasurementOrder, { defaultValue: MeasurementOrder.INDICATOR_AREA_PERIOD, description: "The sort order." })
    orderBy: MeasurementOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OutcomesContext,
  ) {
    const window = pageWindow(page);
    const where = { AND: [visibleMeasurements(ctx.request), measurementWhere(filter)] };
    const [items, total] = await Promise.all([
      ctx.store.measurement.findMany({ where, orderBy: measurementOrders[orderBy], ...window }),
      ctx.store.measurement.count({ where }),
    ]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => Indicator, { description: "The indicator measured." })
  async indicator(@Root() m: Measurement, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.indicator.load(m.indicatorCode);
  }

  @FieldResolver(() => AreaReference, { description: "The area measured." })
  area(@Root() m: Measurement): AreaReference {
    return areaRef(m.areaCode);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation that reported the value, when the papers say." })
  reportedBy(@Root() m: Measurement): OrganisationReference | null {
    return organisationRef(m.reportedById);
  }

  @FieldResolver(() => ImportRecordReference, {
    nullable: true,
    description: "The import that last wrote the figure (who, when, file name and its sha256): its provenance when no document states it (source is null). Null for figures stored before imports were recorded on them.",
  })
  importRecord(@Root() m: Measurement): ImportRecordReference | null {
    return m.importRunId === null ? null : { id: m.importRunId };
  }

  @FieldResolver(() => ProgrammeReference, { nullable: true, description: "The programme or service the value is an output of; null for an area's indicator value." })
  programme(@Root() m: Measurement): ProgrammeReference | null {
    return m.programmeId ? { id: m.programmeId } : null;
  }

  @FieldResolver(() => Target, {
    nullable: true,
    description:
      "The target the value is judged against: the indicator's target for the same sex whose period contains this period, for this area or failing that a national (England) target; the narrowest period wins, then the target recorded first.",
  })
  async target(@Root() m: Measurement, @Ctx() ctx: OutcomesContext) {
    return applicableTarget(m, await ctx.loaders.targetsOfIndicator.load(m.indicatorCode));
  }

  @FieldResolver(() => StatusAgainstTarget, {
    description:
      "Computed on read. GREEN when the value meets the target (at or above it when high is good, at or below it when low is good); AMBER when it misses by no more than 5% of the target value; RED otherwise; NO_TARGET when no target applies; NOT_APPLICABLE for an indicator with no polarity.",
  })
  async statusAgainstTarget(@Root() m: Measurement, @Ctx() ctx: OutcomesContext): Promise<StatusAgainstTarget> {
    const [indicator, targets] = await Promise.all([ctx.loaders.indicator.load(m.indicatorCode), ctx.loaders.targetsOfIndicator.load(m.indicatorCode)]);
    return statusAgainstTarget(m.value, applicableTarget(m, targets)?.value ?? null, indicator!.polarity);
  }

  @FieldResolver(() => ComparisonWithEngland, {
    description:
      "Computed on read, against England's value for the same indicator, period and sex. With confidence intervals for both, SIMILAR when they overlap; with the area's interval only, SIMILAR when England's value lies inside it; otherwise by the values. A difference is BETTER or WORSE by polarity. NOT_COMPARED for an indicator with no polarity, for England itself, with no England value, or when contradictory England values disagree.",
  })
  async comparedWithEngland(@Root() m: Measurement, @Ctx() ctx: OutcomesContext): Promise<ComparisonWithEngland> {
    const [indicator, benchmarks] = await Promise.all([ctx.loaders.indicator.load(m.indicatorCode), ctx.loaders.benchmarks.load(m.indicatorCode)]);
    const england = benchmarks.filter((b) => b.areaCode === ENGLAND && samePeriodAndSex(b, m));
    return compareWithEngland(m, england, indicator!.polarity);
  }

  @FieldResolver(() => [Measurement], {
    description: "England's (E92000001) and the West Midlands region's (E12000005) values of the same indicator, period and sex: England first. Excludes this measurement itself.",
  })
  async comparators(@Root() m: Measurement, @Ctx() ctx: OutcomesContext) {
    const benchmarks = await ctx.loaders.benchmarks.load(m.indicatorCode);
    const rank = (code: string) => (code === ENGLAND ? 0 : code === WEST_MIDLANDS ? 1 : 2);
    return benchmarks.filter((b) => b.id !== m.id && samePeriodAndSex(b, m)).sort((a, b) => rank(a.areaCode) - rank(b.areaCode) || a.id - b.id);
  }
}

// ---------------------------------------------------------------------------------------------
// Targets

@InputType({ description: "Filters for the targets list; all given filters must match." })
class TargetFilter {
  @Field(() => [ID], { nullable: true, description: "Only targets for these indicators." })
  indicatorCodes?: string[];

  @Field(() => [ID], { nullable: true, description: "Only targets for these areas (GSS codes)." })
  areaCodes?: string[];

  @Field(() => ID, { nullable: true, description: "Only targets set by this organisation." })
  setById?: string;

  @Field(() => String, { nullable: true, description: 'Only targets still applying on or after the start of this financial year, e.g. "2017/18".' })
  periodFrom?: string;

  @Field(() => String, { nullable: true, description: 'Only targets applying on or before the end of this financial year, e.g. "2018/19".' })
  periodTo?: string;
}

function targetWhere(filter: TargetFilter | null): Prisma.TargetWhereInput {
  const where: Prisma.TargetWhereInput = {};
  const { start, end } = financialYearRange(filter?.periodFrom, filter?.periodTo);
  if (nonEmpty(filter?.indicatorCodes)) where.indicatorCode = { in: filter.indicatorCodes.map((c) => c.trim()) };
  if (nonEmpty(filter?.areaCodes)) where.areaCode = { in: filter.areaCodes.map(normaliseArea) };
  if (filter?.setById?.trim()) where.setById = filter.setById.trim();
  // Targets overlapping the range: an open-ended target applies from its start onwards.
  if (start) where.OR = [{ periodEnd: null }, { periodEnd: { gte: start } }];
  if (end) where.periodStart = { lte: end };
  return where;
}

@Resolver(() => Target)
export class TargetResolver extends SourcedResolver(Target) {
  @Query(() => TargetPage, { description: "Targets in indicator, area and period order, filtered and paginated." })
  async targets(
    @Arg("filter", () => TargetFilter, { nullable: true, description: "What to match; every target when omitted." }) filter: TargetFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OutcomesContext,
  ) {
    const window = pageWindow(page);
    const where = targetWhere(filter);
    const orderBy: Prisma.TargetOrderByWithRelationInput[] = [{ indicatorCode: "asc" }, { areaCode: "asc" }, { periodStart: "asc" }, { id: "asc" }];
    const [items, total] = await Promise.all([ctx.store.target.findMany({ where, orderBy, ...window }), ctx.store.target.count({ where })]);
    return toPage(items, total, page);
  }

  @FieldResolver(() => Indicator, { description: "The indicator the target is for." })
  async indicator(@Root() t: Target, @Ctx() ctx: OutcomesContext) {
    return ctx.loaders.indicator.load(t.indicatorCode);
  }

  @FieldResolver(() => AreaReference, { description: "The area expected to reach it (England for a national target)." })
  area(@Root() t: Target): AreaReference {
    return areaRef(t.areaCode);
  }

  @FieldResolver(() => OrganisationReference, { nullable: true, description: "The organisation that set the target, when the papers say." })
  setBy(@Root() t: Target): OrganisationReference | null {
    return organisationRef(t.setById);
  }
}
