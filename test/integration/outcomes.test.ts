// The outcomes subgraph through the embedded gateway over HTTP, on PGlite and PostgreSQL,
// against the seed fixture (figures from the board papers, with their lines).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curatedDatasetDir } from "../../src/dataset/curated.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import { backends, countStatements, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL, startTestHub, type TestHub } from "../support/hub.ts";

/** The curated dataset's indicators, counted from its files. */
const curatedIndicators = readdirSync(curatedDatasetDir)
  .filter((f) => f.endsWith(".json"))
  .reduce((n, f) => n + (JSON.parse(readFileSync(join(curatedDatasetDir, f), "utf8")).indicators ?? []).length, 0);

const JAN_2019 = "coventry-hwb-2019-01-14";
const APR_2019 = "coventry-hwb-2019-04-08";
const line = (documentId: string, firstLine: number, lastLine = firstLine) => ({ documentId, firstLine, lastLine });

describe.each(backends)("outcomes subgraph on %s", (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  });
  afterAll(() => hub?.close());

  it("gives an indicator's Coventry values exactly, with their lines, targets and status against target", async () => {
    const res = await hub.query(`{
      indicator(code: "hospital-admissions-self-harm-10-24") {
        name unit unitAsWritten polarity status
        frameworkMemberships { framework { code name } reference source { documentId firstLine lastLine } }
        measurements(areaCode: "E08000026") {
          period periodStart periodEnd value asWritten source { documentId firstLine lastLine }
          target { period value asWritten } statusAgainstTarget comparedWithEngland reportedBy { id name }
        }
        recentTrend(areaCode: "E08000026") { direction judgement method periods }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const indicator = res.data.indicator;
    expect(indicator).toMatchObject({
      name: "Hospital admissions as a result of self-harm (10-24 years)",
      unit: "RATE_PER_100000",
      unitAsWritten: "per 100,000",
      polarity: "LOW_IS_GOOD",
      status: "ACTIVE",
      // The papers write the reference "O14" (for OI4): kept as written.
      frameworkMemberships: [{ framework: { code: "marmot-indicators", name: "Coventry Marmot City outcome indicators" }, reference: "O14", source: line(APR_2019, 1400) }],
      recentTrend: { direction: "DECREASING", judgement: "IMPROVING", method: "LEAST_SQUARES_SLOPE", periods: ["15/16", "2016/17", "17/18"] },
    });
    const council = { id: "coventry-city-council", name: "Coventry City Council" };
    expect(indicator.measurements).toEqual([
      {
        period: "15/16", periodStart: "2015-04-01", periodEnd: "2016-03-31", value: "552", asWritten: "552 per 100,000",
        source: line(APR_2019, 1400), target: null, statusAgainstTarget: "NO_TARGET", comparedWithEngland: "NOT_COMPARED", reportedBy: council,
      },
      {
        period: "2016/17", periodStart: "2016-04-01", periodEnd: "2017-03-31", value: "525", asWritten: "525 per 100,000",
        source: line(APR_2019, 1400), target: null, statusAgainstTarget: "NO_TARGET", comparedWithEngland: "NOT_COMPARED", reportedBy: council,
      },
      {
        period: "17/18", periodStart: "2017-04-01", periodEnd: "2018-03-31", value: "438", asWritten: "438 per 100,000",
        source: line(APR_2019, 1400), target: { period: "17/18", value: "450", asWritten: "450" },
        // Below the target of 450 (low is good), but above England's 404 (line 1401).
        statusAgainstTarget: "GREEN", comparedWithEngland: "WORSE", reportedBy: council,
      },
    ]);
  });

  it("rates a discontinued BCF metric against the expectation the papers state", async () => {
    const res = await hub.query(`{
      indicator(code: "delayed-transfers-of-care-daily") {
        unit unitAsWritten status discontinuedOn successor { code }
        frameworks { code } programmes { id }
        programmeMeasures { programme { id } source { documentId firstLine lastLine } }
        measurements { area { code name } period value asWritten source { documentId firstLine lastLine } statusAgainstTarget
          target { period periodStart periodEnd value asWritten source { documentId firstLine lastLine } setBy { id } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.indicator).toEqual({
      unit: "OTHER",
      unitAsWritten: "DToC per day",
      status: "DISCONTINUED",
      discontinuedOn: "2020-03-01",
      successor: null,
      frameworks: [{ code: "bcf-national-metrics" }, { code: "warwickshire-s256-2013-14" }],
      programmes: [{ id: "bhbcbv" }, { id: "out-of-hospital" }],
      programmeMeasures: [
        { programme: { id: "bhbcbv" }, source: line(JAN_2019, 860) },
        { programme: { id: "out-of-hospital" }, source: line("coventry-hwb-2017-09-04", 739) },
      ],
      measurements: [{
        area: { code: "E08000026", name: "Coventry" },
        period: "June 2018",
        value: "31",
        asWritten: "an average of 31 patient delays each day",
        source: line(JAN_2019, 162),
        // 31 delays a day against an expectation of 25.7: missed by more than 5%.
        statusAgainstTarget: "RED",
        target: {
          period: "2017-2019", periodStart: "2017-04-01", periodEnd: "2019-03-31", value: "25.7",
          asWritten: "Coventry was now expected to achieve 25.7 DToC per day", source: line(JAN_2019, 162), setBy: null,
        },
      }],
    });
  });

  it("returns both contradictory values of a period, each with its own line", async () => {
    const res = await hub.query(`{
      measurements(filter: { indicatorCodes: ["camhs-referrals"], areaCodes: ["E38000038"], periodFrom: "2016/17", periodTo: "2016/17" }) {
        totalCount
        items { area { code name } period value asWritten source { documentId firstLine lastLine } reportedBy { id }
          statusAgainstTarget comparedWithEngland }
      }
      indicator(code: "camhs-referrals") {
        polarity
        recentTrend(areaCode: "E38000038") { direction judgement method periods contradictoryPeriods }
        latestMeasurement(areaCode: "E38000038") { period value asWritten }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const area = { code: "E38000038", name: "NHS Coventry and Rugby CCG" };
    const common = { area, period: "2016/17", reportedBy: { id: "cwpt" }, statusAgainstTarget: "NOT_APPLICABLE", comparedWithEngland: "NOT_COMPARED" };
    expect(res.data.measurements).toEqual({
      totalCount: 2,
      items: [
        { ...common, value: "3505", asWritten: "3505 Inc. Rugby children", source: line(JAN_2019, 1276) },
        { ...common, value: "3568", asWritten: "3,568", source: line(JAN_2019, 2691) },
      ],
    });
    expect(res.data.indicator).toEqual({
      polarity: "NO_JUDGEMENT",
      recentTrend: {
        direction: "INCREASING", judgement: "NO_JUDGEMENT", method: "LEAST_SQUARES_SLOPE",
        periods: ["2014/15", "2015/16", "2016/17", "2017/18"], contradictoryPeriods: ["2016/17"],
      },
      latestMeasurement: { period: "2017/18", value: "3836", asWritten: "3,836" },
    });
  });

  it("joins from an area in partners to its measurements in outcomes, by framework and financial year", async () => {
    const res = await hub.query(`{
      area(code: "E08000026") {
        name
        measurements(frameworkCode: "marmot-indicators", period: "2017/18") { indicator { code } value statusAgainstTarget }
        ascof: measurements(indicatorCode: "people-who-use-services-who-feel-safe") { period value }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const row = (code: string, value: string, statusAgainstTarget: string) => ({ indicator: { code }, value, statusAgainstTarget });
    expect(res.data.area).toEqual({
      name: "Coventry",
      measurements: [
        row("child-poverty-after-housing-costs", "32.77", "RED"),
        row("early-years-attainment-gap", "37.3", "RED"),
        row("fuel-poverty", "15.3", "RED"),
        row("good-level-of-development-age-5", "66.1", "RED"),
        row("homeless-households-with-children", "421", "NO_TARGET"),
        row("hospital-admissions-self-harm-10-24", "438", "GREEN"),
        row("households-in-temporary-accommodation", "2", "GREEN"),
        // 3.1 against 3.0, low is good: within 5% of the target.
        row("jsa-claimant-rate-gap", "3.1", "AMBER"),
        // 58 against 61, high is good: short by 3, within 3.05.
        row("ks2-expected-standard-rwm", "58", "AMBER"),
        row("neet-16-18", "5", "GREEN"),
        row("resident-workplace-earnings-gap", "95.4", "AMBER"),
        row("workless-households", "18.8", "RED"),
      ],
      ascof: [{ period: "2016/17", value: "75" }, { period: "2017/18", value: "72" }],
    });
  });

  it("compares with England and lists the England and West Midlands comparators", async () => {
    const res = await hub.query(`{
      safe: measurements(filter: { indicatorCodes: ["people-who-use-services-who-feel-safe"], areaCodes: ["E08000026"] }) {
        items { period value comparedWithEngland statusAgainstTarget target { value }
          comparators { area { code name } value asWritten source { documentId firstLine lastLine } } }
      }
      selfHarm: indicator(code: "hospital-admissions-self-harm-15-19") {
        coventry: latestMeasurement(areaCode: "E08000026") {
          period count value lowerConfidenceLimit upperConfidenceLimit asWritten comparedWithEngland
          comparators { area { code } value asWritten }
        }
        warwickshire: measurements(areaCode: "E10000031") { period comparedWithEngland }
        coventryTrend: recentTrend(areaCode: "E08000026") { direction judgement method periods }
        warwickshireTrend: recentTrend(areaCode: "E10000031") { direction judgement method }
        englandTrend: recentTrend(areaCode: "E92000001") { direction method }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.safe.items).toEqual([
      {
        period: "2016/17", value: "75", comparedWithEngland: "BETTER", statusAgainstTarget: "NO_TARGET", target: null,
        comparators: [
          { area: { code: "E92000001", name: "England" }, value: "70.1", asWritten: "70.1", source: line(JAN_2019, 3503) },
          { area: { code: "E12000005", name: "West Midlands" }, value: "71.1", asWritten: "71.1", source: line(JAN_2019, 3503) },
        ],
      },
      { period: "2017/18", value: "72", comparedWithEngland: "NOT_COMPARED", statusAgainstTarget: "GREEN", target: { value: "68.6" }, comparators: [] },
    ]);
    const selfHarm = res.data.selfHarm;
    // 000 line 1781: England's 631.3 lies just below Coventry's interval 632.2 to 859.7.
    expect(selfHarm.coventry).toEqual({
      period: "2016/17", count: "169", value: "739.4", lowerConfidenceLimit: "632.2", upperConfidenceLimit: "859.7", asWritten: "739.4",
      comparedWithEngland: "WORSE",
      comparators: [{ area: { code: "E92000001" }, value: "631.3", asWritten: "631.3*" }, { area: { code: "E12000005" }, value: "631.3", asWritten: "631.3*" }],
    });
    expect(selfHarm.warwickshire.map((m: any) => m.comparedWithEngland)).toEqual(["SIMILAR", "SIMILAR", "WORSE", "SIMILAR", "WORSE", "WORSE"]);
    // The papers' arrows: Coventry "Recent trend: →" (line 1773), Warwickshire "↑" (line 1790).
    expect(selfHarm.coventryTrend).toEqual({
      direction: "NO_CHANGE", judgement: "NO_JUDGEMENT", method: "CHI_SQUARED_FOR_TREND", periods: ["2012/13", "2013/14", "2014/15", "2015/16", "2016/17"],
    });
    expect(selfHarm.warwickshireTrend).toEqual({ direction: "INCREASING", judgement: "WORSENING", method: "CHI_SQUARED_FOR_TREND" });
    // England's values have no counts: the slope decides.
    expect(selfHarm.englandTrend).toEqual({ direction: "INCREASING", method: "LEAST_SQUARES_SLOPE" });
  });

  it("follows a discontinued indicator to its successor and keeps its history and targets", async () => {
    const res = await hub.query(`{
      indicator(code: "camhs-access-diagnosable-condition") {
        status discontinuedOn successor { code status predecessors { code } source { documentId firstLine lastLine } }
        measurements { area { code } period value denominator asWritten statusAgainstTarget target { period value asWritten } reportedBy { id } }
      }
      targets(filter: { indicatorCodes: ["camhs-access-diagnosable-condition"], periodFrom: "2018/19" }) {
        totalCount items { period periodStart periodEnd value asWritten source { firstLine } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.indicator).toEqual({
      status: "DISCONTINUED",
      discontinuedOn: null,
      successor: {
        code: "camhs-access-rolling-12-months", status: "ACTIVE", predecessors: [{ code: "camhs-access-diagnosable-condition" }],
        source: line("coventry-camhs-ltp-refresh-2023", 117),
      },
      measurements: [{
        area: { code: "E38000038" }, period: "Actual 17/18", value: "2983", denominator: "9844", asWritten: "2983",
        statusAgainstTarget: "GREEN", target: { period: "17/18", value: "2953", asWritten: "2,953 (30%)" }, reportedBy: { id: "coventry-and-rugby-ccg" },
      }],
    });
    expect(res.data.targets).toEqual({
      totalCount: 3,
      items: [
        { period: "18/19", periodStart: "2018-04-01", periodEnd: "2019-03-31", value: "3150", asWritten: "3,150 (32%)", source: { firstLine: 2701 } },
        { period: "19/20", periodStart: "2019-04-01", periodEnd: "2020-03-31", value: "3347", asWritten: "3,347 (34%)", source: { firstLine: 2701 } },
        { period: "20/21", periodStart: "2020-04-01", periodEnd: "2021-03-31", value: "3445", asWritten: "3,445 (35%)", source: { firstLine: 2701 } },
      ],
    });
  });

  it("filters, sorts and pages indicators, and lists frameworks", async () => {
    const res = await hub.query(`{
      bcf: indicators(filter: { frameworkCodes: ["bcf-national-metrics"] }) { totalCount items { code } }
      discontinued: indicators(filter: { statuses: [DISCONTINUED] }) { items { code } }
      camhs: indicators(filter: { programmeId: "camhs-transformation", polarity: HIGH_IS_GOOD }) { items { code } }
      text: indicators(filter: { text: "SELF-HARM" }) { items { code } }
      byName: indicators(orderBy: NAME, limit: 3, offset: 2) { totalCount limit offset hasMore items { name } }
      frameworks { code name indicators { code } }
    }`);
    expect(res.errors).toBeUndefined();
    const codes = (page: any) => page.items.map((i: any) => i.code);
    expect(res.data.bcf.totalCount).toBe(4);
    expect(codes(res.data.bcf)).toEqual(["delayed-transfers-of-care-daily", "non-elective-admissions", "reablement-still-at-home-91-days", "residential-admissions"]);
    expect(codes(res.data.discontinued)).toEqual(["camhs-access-diagnosable-condition", "delayed-transfers-of-care-daily", "delayed-transfers-of-care-occupied-beds"]);
    expect(codes(res.data.camhs)).toEqual([
      "camhs-access-diagnosable-condition", "camhs-access-rolling-12-months", "camhs-follow-up-within-12-weeks", "camhs-routine-referral-to-treatment-18-weeks",
      "emergency-referrals-assessed-within-48-hours", "esq-certainly-or-partly-true",
    ]);
    expect(codes(res.data.text)).toEqual(["emergency-referrals-assessed-within-48-hours", "hospital-admissions-self-harm-10-24", "hospital-admissions-self-harm-15-19"]);
    expect(res.data.byName).toEqual({
      totalCount: curatedIndicators, limit: 3, offset: 2, hasMore: true,
      items: [{ name: "Admissions to residential and nursing care" }, { name: "Assessments for specialist CAMHS Tier 3 (accepted referrals)" }, { name: "Average wait to first CAMHS appointment" }],
    });
    expect(res.data.frameworks.map((f: any) => [f.code, f.indicators.length])).toEqual([
      ["ascof", 1], ["bcf-national-metrics", 4], ["camhs-ltp", 6], ["marmot-indicators", 14], ["place-forum-outcomes", 7], ["warwickshire-s256-2013-14", 2],
    ]);
  });

  it("sorts and pages measurements, and joins organisations and programmes to them", async () => {
    const res = await hub.query(`{
      top: measurements(filter: { indicatorCodes: ["hospital-admissions-self-harm-15-19"], areaCodes: ["e08000026"] }, orderBy: VALUE_DESC, limit: 2) {
        totalCount hasMore items { period value }
      }
      men: measurements(filter: { sex: MALE }) { items { indicator { code } sex period value asWritten } }
      organisation(id: "cwpt") { shortName reportedMeasurements { period value } }
      indicator(code: "camhs-referrals") { programmes { id indicators { code } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.top).toEqual({ totalCount: 6, hasMore: true, items: [{ period: "2013/14", value: "895.2" }, { period: "2015/16", value: "861" }] });
    expect(res.data.men.items).toEqual([
      { indicator: { code: "healthy-life-expectancy-change" }, sex: "MALE", period: "Between 2011 and 2017", value: "0.7", asWritten: "0.7 years for men" },
    ]);
    expect(res.data.organisation.shortName).toBe("CWPT");
    expect(res.data.organisation.reportedMeasurements.map((m: any) => `${m.period} ${m.value}`)).toEqual([
      "2014/15 3442", "2014/15 3442", "2015/16 4349", "2015/16 4349", "2016/17 3505", "2016/17 3568", "2017/18 3836",
    ]);
    expect(res.data.indicator.programmes).toEqual([{
      id: "camhs-transformation",
      indicators: [
        { code: "camhs-access-diagnosable-condition" }, { code: "camhs-access-rolling-12-months" }, { code: "camhs-average-wait-first-appointment" },
        { code: "camhs-first-appointments-by-wait-band" }, { code: "camhs-follow-up-within-12-weeks" }, { code: "camhs-referrals" },
        { code: "camhs-routine-referral-to-treatment-18-weeks" }, { code: "camhs-spe-referrals-journeys" }, { code: "camhs-spe-referrals-reach" },
        { code: "camhs-tier-3-assessments" }, { code: "camhs-workforce-wte" }, { code: "camhs-youth-justice-contacts" },
        { code: "camhs-youth-justice-referrals" }, { code: "cyp-waiting-follow-up-by-wait-band" }, { code: "cyp-waiting-over-12-weeks-follow-up" },
        { code: "emergency-referrals-assessed-within-48-hours" }, { code: "esq-certainly-or-partly-true" }, { code: "hospital-admissions-self-harm-15-19" },
        { code: "pmhs-students-reached" },
      ],
    }]);
  });

  it("refuses a bad period filter with a clear error naming the argument", async () => {
    const res = await hub.query(`{ measurements(filter: { periodFrom: "2017" }) { totalCount } }`);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].message).toBe('periodFrom must be a financial year like "2017/18", got "2017"');
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "periodFrom" });

    const reversed = await hub.query(`{ targets(filter: { periodFrom: "2019/20", periodTo: "2017/18" }) { totalCount } }`);
    expect(reversed.errors?.[0].message).toBe('periodFrom "2019/20" is after periodTo "2017/18"');

    const fromArea = await hub.query(`{ area(code: "E08000026") { measurements(period: "17/18") { value } } }`);
    expect(fromArea.errors?.[0].message).toBe('period must be a financial year like "2017/18", got "17/18"');
    expect(fromArea.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

// N+1 is a bug: a page of measurements with their indicator, target, status, comparison and
// comparators costs the same number of SQL statements whatever the page size.
describe.each(backends)("outcomes batching on %s", (backend) => {
  let db: TestDatabase;
  let gateway: HttpHost;
  const indicators = Array.from({ length: 10 }, (_, i) => `indicator-${i}`);
  const years = Array.from({ length: 20 }, (_, i) => 2000 + i);
  const fy = (y: number) => ({ period: `${y}/${String(y + 1).slice(2)}`, periodStart: new Date(Date.UTC(y, 3, 1)), periodEnd: new Date(Date.UTC(y + 1, 2, 31)) });

  beforeAll(async () => {
    db = await openTestDatabase(backend);
    await db.prisma.indicator.createMany({
      data: indicators.map((code, i) => ({ code, name: `Indicator ${i}`, unit: "PERCENT" as const, polarity: i % 2 ? ("LOW_IS_GOOD" as const) : ("HIGH_IS_GOOD" as const) })),
    });
    const series = (areaCode: string, offset: number) =>
      indicators.flatMap((indicatorCode) => years.map((y) => ({ indicatorCode, areaCode, ...fy(y), value: String(50 + offset + (y % 7)) })));
    await db.prisma.measurement.createMany({ data: [...series("E08000026", 0), ...series("E92000001", 1), ...series("E12000005", 2)] });
    await db.prisma.target.createMany({ data: indicators.flatMap((indicatorCode) => years.map((y) => ({ indicatorCode, areaCode: "E08000026", ...fy(y), value: "52" }))) });
    gateway = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.dispose();
  });

  it.each([5, 200])("lists %i measurements with indicator, target, status, comparison and comparators in five statements", async (n) => {
    const query = `query($n: Int!) {
      measurements(filter: { areaCodes: ["E08000026"] }, limit: $n) {
        totalCount
        items { id period value indicator { code polarity } target { value } statusAgainstTarget comparedWithEngland
          comparators { area { code } value } }
      }
    }`;
    let res: any;
    const { count } = await countStatements(db, async () => {
      res = await postGraphQL(gateway.url, query, { n });
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.measurements.totalCount).toBe(200);
    expect(res.data.measurements.items).toHaveLength(n);
    // indicator-0 (high is good), 2000/01: 50 + 5 = 55 against a target of 52 and England's 56.
    expect(res.data.measurements.items[0]).toMatchObject({
      period: "2000/01", value: "55", indicator: { code: "indicator-0", polarity: "HIGH_IS_GOOD" }, target: { value: "52" },
      statusAgainstTarget: "GREEN", comparedWithEngland: "WORSE",
      comparators: [{ area: { code: "E92000001" }, value: "56" }, { area: { code: "E12000005" }, value: "57" }],
    });
    // The page, its count, one batch each of indicators, targets and comparators.
    expect(count).toBe(5);
  });
});
