// The Fingertips-style judgements of the outcomes subgraph, as pure functions: status against
// target, comparison with England and recent trend; and the financial-year filters.
import { describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.ts";
import {
  applicableTarget, compareWithEngland, type MeasuredRow, periodValues, recentTrend, slope, statusAgainstTarget, type TargetRow,
  targetCovers, type TrendPoint, trendZ,
} from "../../src/subgraphs/outcomes/assessment.ts";
import { financialYear, financialYearRange } from "../../src/subgraphs/outcomes/periods.ts";

const d = (v: string | number) => new Prisma.Decimal(v);
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const fy = (first: number) => ({ periodStart: day(`${first}-04-01`), periodEnd: day(`${first + 1}-03-31`) });

function measured(value: string, extra: Partial<MeasuredRow> = {}): MeasuredRow {
  return { areaCode: "E08000026", sex: "PERSONS", ...fy(2017), value: d(value), lowerConfidenceLimit: null, upperConfidenceLimit: null, ...extra };
}

describe("status against target", () => {
  it("is GREEN when the target is met, honouring polarity, and exactly at the target", () => {
    expect(statusAgainstTarget(d("438"), d("450"), "LOW_IS_GOOD")).toBe("GREEN");
    expect(statusAgainstTarget(d("450"), d("450"), "LOW_IS_GOOD")).toBe("GREEN");
    expect(statusAgainstTarget(d("2983"), d("2953"), "HIGH_IS_GOOD")).toBe("GREEN");
    expect(statusAgainstTarget(d("95"), d("95"), "HIGH_IS_GOOD")).toBe("GREEN");
  });

  it("is AMBER when missed by no more than 5% of the target, RED beyond", () => {
    // 3.1 against 3.0 (low is good): missed by 0.1, within 0.15.
    expect(statusAgainstTarget(d("3.1"), d("3.0"), "LOW_IS_GOOD")).toBe("AMBER");
    // Exactly 5% short is still AMBER; a hair more is RED.
    expect(statusAgainstTarget(d("95"), d("100"), "HIGH_IS_GOOD")).toBe("AMBER");
    expect(statusAgainstTarget(d("94.999999"), d("100"), "HIGH_IS_GOOD")).toBe("RED");
    expect(statusAgainstTarget(d("105"), d("100"), "LOW_IS_GOOD")).toBe("AMBER");
    expect(statusAgainstTarget(d("105.000001"), d("100"), "LOW_IS_GOOD")).toBe("RED");
    // 31 delays a day against 25.7 expected: far off.
    expect(statusAgainstTarget(d("31"), d("25.7"), "LOW_IS_GOOD")).toBe("RED");
    expect(statusAgainstTarget(d("66.1"), d("70.7"), "HIGH_IS_GOOD")).toBe("RED");
  });

  it("has no target, or does not apply without polarity", () => {
    expect(statusAgainstTarget(d("1"), null, "HIGH_IS_GOOD")).toBe("NO_TARGET");
    expect(statusAgainstTarget(d("3505"), d("3000"), "NO_JUDGEMENT")).toBe("NOT_APPLICABLE");
    expect(statusAgainstTarget(d("3505"), null, "NO_JUDGEMENT")).toBe("NOT_APPLICABLE");
  });

  it("picks the area's narrowest covering target, else a national one", () => {
    const target = (id: number, areaCode: string, periodStart: string, periodEnd: string | null, value: string): TargetRow => ({
      id, areaCode, sex: "PERSONS", periodStart: day(periodStart), periodEnd: periodEnd ? day(periodEnd) : null, value: d(value),
    });
    const open = target(1, "E08000026", "2015-04-01", null, "95");
    const year = target(2, "E08000026", "2017-04-01", "2018-03-31", "90");
    const national = target(3, "E92000001", "2017-04-01", "2018-03-31", "80");
    const otherYear = target(4, "E08000026", "2018-04-01", "2019-03-31", "85");
    expect(targetCovers(open, fy(2017))).toBe(true);
    expect(targetCovers(otherYear, fy(2017))).toBe(false);
    expect(applicableTarget(measured("1"), [open, year, national, otherYear])).toBe(year);
    expect(applicableTarget(measured("1"), [open, national])).toBe(open);
    expect(applicableTarget(measured("1"), [national, otherYear])).toBe(national);
    expect(applicableTarget(measured("1", { sex: "MALE" }), [open, national])).toBeNull();
    expect(applicableTarget(measured("1", fy(2014)), [open, year])).toBeNull();
  });
});

describe("comparison with England", () => {
  const england = (value: string, lower?: string, upper?: string) =>
    measured(value, { areaCode: "E92000001", lowerConfidenceLimit: lower ? d(lower) : null, upperConfidenceLimit: upper ? d(upper) : null });
  const withInterval = (value: string, lower: string, upper: string) => measured(value, { lowerConfidenceLimit: d(lower), upperConfidenceLimit: d(upper) });

  it("uses both confidence intervals when both have them: overlap is SIMILAR", () => {
    expect(compareWithEngland(withInterval("10", "8", "12"), [england("13", "11.5", "14")], "HIGH_IS_GOOD")).toBe("SIMILAR");
    expect(compareWithEngland(withInterval("10", "8", "12"), [england("14", "13", "15")], "HIGH_IS_GOOD")).toBe("WORSE");
    expect(compareWithEngland(withInterval("10", "8", "12"), [england("14", "13", "15")], "LOW_IS_GOOD")).toBe("BETTER");
    expect(compareWithEngland(withInterval("20", "16", "24"), [england("14", "13", "15")], "LOW_IS_GOOD")).toBe("WORSE");
  });

  it("with the area's interval only, asks whether England's value lies inside it", () => {
    // Coventry 2016/17 self-harm 15-19: 739.4 (632.2 to 859.7) against England 631.3.
    expect(compareWithEngland(withInterval("739.4", "632.2", "859.7"), [england("631.3")], "LOW_IS_GOOD")).toBe("WORSE");
    // Warwickshire 2011/12: 443.4 (373.9 to 522.0) against England 469.2.
    expect(compareWithEngland(withInterval("443.4", "373.9", "522.0"), [england("469.2")], "LOW_IS_GOOD")).toBe("SIMILAR");
  });

  it("otherwise compares the values by polarity", () => {
    expect(compareWithEngland(measured("75"), [england("70.1")], "HIGH_IS_GOOD")).toBe("BETTER");
    expect(compareWithEngland(measured("438"), [england("404")], "LOW_IS_GOOD")).toBe("WORSE");
    expect(compareWithEngland(measured("5.0"), [england("5.6")], "LOW_IS_GOOD")).toBe("BETTER");
    expect(compareWithEngland(measured("5.6"), [england("5.60")], "LOW_IS_GOOD")).toBe("SIMILAR");
  });

  it("does not compare without polarity, without England, for England, or on disagreeing England values", () => {
    expect(compareWithEngland(measured("3505"), [england("3000")], "NO_JUDGEMENT")).toBe("NOT_COMPARED");
    expect(compareWithEngland(measured("75"), [], "HIGH_IS_GOOD")).toBe("NOT_COMPARED");
    expect(compareWithEngland(england("70.1"), [england("70.1")], "HIGH_IS_GOOD")).toBe("NOT_COMPARED");
    expect(compareWithEngland(measured("75"), [england("70"), england("80")], "HIGH_IS_GOOD")).toBe("NOT_COMPARED");
    expect(compareWithEngland(measured("75"), [england("70"), england("71")], "HIGH_IS_GOOD")).toBe("BETTER");
  });
});

describe("recent trend", () => {
  const point = (first: number, value: string, count?: string, denominator?: string): TrendPoint => ({
    period: `${first}/${String(first + 1).slice(2)}`, ...fy(first), value: d(value), count: count ? d(count) : null, denominator: denominator ? d(denominator) : null,
  });

  it("matches the papers' arrows for self-harm admissions aged 15-19 (chi-squared test for trend)", () => {
    // 000 lines 1773-1781: Coventry "Recent trend: →".
    const coventry = [
      point(2011, "599.8", "141"), point(2012, "632.3", "149"), point(2013, "895.2", "205"),
      point(2014, "785.7", "182"), point(2015, "861.0", "196"), point(2016, "739.4", "169"),
    ];
    expect(recentTrend(coventry, "LOW_IS_GOOD", "RATE_PER_100000")).toEqual({
      direction: "NO_CHANGE", judgement: "NO_JUDGEMENT", method: "CHI_SQUARED_FOR_TREND",
      periods: ["2012/13", "2013/14", "2014/15", "2015/16", "2016/17"], contradictoryPeriods: [],
    });
    // 000 lines 1790-1798: Warwickshire "Recent trend: ↑".
    const warwickshire = [
      point(2011, "443.4", "144"), point(2012, "486.1", "154"), point(2013, "687.8", "218"),
      point(2014, "584.1", "184"), point(2015, "754.6", "239"), point(2016, "791.6", "246"),
    ];
    expect(recentTrend(warwickshire, "LOW_IS_GOOD", "RATE_PER_100000")).toMatchObject({
      direction: "INCREASING", judgement: "WORSENING", method: "CHI_SQUARED_FOR_TREND",
    });
  });

  it("falls back to the least-squares slope without counts, matching the Marmot report's words", () => {
    // "66.1% Improving" (001 line 1393).
    expect(recentTrend([point(2015, "63.9"), point(2016, "65.4"), point(2017, "66.1")], "HIGH_IS_GOOD", "PERCENT")).toMatchObject({
      direction: "INCREASING", judgement: "IMPROVING", method: "LEAST_SQUARES_SLOPE",
    });
    // "37.3% Getting worse" (001 line 1397).
    expect(recentTrend([point(2015, "36"), point(2016, "35.1"), point(2017, "37.3")], "LOW_IS_GOOD", "PERCENT")).toMatchObject({
      direction: "INCREASING", judgement: "WORSENING",
    });
    // "3.1% Improving" (001 line 1409).
    expect(recentTrend([point(2015, "3.2"), point(2016, "3.2"), point(2017, "3.1")], "LOW_IS_GOOD", "PERCENT")).toMatchObject({
      direction: "DECREASING", judgement: "IMPROVING",
    });
    expect(recentTrend([point(2015, "50"), point(2016, "50.2"), point(2017, "50.1")], "LOW_IS_GOOD", "PERCENT")).toMatchObject({
      direction: "NO_CHANGE", judgement: "NO_JUDGEMENT",
    });
  });

  it("needs three periods, and judges nothing without polarity", () => {
    expect(recentTrend([point(2016, "75"), point(2017, "72")], "HIGH_IS_GOOD", "PERCENT")).toEqual({
      direction: "NOT_ENOUGH_DATA", judgement: "NO_JUDGEMENT", method: "NONE", periods: ["2016/17", "2017/18"], contradictoryPeriods: [],
    });
    expect(recentTrend([point(2014, "3442"), point(2015, "4349"), point(2017, "3836")], "NO_JUDGEMENT", "COUNT")).toMatchObject({
      direction: "INCREASING", judgement: "NO_JUDGEMENT",
    });
  });

  it("uses the latest five periods in date order whatever the input order", () => {
    const points = [2018, 2012, 2016, 2014, 2013, 2017, 2015].map((y) => point(y, String(y - 2000)));
    expect(recentTrend(points, "HIGH_IS_GOOD", "COUNT").periods).toEqual(["2014/15", "2015/16", "2016/17", "2017/18", "2018/19"]);
  });

  it("averages contradictory values of a period and says so", () => {
    const values = periodValues([point(2016, "3505"), point(2016, "3568"), point(2015, "4349")]);
    expect(values.map((v) => [v.period, v.value, v.contradictory])).toEqual([["2015/16", 4349, false], ["2016/17", 3536.5, true]]);
    expect(recentTrend([point(2014, "3442"), point(2015, "4349"), point(2016, "3505"), point(2016, "3568"), point(2017, "3836")], "NO_JUDGEMENT", "COUNT"))
      .toEqual({
        direction: "INCREASING", judgement: "NO_JUDGEMENT", method: "LEAST_SQUARES_SLOPE",
        periods: ["2014/15", "2015/16", "2016/17", "2017/18"], contradictoryPeriods: ["2016/17"],
      });
  });

  it("computes the test statistic and slope", () => {
    expect(slope([1, 2, 3, 4])).toBe(1);
    expect(slope([5, 5, 5])).toBe(0);
    expect(trendZ([{ count: 10, denominator: 100 }, { count: 10, denominator: 100 }])).toBe(0);
    expect(trendZ([{ count: 10, denominator: 100 }, { count: 30, denominator: 100 }])).toBeGreaterThan(3);
  });
});

describe("financial years", () => {
  it("reads \"2017/18\" as 1 April 2017 to 31 March 2018", () => {
    expect(financialYear("2017/18")).toEqual({ start: day("2017-04-01"), end: day("2018-03-31") });
    expect(financialYear("1999/00")).toEqual({ start: day("1999-04-01"), end: day("2000-03-31") });
    expect(financialYear("2017/19")).toBeNull();
    expect(financialYear("2017-18")).toBeNull();
    expect(financialYear("17/18")).toBeNull();
  });

  it("refuses bad or reversed ranges with the argument named", () => {
    expect(() => financialYearRange("2017", null)).toThrow('periodFrom must be a financial year like "2017/18", got "2017"');
    expect(() => financialYearRange(null, "2018-19")).toThrow('periodTo must be a financial year like "2017/18", got "2018-19"');
    expect(() => financialYearRange("2018/19", "2017/18")).toThrow('periodFrom "2018/19" is after periodTo "2017/18"');
    expect(financialYearRange("2016/17", "2017/18")).toEqual({ start: day("2016-04-01"), end: day("2018-03-31") });
  });
});
