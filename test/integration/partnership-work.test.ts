// The partnership's working facts (issue 17) on both backends: milestones, responsibilities,
// groups, contracts, funding links without an amount, apportionments, programme outputs and
// dated memberships, each exactly as a paper states it and with its lines. The facts come from
// test/fixtures/partnership-work.json, imported on top of the curated dataset.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { importDataset, importDatasetFiles } from "../../src/dataset/importer.ts";
import { checkDatasetShape } from "../../src/dataset/validate.ts";
import { backends, countStatements } from "../support/databases.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { readdir } from "node:fs/promises";
import { curatedDatasetDir } from "../../src/dataset/curated.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { searchStatement } from "../../src/subgraphs/governance/search.ts";

/** The issue-17 kinds the fixture brings itself: the curated records of these kinds are left out, so the fixture's are the only ones. */
const fixtureKinds = ["boards", "milestones", "responsibilities", "contracts", "fundingLinks", "apportionments"];

/** The curated dataset without its records of the fixture's kinds (the register's boards stay). */
async function importCuratedWithoutFixtureKinds(hub: TestHub) {
  const sourcesDir = loadConfig().PLACEGRAPH_SOURCES_DIR;
  const files = (await readdir(curatedDatasetDir)).filter((f) => f.endsWith(".json")).sort((a, b) => (a === "reference.json" ? -1 : b === "reference.json" ? 1 : a.localeCompare(b)));
  const merged: Record<string, unknown[]> = {};
  const leftOutBoards = new Set<string>();
  for (const file of files) {
    const dataset = JSON.parse(await readFile(resolve(curatedDatasetDir, file), "utf8"));
    if (file !== "reference.json") for (const b of dataset.boards ?? []) leftOutBoards.add(b.id);
    for (const [section, records] of Object.entries(dataset)) {
      if (!Array.isArray(records)) continue;
      if (file !== "reference.json" && fixtureKinds.includes(section)) continue;
      (merged[section] ??= []).push(...records);
    }
  }
  // The posts and meetings of the groups left out (a group's chair, its meetings) go with them,
  // and so do the curated indicator the fixture brings (MHSTs) and its values.
  for (const section of ["posts", "meetings"]) merged[section] = (merged[section] ?? []).filter((r: any) => !leftOutBoards.has(r.boardId));
  const fixtureIndicators = new Set<string>(JSON.parse(await readFile(fixture, "utf8")).indicators.map((i: any) => i.code));
  merged.indicators = (merged.indicators ?? []).filter((i: any) => !fixtureIndicators.has(i.code));
  merged.measurements = (merged.measurements ?? []).filter((m: any) => !fixtureIndicators.has(m.indicator));
  const path = resolve(curatedDatasetDir, "curated-without-fixture-kinds.json");
  await importDataset(hub.db.prisma, path, "test", checkDatasetShape(path, { format: "placegraph-dataset/1", ...merged }), { actor: "test", sourcesDir });
}

const fixture = resolve(import.meta.dirname, "../fixtures/partnership-work.json");
const source = "source { documentId firstLine lastLine }";
const cite = (documentId: string, lines: string) => {
  const [first, last = first] = lines.split("-").map(Number);
  return { documentId, firstLine: first, lastLine: last };
};

describe.each(backends)("partnership work on %s", (backend) => {
  let hub: TestHub;
  let data: any;
  beforeAll(async () => {
    hub = await startTestHub(backend, { seed: false });
    await importCuratedWithoutFixtureKinds(hub);
    data = JSON.parse(await readFile(fixture, "utf8"));
  });
  afterAll(() => hub?.close());

  it("imports every new kind of fact, and a second import changes nothing", async () => {
    const options = { actor: "test", sourcesDir: loadConfig().PLACEGRAPH_SOURCES_DIR };
    const first = await importDatasetFiles(hub.db.prisma, [fixture], options);
    const created = Object.fromEntries(first.types.map((t) => [t.type, t.created]));
    expect(created).toEqual({
      Board: 2, Milestone: 2, Responsibility: 2, Contract: 2, ContractCommissioner: 3, Apportionment: 3, FundingLink: 1,
      Indicator: 1, IndicatorProgramme: 1, Measurement: 3,
    });
    const again = await importDatasetFiles(hub.db.prisma, [fixture], options);
    expect(again.totals).toEqual({ created: 0, updated: 0, unchanged: 20 });
  });

  it("refuses new records that belong to nothing, name no holder, or guess an amount, naming each place and writing nothing", async () => {
    const before = await hub.db.prisma.milestone.count();
    const bad = {
      format: "placegraph-dataset/1",
      milestones: [{ id: "floating-date", title: "A date of nothing", status: "PLANNED", plannedDate: "2019-03-31", plannedEndDate: "2019-03-01" }],
      responsibilities: [{ role: "LEADS", programmeId: "camhs-transformation" }],
      fundingLinks: [{ id: "guessed", purpose: "A scheme", funderId: "nhs-england", amount: "about £1m" }],
      apportionments: [{ poolId: "warwickshire-s256-2013-14", partner: "North" }, { poolId: "no-such-pool", partner: "South", share: "49" }],
    };
    const path = resolve(loadConfig().PLACEGRAPH_SOURCES_DIR, "..", "not-read.json");
    await expect(importDataset(hub.db.prisma, path, "test", checkDatasetShape(path, { ...bad, fundingLinks: [] }), { actor: "test", sourcesDir: loadConfig().PLACEGRAPH_SOURCES_DIR }))
      .rejects.toThrow(
        `${path}: 5 problems, nothing was imported:\n` +
          "  milestones[0]: must name what it belongs to (programmeId, strategyId, contractId, fundingPoolId, boardId or organisationId)\n" +
          "  milestones[0].plannedEndDate: must not be before plannedDate\n" +
          "  responsibilities[0]: must name who holds it (boardId, organisationId or personId)\n" +
          "  apportionments[0]: must give a share, an amount or both\n" +
          '  apportionments[1].poolId: unknown funding pool "no-such-pool"',
      );
    expect(() => checkDatasetShape(path, bad)).toThrow('fundingLinks[0].amount: must be an amount written as a string with two decimals, e.g. "2639000.00", or "not stated"');
    expect(await hub.db.prisma.milestone.count()).toBe(before);
  });

  it("refuses a code without a GSS code on anything but a ward of that district, and a milestone of an unknown organisation, writing nothing", async () => {
    const before = [await hub.db.prisma.area.count(), await hub.db.prisma.milestone.count()];
    const bad = {
      format: "placegraph-dataset/1",
      areas: [
        { code: "E07000219/bulkington-district", name: "Bulkington", type: "NON_METROPOLITAN_DISTRICT", parentCode: "E10000031" },
        { code: "E07000222/wem-brook", name: "Wem Brook", type: "WARD", parentCode: "E07000219" },
      ],
      milestones: [{ id: "inspection-of-nobody", title: "An inspection", kind: "INSPECTION", status: "PLANNED", organisationId: "no-such-organisation" }],
    };
    const path = resolve(loadConfig().PLACEGRAPH_SOURCES_DIR, "..", "not-read.json");
    await expect(importDataset(hub.db.prisma, path, "test", checkDatasetShape(path, bad), { actor: "test", sourcesDir: loadConfig().PLACEGRAPH_SOURCES_DIR })).rejects.toThrow(
      `${path}: 3 problems, nothing was imported:\n` +
        "  areas[0].code: E07000219/bulkington-district is not a GSS code; an area the papers give no GSS code for must be a WARD whose parentCode is E07000219\n" +
        "  areas[1].code: E07000222/wem-brook is not a GSS code; an area the papers give no GSS code for must be a WARD whose parentCode is E07000222\n" +
        '  milestones[0].organisationId: unknown organisation "no-such-organisation"',
    );
    expect(() => checkDatasetShape(path, { format: "placegraph-dataset/1", areas: [{ code: "E05 Wem Brook", name: "Wem Brook", type: "WARD" }] })).toThrow(
      "areas[0].code: must be a nine-character GSS code, e.g. E08000026, or for a ward whose GSS code the papers do not give, its district's GSS code and a slug, e.g. E07000219/wem-brook",
    );
    expect([await hub.db.prisma.area.count(), await hub.db.prisma.milestone.count()]).toEqual(before);
  });

  it("answers a ward the papers name without a GSS code (gssCode null) under its district, with its figures", async () => {
    const res = await hub.query(`{
      area(code: "e07000219/wem-brook") { code gssCode name type parent { code gssCode } }
      measurements(filter: { indicatorCodes: ["priority-families-identified"], areaCodes: ["E07000219/wem-brook"] }) { items { value ${source} } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      area: { code: "E07000219/wem-brook", gssCode: null, name: "Wem Brook", type: "WARD", parent: { code: "E07000219", gssCode: "E07000219" } },
      // 003:796, "Wem Brook\t86\t18%" in the Nuneaton and Bedworth ward table.
      measurements: { items: [{ value: "86", source: cite("warwickshire-hwb-2013-11-20", "796") }] },
    });
  });

  it("answers a contract's commissioners now and before the transfer, its provider, key dates and lead, with lines", async () => {
    const res = await hub.query(`{
      contract(id: "kooth") {
        title endDate termAsWritten value procurementRoute ${source}
        provider { name }
        commissioners { status organisation { id } asWritten ${source} }
        current: commissioners(status: CURRENT) { organisation { name } }
        milestones { id kind status plannedDate plannedAsWritten ${source} }
        responsibilities { role roleAsWritten organisation { name } ${source} }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const line113 = cite("coventry-camhs-ltp-refresh-2023", "113");
    const kooth = data.contracts.find((c: any) => c.id === "kooth");
    expect(res.data.contract).toEqual({
      title: "Kooth", endDate: "2025-03-31", termAsWritten: "contract is in place until end of March 2025", value: null, procurementRoute: null, source: line113,
      provider: { name: "Kooth" },
      commissioners: kooth.commissioners.map((c: any) => ({ status: c.status, organisation: { id: c.organisationId }, asWritten: c.source.asWritten, source: line113 })),
      current: [{ organisation: { name: "NHS Coventry and Warwickshire Integrated Care Board" } }],
      milestones: [{ id: "kooth-contract-end", kind: "END", status: "PLANNED", plannedDate: "2025-03-31", plannedAsWritten: "until end of March 2025", source: line113 }],
      responsibilities: [{ role: "LEADS", roleAsWritten: "taken a lead on the contract", organisation: { name: "NHS Coventry and Warwickshire Integrated Care Board" }, source: line113 }],
    });
  });

  it("lists contracts by commissioner (previous ones too), provider and the day their term covers", async () => {
    const res = await hub.query(`{
      previous: contracts(filter: { commissionerId: "coventry-city-council", commissionerStatus: PREVIOUS }) { id }
      tendered: contracts(filter: { procurementRoute: TENDER }) { id startDate endDate routeAsWritten ${source} provider { id } }
      on2026: contracts(filter: { activeOn: "2026-01-01" }) { id }
      organisation(id: "compass") { providedContracts { id } }
      icb: organisation(id: "coventry-and-warwickshire-icb") { commissionedContracts(status: CURRENT) { id } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      previous: [{ id: "kooth" }],
      tendered: [{
        id: "compass-coventry-tier-2", startDate: "2022-12-01", endDate: "2027-11-30", routeAsWritten: "following a tender process",
        source: cite("coventry-camhs-ltp-refresh-2023", "114"), provider: { id: "compass" },
      }],
      on2026: [{ id: "compass-coventry-tier-2" }],
      organisation: { providedContracts: [{ id: "compass-coventry-tier-2" }] },
      icb: { commissionedContracts: [{ id: "kooth" }] },
    });
  });

  it("keeps money whose amount the paper does not state, marked not stated", async () => {
    const res = await hub.query(`{
      fundingLinks(amountStated: false) { id purpose amount amountStated asWritten ${source} funder { name } }
      organisation(id: "nhs-england") { fundingLinksFunded { id } }
    }`);
    expect(res.errors).toBeUndefined();
    const link = data.fundingLinks[0];
    expect(res.data).toEqual({
      fundingLinks: [{
        id: link.id, purpose: link.purpose, amount: null, amountStated: false, asWritten: link.source.asWritten,
        source: cite("coventry-hwb-2019-01-14", "1498"), funder: { name: "NHS England" },
      }],
      organisation: { fundingLinksFunded: [{ id: link.id }] },
    });
  });

  it("apportions the Warwickshire s256 transfer by CCG, share and amount, each with its line", async () => {
    const res = await hub.query(`{
      fundingPool(id: "warwickshire-s256-2013-14") { apportionments { partner share amount asWritten ${source} organisation { id } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.fundingPool.apportionments).toEqual(
      data.apportionments.map((a: any) => ({
        partner: a.partner, share: a.share, amount: a.amount, asWritten: a.source.asWritten,
        source: cite("warwickshire-hwb-2013-11-20", a.source.lines), organisation: { id: a.organisationId },
      })),
    );
    expect(res.data.fundingPool.apportionments.map((a: any) => [a.partner, a.share, a.amount])).toEqual([
      ["North", "33", "2639000.00"], ["Coventry and Rugby (Rugby element only)", "18", "1440000.00"], ["South", "49", "3919000.00"],
    ]);
  });

  it("answers a programme's outputs by category and as-at day, its key dates and who monitors its parent", async () => {
    const res = await hub.query(`{
      programme(id: "camhs-mental-health-support-teams") {
        outputs { indicator { code unit } area { code } period asAt category value asWritten ${source} }
        milestones { id status actualDate }
      }
      parent: programme(id: "camhs-transformation") { responsibilities(role: MONITORS) { roleAsWritten board { id name kind } ${source} } }
      met: milestones(filter: { statuses: [MET], from: "2023-01-01", to: "2023-12-31" }) { id programme { id } }
    }`);
    expect(res.errors).toBeUndefined();
    const mhst = { code: "mental-health-support-teams", unit: "COUNT" };
    const at = (lines: string) => cite("coventry-camhs-ltp-refresh-2023", lines);
    expect(res.data.programme.outputs).toEqual([
      { indicator: mhst, area: { code: "E08000026" }, period: "wave 9 (from September 2023)", asAt: "2023-09-01", category: "wave 9", value: "2", asWritten: "2 will be rolled out in Coventry", source: at("109") },
      { indicator: mhst, area: { code: "E08000026" }, period: "as at 13 December 2023, with the additional waves", asAt: "2023-12-13", category: "planned total", value: "5", asWritten: "12 MHSTs in the system (5 in Coventry and 7 in Warwickshire)", source: at("111") },
      { indicator: mhst, area: { code: "E10000031" }, period: "as at 13 December 2023, with the additional waves", asAt: "2023-12-13", category: "planned total", value: "7", asWritten: "12 MHSTs in the system (5 in Coventry and 7 in Warwickshire)", source: at("111") },
    ]);
    expect(res.data.programme.milestones).toEqual([{ id: "mhst-wave-9-start", status: "MET", actualDate: "2023-09-01" }]);
    expect(res.data.parent.responsibilities).toEqual([{
      roleAsWritten: "overseeing", board: { id: "camhs-transformation-board", name: "CAMHS Transformation Board", kind: "COMMISSIONING_BOARD" },
      source: cite("coventry-hwb-2019-01-14", "1905"),
    }]);
    expect(res.data.met).toEqual([{ id: "mhst-wave-9-start", programme: { id: "camhs-mental-health-support-teams" } }]);
  });

  it("holds groups as bodies of their own kind", async () => {
    const res = await hub.query(`{ boards(kind: DELIVERY_GROUP) { id name kind asWritten ${source} } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.boards).toEqual([{
      id: "children-in-crisis-working-group", name: "Children in Crisis Working Group", kind: "DELIVERY_GROUP",
      asWritten: "a Children in Crisis Working Group", source: cite("coventry-hwb-2019-01-14", "1905"),
    }]);
  });

  it("answers members(asAt:) only for the days the papers support, saying so", async () => {
    const res = await hub.query(`{
      board(id: "coventry-health-and-wellbeing-board") {
        in2013: members(asAt: "2013-11-20") { person { id } }
        in2017: members(asAt: "2017-09-04") { person { id } }
        onPackDate: members(asAt: "2019-01-04") { person { id } }
        atMeeting: members(asAt: "2019-01-14") { person { id } dating listedOn }
        later: members(asAt: "2019-04-08") { person { id } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const roster = JSON.parse(await readFile(resolve(import.meta.dirname, "../../prisma/dataset/coventry-hwb-2019-01-14.json"), "utf8")).memberships;
    // The curated memberships of this board in every file, and the days the papers support for each.
    const board = res.data.board;
    const memberships: { personId: string; boardId?: string; startDate?: string; endDate?: string; listedOn?: string[] }[] = [];
    for (const file of (await readdir(curatedDatasetDir)).filter((f) => f.endsWith(".json"))) {
      memberships.push(...(JSON.parse(await readFile(resolve(curatedDatasetDir, file), "utf8")).memberships ?? []));
    }
    const onDay = (day: string) =>
      new Set(
        memberships
          .filter((m) => m.boardId === "coventry-health-and-wellbeing-board")
          .filter((m) => (m.startDate !== undefined && m.startDate <= day && (m.endDate === undefined || day <= m.endDate)) || (m.listedOn ?? []).includes(day))
          .map((m) => m.personId),
      );
    const people = (members: any[]) => new Set(members.map((m) => m.person.id));
    expect(board.in2013).toEqual([]);
    expect(people(board.in2017)).toEqual(onDay("2017-09-04"));
    expect(people(board.later)).toEqual(onDay("2019-04-08"));
    expect(board.onPackDate).toHaveLength(roster.length);
    expect(board.atMeeting).toHaveLength(20);
    expect(people(board.atMeeting)).toEqual(new Set(roster.map((m: any) => m.personId)));
    expect(new Set(board.atMeeting.map((m: any) => m.dating))).toEqual(new Set(["LISTED"]));
    expect(board.atMeeting.every((m: any) => m.listedOn.includes("2019-01-04") && m.listedOn.includes("2019-01-14"))).toBe(true);
  });

  it("finds a phrase in the papers, ranked, with its line and the records of every subgraph that cite it", async () => {
    const res = await hub.query(`{
      searchSources(text: "Kooth contract") { excerpt { documentId firstLine lastLine text } citedBy { type key asWritten } }
      phrase: searchSources(text: "\\"notionally be split\\"", documentId: "warwickshire-hwb-2013-11-20") { excerpt { firstLine } }
      none: searchSources(text: "zebra crossing") { rank }
    }`);
    expect(res.errors).toBeUndefined();
    const text = (await readFile(resolve(loadConfig().PLACEGRAPH_SOURCES_DIR, "002_66b854f02e2a154a.txt"), "utf8")).split("\n");
    expect(res.data.searchSources).toEqual([{
      excerpt: { documentId: "coventry-camhs-ltp-refresh-2023", firstLine: 113, lastLine: 113, text: text[112] },
      // By where each record's source starts: the whole report first, then the records of line 113.
      citedBy: [
        { type: "Report", key: "coventry-camhs-ltp-refresh-2023", asWritten: "Children Adolescent Mental Health System (CAMHS) Local Transformation Plan refresh 2023/2024" },
        { type: "Contract", key: "kooth", asWritten: "the contract for Kooth" },
        { type: "ContractCommissioner", key: "kooth, coventry-and-warwickshire-icb, CURRENT", asWritten: "ICB have now taken a lead on the contract" },
        { type: "ContractCommissioner", key: "kooth, coventry-city-council, PREVIOUS", asWritten: "from both Coventry City Council" },
        { type: "ContractCommissioner", key: "kooth, warwickshire-county-council, PREVIOUS", asWritten: "and Warwickshire County Council" },
        { type: "Milestone", key: "kooth-contract-end", asWritten: "contract is in place until end of March 2025" },
        { type: "Organisation", key: "kooth", asWritten: "Kooth" },
        { type: "Responsibility", key: "LEADS, kooth, coventry-and-warwickshire-icb", asWritten: "ICB have now taken a lead on the contract for Kooth" },
      ],
    }]);
    expect(res.data.phrase).toEqual([{ excerpt: { firstLine: 4460 } }]);
    expect(res.data.none).toEqual([]);
    const blank = await hub.query(`{ searchSources(text: "  ") { rank } }`);
    expect(blank.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["BAD_USER_INPUT", "text must not be empty"]]);
  });

  it("searches in four SQL statements however many hits: the ranked lines, the records citing them, the lines' text and documents", async () => {
    const search = (first: number) => `{ searchSources(text: "contract", first: ${first}) {
      rank excerpt { documentId firstLine lastLine text } citedBy { type key source { firstLine lastLine text } } } }`;
    const counted = async (first: number) => {
      let res: any;
      const { count, sql } = await countStatements(hub.db, async () => {
        res = await hub.query(search(first));
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.searchSources).toHaveLength(first);
      return { count, sql };
    };
    const one = await counted(1);
    const many = await counted(40);
    // 1. websearch_to_tsquery over SourceLine, 2. the citing records of every sourced table in one
    // UNION ALL, 3. the lines of every excerpt (the hits' and the citing records') in one batch,
    // 4. their documents in one batch (3 and 4 are sent together, in either order).
    expect({ one: one.count, many: many.count }).toEqual({ one: 4, many: 4 });
    const kind = (q: string) =>
      q.includes("websearch_to_tsquery") ? "search" : q.includes("UNION ALL") ? "citations" : q.includes('"SourceLine"') ? "lines" : q.includes('"SourceDocument"') ? "documents" : q;
    const kinds = many.sql.map(kind);
    expect([...kinds.slice(0, 2), ...kinds.slice(2).sort()]).toEqual(["search", "citations", "documents", "lines"]);
  });

  it("has a GIN index the search's own statement can use on this backend", async () => {
    const plan = await hub.db.prisma.$transaction(async (tx) => {
      // The curated papers are small enough that the planner may prefer reading every line; off
      // sequential scans, the plan shows whether the index matches the statement's expression.
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${searchStatement("Kooth contract", null, 20)}`);
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/Bitmap Index Scan on "?SourceLine_text_search_idx"?/);
  });

  it("finds programmes and strategies by the names the papers write, not only the stored one", async () => {
    const res = await hub.query(`{
      written: programmeByName(name: "The DWP / ESF Programme relating to Families with Multiple Problems") { id }
      spaced: programmeByName(name: "DWP/ ESF Programme relating to Families with Multiple Problems") { id }
      withThe: strategyByName(name: "The Warwickshire Joint Health and Wellbeing Strategy 2012-15") { id }
      hyphenated: strategyByName(name: "Warwickshire Joint Health and Well-being Strategy 2012-15") { id }
      unknown: strategyByName(name: "A strategy nobody wrote") { id }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      written: { id: "priority-families-dwp-esf" },
      spaced: { id: "priority-families-dwp-esf" },
      withThe: { id: "warwickshire-joint-health-and-wellbeing-strategy-2012-2015" },
      hyphenated: { id: "warwickshire-joint-health-and-wellbeing-strategy-2012-2015" },
      unknown: null,
    });
  });

  it("loads contracts with their commissioners, extensions, key dates and leads in a fixed number of statements", async () => {
    const query = `{
      contracts { id commissioners { status organisation { name } } extensions { months } milestones { id programme { id } } responsibilities { role } fundingLinks { id } }
      milestones { id contract { id title } programme { name } }
    }`;
    let res: any;
    const { count } = await countStatements(hub.db, async () => {
      res = await hub.query(query);
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.contracts).toHaveLength(2);
    expect(res.data.milestones.map((m: any) => m.id)).toEqual(["mhst-wave-9-start", "kooth-contract-end"]);
    // contracts; commissioners; extensions; funding links; organisations; milestones and
    // responsibilities of the contracts; the milestones query; their contracts; their programmes.
    expect(count).toBe(10);
  });
});
