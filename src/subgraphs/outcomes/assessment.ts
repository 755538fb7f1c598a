// How a measured value is judged, Fingertips-style: against its target (red/amber/green),
// against England (better/similar/worse) and over time (recent trend). Pure functions of the
// rows, no database: the resolvers load the rows and call these.
import { Prisma } from "../../generated/prisma/client.ts";
import { IndicatorUnit, Polarity } from "../../generated/prisma/enums.ts";

type Decimal = Prisma.Decimal;
const Decimal = Prisma.Decimal;

/** GSS code of England: national targets and the England comparator live in this area. */
export const ENGLAND = "E92000001";
/** GSS code of the West Midlands region, the regional comparator. */
export const WEST_MIDLANDS = "E12000005";

/** A target missed by no more than this share of the target value is AMBER rather than RED. */
export const AMBER_TOLERANCE = new Decimal("0.05");
/** Two-sided critical value of the standard normal distribution at the 99.8% level. */
export const TREND_CRITICAL_Z = 3.0902;
/** Without counts, a fitted change within this share of the mean value counts as no change. */
export const TREND_FLAT_SHARE = 0.01;
/** How many of the latest periods the recent trend looks at. */
export const TREND_WINDOW = 5;
/** The fewest periods a recent trend needs. */
export const TREND_MINIMUM = 3;

export const StatusAgainstTarget = {
  GREEN: "GREEN",
  AMBER: "AMBER",
  RED: "RED",
  NO_TARGET: "NO_TARGET",
  NOT_APPLICABLE: "NOT_APPLICABLE",
} as const;
export type StatusAgainstTarget = (typeof StatusAgainstTarget)[keyof typeof StatusAgainstTarget];

export const ComparisonWithEngland = {
  BETTER: "BETTER",
  SIMILAR: "SIMILAR",
  WORSE: "WORSE",
  NOT_COMPARED: "NOT_COMPARED",
} as const;
export type ComparisonWithEngland = (typeof ComparisonWithEngland)[keyof typeof ComparisonWithEngland];

export const TrendDirection = {
  INCREASING: "INCREASING",
  DECREASING: "DECREASING",
  NO_CHANGE: "NO_CHANGE",
  NOT_ENOUGH_DATA: "NOT_ENOUGH_DATA",
} as const;
export type TrendDirection = (typeof TrendDirection)[keyof typeof TrendDirection];

export const TrendJudgement = {
  IMPROVING: "IMPROVING",
  WORSENING: "WORSENING",
  NO_JUDGEMENT: "NO_JUDGEMENT",
} as const;
export type TrendJudgement = (typeof TrendJudgement)[keyof typeof TrendJudgement];

export const TrendMethod = {
  CHI_SQUARED_FOR_TREND: "CHI_SQUARED_FOR_TREND",
  LEAST_SQUARES_SLOPE: "LEAST_SQUARES_SLOPE",
  NONE: "NONE",
} as const;
export type TrendMethod = (typeof TrendMethod)[keyof typeof TrendMethod];

// ---------------------------------------------------------------------------------------------
// Targets

export interface Span {
  periodStart: Date;
  periodEnd: Date | null;
}

export interface TargetRow extends Span {
  id: number;
  areaCode: string;
  sex: string;
  value: Decimal;
}

export interface MeasuredRow {
  areaCode: string;
  sex: string;
  periodStart: Date;
  periodEnd: Date;
  value: Decimal;
  lowerConfidenceLimit: Decimal | null;
  upperConfidenceLimit: Decimal | null;
}

/** Whether a target's period (open end allowed) contains the whole of a measured period. */
export function targetCovers(target: Span, measured: { periodStart: Date; periodEnd: Date }): boolean {
  return target.periodStart <= measured.periodStart && (target.periodEnd === null || measured.periodEnd <= target.periodEnd);
}

const spanDays = (t: Span) => (t.periodEnd === null ? Number.POSITIVE_INFINITY : t.periodEnd.getTime() - t.periodStart.getTime());

/**
 * The target a measurement is judged against: one of the indicator's targets for the same sex
 * whose period contains the measurement's period, for the measurement's own area or, failing
 * that, a national target (set for England). The narrowest period wins; ties go to the
 * target recorded first.
 */
export function applicableTarget<T extends TargetRow>(measured: MeasuredRow, targets: T[]): T | null {
  const covering = (areaCode: string) =>
    targets
      .filter((t) => t.areaCode === areaCode && t.sex === measured.sex && targetCovers(t, measured))
      .sort((a, b) => spanDays(a) - spanDays(b) || a.id - b.id);
  return covering(measured.areaCode)[0] ?? (measured.areaCode === ENGLAND ? null : covering(ENGLAND)[0] ?? null);
}

/**
 * RAG status of a value against a target value, honouring polarity: GREEN when the target is
 * met (at or above it when high is good, at or below it when low is good), AMBER when missed
 * by no more than 5% of the target value, RED otherwise; NO_TARGET without a target and
 * NOT_APPLICABLE for an indicator with no judgement of good or bad.
 */
export function statusAgainstTarget(value: Decimal, target: Decimal | null, polarity: Polarity): StatusAgainstTarget {
  if (polarity === Polarity.NO_JUDGEMENT) return StatusAgainstTarget.NOT_APPLICABLE;
  if (target === null) return StatusAgainstTarget.NO_TARGET;
  const met = polarity === Polarity.HIGH_IS_GOOD ? value.gte(target) : value.lte(target);
  if (met) return StatusAgainstTarget.GREEN;
  const shortfall = value.minus(target).abs();
  return shortfall.lte(target.abs().times(AMBER_TOLERANCE)) ? StatusAgainstTarget.AMBER : StatusAgainstTarget.RED;
}

// ---------------------------------------------------------------------------------------------
// Comparison with England

type Side = "HIGHER" | "LOWER" | "SAME";

const hasInterval = (m: MeasuredRow) => m.lowerConfidenceLimit !== null && m.upperConfidenceLimit !== null;

/**
 * Where an area's value lies against England's: with both confidence intervals, apart only
 * when the intervals do not overlap; with the area's interval alone, apart only when England's
 * value lies outside it (Fingertips' usual test); otherwise by the values themselves.
 */
export function sideOfEngland(area: MeasuredRow, england: MeasuredRow): Side {
  if (hasInterval(area) && hasInterval(england)) {
    if (area.upperConfidenceLimit!.lt(england.lowerConfidenceLimit!)) return "LOWER";
    if (area.lowerConfidenceLimit!.gt(england.upperConfidenceLimit!)) return "HIGHER";
    return "SAME";
  }
  if (hasInterval(area)) {
    if (england.value.lt(area.lowerConfidenceLimit!)) return "HIGHER";
    if (england.value.gt(area.upperConfidenceLimit!)) return "LOWER";
    return "SAME";
  }
  if (area.value.eq(england.value)) return "SAME";
  return area.value.gt(england.value) ? "HIGHER" : "LOWER";
}

function judgeSide(side: Side, polarity: Polarity): ComparisonWithEngland {
  if (side === "SAME") return ComparisonWithEngland.SIMILAR;
  const good = (side === "HIGHER") === (polarity === Polarity.HIGH_IS_GOOD);
  return good ? ComparisonWithEngland.BETTER : ComparisonWithEngland.WORSE;
}

/**
 * BETTER / SIMILAR / WORSE than England for the same indicator, period and sex (see
 * sideOfEngland), judged by polarity. NOT_COMPARED when the indicator has no polarity, when
 * the measurement is England's own, when there is no England value, or when the papers give
 * several England values that lead to different answers.
 */
export function compareWithEngland(area: MeasuredRow, englandValues: MeasuredRow[], polarity: Polarity): ComparisonWithEngland {
  if (polarity === Polarity.NO_JUDGEMENT || area.areaCode === ENGLAND || englandValues.length === 0) {
    return ComparisonWithEngland.NOT_COMPARED;
  }
  const answers = new Set(englandValues.map((e) => judgeSide(sideOfEngland(area, e), polarity)));
  return answers.size === 1 ? [...answers][0] : ComparisonWithEngland.NOT_COMPARED;
}

/** Whether two measurements are for the same period and sex (comparators must be). */
export function samePeriodAndSex(a: Omit<MeasuredRow, "value" | "lowerConfidenceLimit" | "upperConfidenceLimit">, b: typeof a): boolean {
  return a.sex === b.sex && a.periodStart.getTime() === b.periodStart.getTime() && a.periodEnd.getTime() === b.periodEnd.getTime();
}

// ---------------------------------------------------------------------------------------------
// Recent trend

export interface TrendPoint {
  period: string;
  periodStart: Date;
  periodEnd: Date;
  value: Decimal;
  count: Decimal | null;
  denominator: Decimal | null;
}

export interface RecentTrend {
  direction: TrendDirection;
  judgement: TrendJudgement;
  method: TrendMethod;
  /** The period labels used, oldest first. */
  periods: string[];
  /** Periods for which the papers give more than one value (their mean was used). */
  contradictoryPeriods: string[];
}

interface PeriodValue {
  period: string;
  value: number;
  count: number | null;
  denominator: number | null;
  contradictory: boolean;
}

/** The multiplier of a rate or percentage, from which a denominator follows: value = count / denominator × multiplier. */
const multipliers: Partial<Record<IndicatorUnit, number>> = {
  [IndicatorUnit.PERCENT]: 100,
  [IndicatorUnit.RATE_PER_1000]: 1000,
  [IndicatorUnit.RATE_PER_100000]: 100000,
};

const same = (values: (Decimal | null)[]) => values.every((v) => v !== null && v.eq(values[0]!));

/** One value per period, oldest first; contradictory values for a period are averaged. */
export function periodValues(points: TrendPoint[]): PeriodValue[] {
  const groups = new Map<string, TrendPoint[]>();
  for (const p of points) {
    const key = `${p.periodStart.toISOString()}/${p.periodEnd.toISOString()}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => {
      const values = group.map((p) => p.value);
      const mean = values.reduce((s, v) => s.plus(v), new Decimal(0)).div(values.length);
      const counts = group.map((p) => p.count);
      const denominators = group.map((p) => p.denominator);
      return {
        period: group[0].period,
        value: mean.toNumber(),
        count: same(counts) ? counts[0]!.toNumber() : null,
        denominator: same(denominators) ? denominators[0]!.toNumber() : null,
        contradictory: !same(values),
      };
    });
}

/** Cochran–Armitage chi-squared test for trend in proportions, as a signed z score. */
export function trendZ(points: { count: number; denominator: number }[]): number {
  const n = points.reduce((s, p) => s + p.denominator, 0);
  const r = points.reduce((s, p) => s + p.count, 0);
  const p = r / n;
  const xBar = points.reduce((s, pt, x) => s + pt.denominator * x, 0) / n;
  const t = points.reduce((s, pt, x) => s + pt.count * (x - xBar), 0);
  const v = p * (1 - p) * points.reduce((s, pt, x) => s + pt.denominator * (x - xBar) ** 2, 0);
  return v > 0 ? t / Math.sqrt(v) : 0;
}

/** Least-squares slope of the values against their position (periods taken as evenly spaced). */
export function slope(values: number[]): number {
  const n = values.length;
  const xBar = (n - 1) / 2;
  const yBar = values.reduce((s, v) => s + v, 0) / n;
  const sxy = values.reduce((s, v, x) => s + (x - xBar) * (v - yBar), 0);
  const sxx = values.reduce((s, _, x) => s + (x - xBar) ** 2, 0);
  return sxx > 0 ? sxy / sxx : 0;
}

function withDenominators(values: PeriodValue[], unit: IndicatorUnit): { count: number; denominator: number }[] | null {
  const multiplier = multipliers[unit];
  const out: { count: number; denominator: number }[] = [];
  for (const v of values) {
    if (v.count === null) return null;
    const denominator = v.denominator ?? (multiplier && v.value > 0 ? (v.count * multiplier) / v.value : null);
    if (denominator === null || denominator <= 0 || v.count > denominator) return null;
    out.push({ count: v.count, denominator });
  }
  return out;
}

function judge(direction: TrendDirection, polarity: Polarity): TrendJudgement {
  if (polarity === Polarity.NO_JUDGEMENT) return TrendJudgement.NO_JUDGEMENT;
  if (direction !== TrendDirection.INCREASING && direction !== TrendDirection.DECREASING) return TrendJudgement.NO_JUDGEMENT;
  const good = (direction === TrendDirection.INCREASING) === (polarity === Polarity.HIGH_IS_GOOD);
  return good ? TrendJudgement.IMPROVING : TrendJudgement.WORSENING;
}

/**
 * The recent trend of one area's values, Fingertips-style, over the latest TREND_WINDOW (5)
 * periods in date order; fewer than TREND_MINIMUM (3) periods give NOT_ENOUGH_DATA. When every
 * period has a count and a denominator (given, or following from a rate or percentage and its
 * count), a chi-squared test for trend (Cochran–Armitage) decides: a change only when
 * significant at the 99.8% level. Otherwise the least-squares slope decides: no change when
 * the fitted change across the periods is within 1% of the mean value. The judgement follows
 * polarity: IMPROVING, WORSENING, or NO_JUDGEMENT (no change, too little data, or no polarity).
 */
export function recentTrend(points: TrendPoint[], polarity: Polarity, unit: IndicatorUnit): RecentTrend {
  const values = periodValues(points).slice(-TREND_WINDOW);
  const periods = values.map((v) => v.period);
  const contradictoryPeriods = values.filter((v) => v.contradictory).map((v) => v.period);
  const result = (direction: TrendDirection, method: TrendMethod): RecentTrend => ({
    direction, judgement: judge(direction, polarity), method, periods, contradictoryPeriods,
  });
  if (values.length < TREND_MINIMUM) return result(TrendDirection.NOT_ENOUGH_DATA, TrendMethod.NONE);
  const counted = withDenominators(values, unit);
  if (counted) {
    const z = trendZ(counted);
    const direction = Math.abs(z) < TREND_CRITICAL_Z ? TrendDirection.NO_CHANGE : z > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING;
    return result(direction, TrendMethod.CHI_SQUARED_FOR_TREND);
  }
  const plain = values.map((v) => v.value);
  const change = slope(plain) * (plain.length - 1);
  const mean = Math.abs(plain.reduce((s, v) => s + v, 0) / plain.length);
  const direction = Math.abs(change) <= TREND_FLAT_SHARE * mean ? TrendDirection.NO_CHANGE : change > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING;
  return result(direction, TrendMethod.LEAST_SQUARES_SLOPE);
}
