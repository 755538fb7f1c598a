// One query across all five subgraphs through the gateway: from a partner to its money, the
// programmes it leads with their indicators against target, and the meetings it attended, with a
// source line on every figure. And the cost of such a query in SQL statements does not grow with
// the data: every relation and reference is batched per request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { backends, countStatements } from "../support/databases.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

const coventryQuery = `{
  organisation(id: "coventry-city-council") {
    name
    fundingContributions { financialYear amount asWritten source { documentId firstLine lastLine text } pool { id kind financialYears } }
    ledProgrammes {
      id
      indicators {
        code polarity
        latestMeasurement(areaCode: "E08000026") {
          period value asWritten statusAgainstTarget target { value period }
          source { documentId firstLine lastLine document { title } }
        }
      }
    }
    meetingsAttended { id date board { name } }
  }
}`;

type Measured = { latestMeasurement: { source: unknown } | null };

describe.each(backends)("one query across the five subgraphs on %s", (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  });
  afterAll(() => hub?.close());

  it("answers for Coventry City Council: its pool contributions, led programmes' indicators against target, meetings", async () => {
    const res = await hub.query(coventryQuery);
    expect(res.errors).toBeUndefined();
    const council = res.data.organisation;
    // 000:156 "... £179.502m, made up of £63.897m of City Council resource and £115.605m of CCG resource"
    expect(council.fundingContributions).toHaveLength(1);
    const [contribution] = council.fundingContributions;
    expect(contribution).toMatchObject({
      financialYear: null,
      amount: "63897000.00",
      asWritten: "£63.897m",
      source: { documentId: "coventry-hwb-2019-01-14", firstLine: 156, lastLine: 156 },
      pool: { id: "coventry-bcf-2017-19", kind: "BCF", financialYears: ["2017/18", "2018/19"] },
    });
    expect(contribution.source.text).toContain("made up of £63.897m of City Council resource");

    expect(council.ledProgrammes.map((p: { id: string }) => p.id)).toEqual(["cqc-improvement-plan", "year-of-wellbeing", "marmot-city"]);
    const marmot = council.ledProgrammes[2].indicators;
    expect(marmot).toHaveLength(13);
    const byCode = Object.fromEntries(marmot.map((i: { code: string; latestMeasurement: unknown }) => [i.code, i.latestMeasurement]));
    // 001:1393 OI1 "66.1%" against the 17/18 target of 70.7%: missed by more than 5%.
    expect(byCode["good-level-of-development-age-5"]).toEqual({
      period: "17/18",
      value: "66.1",
      asWritten: "66.1%",
      statusAgainstTarget: "RED",
      target: { value: "70.7", period: "17/18" },
      source: { documentId: "coventry-hwb-2019-04-08", firstLine: 1393, lastLine: 1393, document: { title: expect.any(String) } },
    });
    // 001:1400 self-harm admissions 10-24 "438 per 100,000", target 450, low is good.
    expect(byCode["hospital-admissions-self-harm-10-24"]).toMatchObject({ value: "438", statusAgainstTarget: "GREEN", target: { value: "450" } });
    // 001:1409 JSA claimant gap 3.1% against 3.0%: missed by under 5%.
    expect(byCode["jsa-claimant-rate-gap"]).toMatchObject({ value: "3.1", statusAgainstTarget: "AMBER", target: { value: "3" } });
    // Every figure says where it comes from.
    const figures = marmot.map((i: Measured) => i.latestMeasurement).filter(Boolean);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(figure.source).not.toBeNull();

    expect(council.meetingsAttended).toEqual([
      { id: "coventry-hwb-2019-01-14", date: "2019-01-14", board: { name: "Coventry Health and Wellbeing Board" } },
      { id: "coventry-hwb-2018-10-08", date: "2018-10-08", board: { name: "Coventry Health and Wellbeing Board" } },
      { id: "coventry-hwb-2017-07-10", date: "2017-07-10", board: { name: "Coventry Health and Wellbeing Board" } },
    ]);
  });
});

// A synthetic partnership of n organisations, each contributing to a pool, leading a programme
// measured by an indicator with a target, and represented at a meeting. Every fact points at a
// real line, so excerpts resolve in governance.
async function addSyntheticPartnership(prisma: PrismaClient, from: number, to: number) {
  const ids = Array.from({ length: to - from }, (_, k) => String(from + k).padStart(4, "0"));
  const source = { sourceDocumentId: "coventry-hwb-2019-01-14", sourceFirstLine: 156, sourceLastLine: 156 };
  const quarter = (start: string, end: string) => ({ periodStart: new Date(start), periodEnd: new Date(end) });
  await prisma.organisation.createMany({ data: ids.map((i) => ({ id: `synthetic-org-${i}`, name: `Synthetic partner ${i}`, sector: "VOLUNTARY_SECTOR" })) });
  await prisma.person.createMany({ data: ids.map((i) => ({ id: `synthetic-person-${i}`, name: `Synthetic person ${i}` })) });
  await prisma.contribution.createMany({
    data: ids.map((i) => ({ id: `synthetic-contribution-${i}`, poolId: "coventry-bcf-2017-19", contributor: `Synthetic partner ${i}`, organisationId: `synthetic-org-${i}`, amount: "1000.00", financialYear: "2017/18", ...source })),
  });
  await prisma.programme.createMany({
    data: ids.map((i) => ({ id: `synthetic-programme-${i}`, kind: "PROGRAMME", name: `Synthetic programme ${i}`, status: "ACTIVE", leadOrganisationId: `synthetic-org-${i}`, ...source })),
  });
  await prisma.indicator.createMany({ data: ids.map((i) => ({ code: `synthetic-indicator-${i}`, name: `Synthetic indicator ${i}`, unit: "PERCENT", polarity: "HIGH_IS_GOOD" })) });
  await prisma.indicatorProgramme.createMany({ data: ids.map((i) => ({ indicatorCode: `synthetic-indicator-${i}`, programmeId: `synthetic-programme-${i}` })) });
  await prisma.measurement.createMany({
    data: ids.flatMap((i) => [
      { indicatorCode: `synthetic-indicator-${i}`, areaCode: "E08000026", period: "2017/18", ...quarter("2017-04-01", "2018-03-31"), value: "50", ...source },
      { indicatorCode: `synthetic-indicator-${i}`, areaCode: "E08000026", period: "2018/19", ...quarter("2018-04-01", "2019-03-31"), value: "55", ...source },
    ]),
  });
  await prisma.target.createMany({
    data: ids.map((i) => ({ indicatorCode: `synthetic-indicator-${i}`, areaCode: "E08000026", period: "2018/19", ...quarter("2018-04-01", "2019-03-31"), value: "60" })),
  });
  await prisma.attendance.createMany({
    data: ids.map((i, k) => ({ meetingId: "coventry-hwb-2018-10-08", personId: `synthetic-person-${i}`, status: "PRESENT", organisationId: `synthetic-org-${i}`, position: 1000 + from + k })),
  });
}

/** The table a statement reads. */
const tableOf = (sql: string) => /"public"\."(\w+)"/.exec(sql)?.[1] ?? sql.slice(0, 40);

const deepQuery = `{
  organisations(filter: { text: "Synthetic partner" }, limit: 500) {
    totalCount
    items {
      id
      fundingContributions { amount source { text } pool { name hostOrganisation { id } } }
      ledProgrammes { name leadOrganisation { name } indicators { code latestMeasurement(areaCode: "E08000026") { value statusAgainstTarget area { name } source { firstLine } } } }
      meetingsAttended { date board { name } }
    }
  }
}`;

describe.each(backends)("the cost of a five-subgraph query on %s", (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    // A 500-row page across five subgraphs is above the default estimated-cost limit
    // (PLACEGRAPH_MAX_COST, README "Security"); an operator raises it for such reports, as here.
    process.env.PLACEGRAPH_MAX_COST = "10000000";
    hub = await startTestHub(backend);
  });
  afterAll(async () => {
    delete process.env.PLACEGRAPH_MAX_COST;
    await hub?.close();
  });

  async function measure(expected: number) {
    let res: any;
    const { count, sql } = await countStatements(hub.db, async () => {
      res = await hub.query(deepQuery);
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.organisations.totalCount).toBe(expected);
    const last = res.data.organisations.items.at(-1);
    expect(last.fundingContributions[0]).toMatchObject({ amount: "1000.00", pool: { name: "Coventry Better Care Fund 2017-19 pooled budget" } });
    expect(last.ledProgrammes[0].indicators[0].latestMeasurement).toEqual({
      value: "55",
      statusAgainstTarget: "RED",
      area: { name: "Coventry" },
      source: { firstLine: 156 },
    });
    expect(last.meetingsAttended).toEqual([{ date: "2018-10-08", board: { name: "Coventry Health and Wellbeing Board" } }]);
    // The tables the query reaches, each read in batches, whatever the number of partners.
    expect([...new Set(sql.map(tableOf))].sort()).toEqual([
      "Area", "Attendance", "Board", "Contribution", "FundingPool", "Indicator", "IndicatorProgramme",
      "Measurement", "Meeting", "Organisation", "Programme", "SourceDocument", "SourceLine", "Target",
    ]);
    return count;
  }

  it("costs the same number of SQL statements for 3 partners and for 300 (100 times more data)", async () => {
    await addSyntheticPartnership(hub.db.prisma, 0, 3);
    const small = await measure(3);
    await addSyntheticPartnership(hub.db.prisma, 3, 300);
    const large = await measure(300);
    // Organisation five times (the page, its count, and the partners subgraph's entity fetches at
    // the three stages of Hive Gateway's plan that reach it; @apollo/gateway's plan made three) and
    // the 13 other tables once each: 18 statements across the five subgraphs.
    expect({ small, large }).toEqual({ small: 18, large: 18 });
  });
});
