// The partner-report example (examples/partner-report) run against a test hub, line by line.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/access/keys.ts";
import { main, type ReportIo } from "../../examples/partner-report/main.ts";
import { formatPounds } from "../../examples/partner-report/money.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub("pglite");
});
afterAll(() => hub?.close());

async function run(args: string[], hubUrl = hub.url) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ReportIo = { env: { HUB_URL: hubUrl }, out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await main(args, io);
  return { code, out, err };
}

describe("partner report", () => {
  it("prints Coventry City Council's money by year and the Marmot City indicators against target", async () => {
    const { code, out, err } = await run(["coventry-city-council"]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toEqual([
      "Partner report: Coventry City Council (coventry-city-council, LOCAL_AUTHORITY)",
      "",
      "Money put into pooled budgets, by financial year",
      "  Financial year not stated: £63,897,000.00 (1 contribution)",
      '    £63,897,000.00 to Coventry Better Care Fund 2017-19 pooled budget (BCF), written "£63.897m" [coventry-hwb-2019-01-14, line 156]',
      "Money received from pooled budgets and grants: £0.00 (0 allocations £0.00, 0 grants £0.00)",
      "",
      "Programmes led, with their indicators' latest values in E08000026 against target",
      "  Care Quality Commission (CQC) Local System Review - Improvement Plan: no indicators linked",
      "  Coventry and Warwickshire Year of Wellbeing 2019: no indicators linked",
      "  Marmot City programme: 3 GREEN, 3 AMBER, 5 RED, 2 NO_TARGET",
      '    RED       child-poverty-after-housing-costs      17/18: 32.77 against target 28, written "32.77%" [coventry-hwb-2019-04-08, line 1421]',
      '    RED       early-years-attainment-gap             17/18: 37.3 against target 35.4, written "37.3%" [coventry-hwb-2019-04-08, line 1397]',
      '    NO_TARGET employment-gap-long-term-condition     2016/17: 24 (no target), written "24%" [coventry-hwb-2019-04-08, line 1407]',
      '    RED       fuel-poverty                           17/18: 15.3 against target 11, written "15.3%" [coventry-hwb-2019-04-08, line 1427]',
      '    RED       good-level-of-development-age-5        17/18: 66.1 against target 70.7, written "66.1%" [coventry-hwb-2019-04-08, line 1393]',
      '    NO_TARGET homeless-households-with-children      17/18: 421 (no target), written "421" [coventry-hwb-2019-04-08, line 1424]',
      '    GREEN     hospital-admissions-self-harm-10-24    17/18: 438 against target 450, written "438 per 100,000" [coventry-hwb-2019-04-08, line 1400]',
      '    GREEN     households-in-temporary-accommodation  17/18: 2 against target 3.4, written "2.0%" [coventry-hwb-2019-04-08, line 1429]',
      '    AMBER     jsa-claimant-rate-gap                  17/18: 3.1 against target 3, written "3.1%" [coventry-hwb-2019-04-08, line 1409]',
      '    AMBER     ks2-expected-standard-rwm              17/18: 58 against target 61, written "58%" [coventry-hwb-2019-04-08, line 1395]',
      '    GREEN     neet-16-18                             17/18: 5 against target 5.6, written "5.0%" [coventry-hwb-2019-04-08, line 1402]',
      '    AMBER     resident-workplace-earnings-gap        17/18: 95.4 against target 95.8, written "£535.70 average earnings of residents / 95.4% of city workers" [coventry-hwb-2019-04-08, line 1413]',
      '    RED       workless-households                    17/18: 18.8 against target 15.1, written "18.8%" [coventry-hwb-2019-04-08, line 1428]',
    ]);
  });

  it("groups a CCG's contributions under each financial year with the hub's exact totals", async () => {
    const { code, out } = await run(["coventry-and-rugby-ccg"]);
    expect(code).toBe(0);
    expect(out.slice(2, 10)).toEqual([
      "Money put into pooled budgets, by financial year",
      "  2017/18: £27,014,100.00 (2 contributions)",
      "    £21,700,479.00 to Out of Hospital services in scope: commissioners' current expenditure 2017/18 (CONTRACT_BUDGET), written \"21,700,479\" [coventry-hwb-2017-09-04, line 851]",
      "    £5,313,621.00 to Out of Hospital services in scope: commissioners' current expenditure 2017/18 (CONTRACT_BUDGET), written \"5,313,621\" [coventry-hwb-2017-09-04, line 852]",
      "  Financial year not stated: £116,483,000.00 (3 contributions)",
      '    £250,000.00 to CAMHS eating disorder funding by CCG (Table 30) (OTHER), written "£250,000" [coventry-hwb-2019-01-14, line 2894]',
      '    £628,000.00 to CAMHS Local Transformation Plan: baseline indicative costs by CCG (Table 30) (OTHER), written "£628,000" [coventry-hwb-2019-01-14, line 2892]',
      '    £115,605,000.00 to Coventry Better Care Fund 2017-19 pooled budget (BCF), written "£115.605m" [coventry-hwb-2019-01-14, line 156]',
    ]);
  });

  it("lists money a partner received from pools", async () => {
    const { code, out } = await run(["warwickshire-county-council", "--area", "E10000031"]);
    expect(code).toBe(0);
    expect(out.slice(2, 6)).toEqual([
      "Money put into pooled budgets, by financial year",
      "  none recorded",
      "Money received from pooled budgets and grants: £2,024,300.00 (1 allocation £2,024,300.00, 0 grants £0.00)",
      '    £2,024,300.00 from Priority Families: additional funding from DCLG (year not stated), written "£2,024,300" [warwickshire-hwb-2013-11-20, line 535]',
    ]);
  });

  it("says so when the hub has no such organisation, exit code 1", async () => {
    expect(await run(["no-such-partner"])).toEqual({ code: 1, out: [], err: ['The hub has no organisation with id "no-such-partner"'] });
  });

  it("names the hub it could not reach, exit code 1", async () => {
    const { code, err } = await run(["coventry-city-council"], "http://127.0.0.1:9/graphql");
    expect(code).toBe(1);
    expect(err).toEqual(["Could not reach the hub at http://127.0.0.1:9/graphql: fetch failed (is `npm start` running?)"]);
  });

  it("prints its usage without an organisation id, exit code 2", async () => {
    expect(await run([])).toEqual({ code: 2, out: [], err: ["Usage: npm run example:partner-report -- <organisation id> [--area <GSS code>]"] });
  });

  // Last: it changes the hub's data. Issue 16 item 6: a trust's unsourced push for the council's
  // indicator did not count until the council accepted it, and then it showed as "[no source]".
  it("leaves another partner's pushed figure out until the steward accepts it, then cites its import", async () => {
    const line = async () => (await run(["coventry-city-council"])).out.find((l) => l.includes("good-level-of-development-age-5"));
    const before = await line();
    const trust = (await createKey(hub.db.prisma, "uhcw", ["write:own"])).key;
    const council = await createKey(hub.db.prisma, "coventry-city-council", ["write:own"]);
    const dataset = { format: "placegraph-dataset/1", measurements: [{ indicator: "good-level-of-development-age-5", area: "E08000026", period: "17/18", periodStart: "2017-04-01", periodEnd: "2018-03-31", value: "70.0", reportedBy: "uhcw" }] };
    const send = (query: string, variables: object, key: string) =>
      fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) }).then((r) => r.json() as Promise<any>);
    const pushed = await send(`mutation($d: JSONObject!) { importDataset(fileName: "uhcw-push.json", dataset: $d) { importRunId } }`, { d: dataset }, trust);
    const runId = pushed.data.importDataset.importRunId as number;
    expect(await line()).toBe(before);

    const id = (await hub.db.prisma.measurement.findFirstOrThrow({ where: { importRunId: runId } })).id;
    expect((await send(`mutation($id: ID!) { acceptMeasurement(id: $id) { standing } }`, { id: String(id) }, council.key)).data).toEqual({ acceptMeasurement: { standing: "ACCEPTED" } });
    const audit = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: runId } });
    const hash = createHash("sha256").update(JSON.stringify(dataset)).digest("hex");
    expect(await line()).toBe(
      `    AMBER     good-level-of-development-age-5        17/18: 70 against target 70.7, uhcw's figure accepted [imported by key:${(await hub.db.prisma.apiKey.findFirstOrThrow({ where: { organisationId: "uhcw" } })).prefix}:uhcw at ${audit.finishedAt.toISOString()}, file uhcw-push.json, sha256 ${hash}, import run ${runId}]`,
    );
  });
});

describe("formatPounds", () => {
  it("inserts thousands separators into the exact digits", () => {
    expect(["0.00", "999.00", "1000.00", "63897000.00", "-1999.00", "1234567"].map(formatPounds)).toEqual([
      "£0.00",
      "£999.00",
      "£1,000.00",
      "£63,897,000.00",
      "-£1,999.00",
      "£1,234,567",
    ]);
  });

  it("refuses what is not an amount", () => {
    expect(() => formatPounds("1e6")).toThrow('Not an amount of money: "1e6"');
  });
});
