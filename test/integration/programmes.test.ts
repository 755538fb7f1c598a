// The programmes subgraph through the embedded gateway over HTTP, on PGlite and PostgreSQL,
// against the seed fixture (facts from the board papers), plus the statement count of a list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { backends, countStatements, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL } from "../support/hub.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

const HWBS = "coventry-health-and-wellbeing-strategy-2016-2019";
const src = (documentId: string, firstLine: number, lastLine = firstLine) => ({ documentId, firstLine, lastLine });

describe.each(backends)("programmes subgraph on %s", (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  });
  afterAll(() => hub?.close());

  it("serves the BHBCBV tree: its workstreams in the papers' order, leads from partners, aliases and source", async () => {
    const res = await hub.query(`{
      programme(id: "bhbcbv") {
        name shortName kind status aliases asWritten source { documentId firstLine lastLine }
        leadPerson { id name } leadOrganisation { id } parent { id }
        children { id kind name parent { id } }
        proactive: children { children { id kind name shortName startDate leadOrganisation { id name } leadPerson { name } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const bhbcbv = res.data.programme;
    expect(bhbcbv).toMatchObject({
      name: "Better Health, Better Care, Better Value",
      shortName: "BHBCBV",
      kind: "PROGRAMME",
      status: "ACTIVE",
      asWritten: "Better Health, Better Care, Better Value Programme Update",
      source: src("coventry-hwb-2019-01-14", 38, 40),
      leadPerson: { id: "rachael-danter", name: "Rachael Danter" },
      leadOrganisation: null,
      parent: null,
    });
    expect(bhbcbv.aliases).toEqual([
      "BHBCBV",
      "BCBVBH",
      "Better Care, Better Value, Better Health",
      "Better Care, Better Health, Better Value",
      "Better Health Better Care Better Value",
      "Better Health, Better Care and Better Value",
      "Coventry and Warwickshire Sustainability and Transformation Plan",
    ]);
    expect(bhbcbv.children.map((c: any) => [c.kind, c.name])).toEqual([
      ["WORKSTREAM", "Proactive and Preventative"],
      ["WORKSTREAM", "Maternity and Paediatrics"],
      ["WORKSTREAM", "Mental Health and Emotional Wellbeing"],
      ["WORKSTREAM", "Planned Care"],
      ["WORKSTREAM", "Productivity and Efficiency"],
      ["WORKSTREAM", "Urgent and Emergency Care"],
      ["WORKSTREAM", "Estates"],
      ["WORKSTREAM", "Digital Health"],
      ["WORKSTREAM", "Workforce"],
      ["WORKSTREAM", "Cancer"],
      ["PROJECT", "Redesign and Improvement of Stroke Services"],
      ["WORKSTREAM", "Information management and technology"],
      ["WORKSTREAM", "Communications and engagement"],
      ["WORKSTREAM", "Primary care development"],
    ]);
    expect(bhbcbv.children.every((c: any) => c.parent.id === "bhbcbv")).toBe(true);
    // The Out of Hospital programme sits within the Proactive and Preventative workstream (004, line 674).
    expect(bhbcbv.proactive[0].children).toEqual([
      {
        id: "out-of-hospital",
        kind: "PROGRAMME",
        name: "Out of Hospital Programme",
        shortName: "OoH",
        startDate: "2015-01-01",
        leadOrganisation: { id: "coventry-and-rugby-ccg", name: "NHS Coventry and Rugby Clinical Commissioning Group" },
        leadPerson: { name: "Andrea Green" },
      },
    ]);
  });

  it("gives status updates as reported to each meeting, with the words and lines they come from", async () => {
    const res = await hub.query(`{
      programme(id: "bhbcbv") {
        statusUpdates { date status ragRating reportedTo { id } }
        latestStatusUpdate { date }
      }
      cqc: programme(id: "cqc-improvement-plan") {
        status endDate leadPerson { id name aliases }
        statusUpdates { date status summary reportedTo { id } source { documentId firstLine lastLine } }
      }
      pdu: programme(id: "psychiatric-decision-unit") { startDate statusUpdates { date status } }
      primaryCare: programme(id: "bhbcbv-primary-care-development") { statusUpdates { date ragRating summary } }
    }`);
    expect(res.errors).toBeUndefined();
    const { programme, cqc, pdu, primaryCare } = res.data;
    expect(programme.statusUpdates).toEqual([
      { date: "2017-07-10", status: "ACTIVE", ragRating: null, reportedTo: { id: "coventry-hwb-2017-07-10" } },
      { date: "2017-09-04", status: "ACTIVE", ragRating: null, reportedTo: { id: "coventry-hwb-2017-09-04" } },
      { date: "2018-10-08", status: "ACTIVE", ragRating: null, reportedTo: { id: "coventry-hwb-2018-10-08" } },
      { date: "2019-01-14", status: "ACTIVE", ragRating: null, reportedTo: { id: "coventry-hwb-2019-01-14" } },
      { date: "2019-04-08", status: "ACTIVE", ragRating: null, reportedTo: { id: "coventry-hwb-2019-04-08" } },
    ]);
    expect(programme.latestStatusUpdate).toEqual({ date: "2019-04-08" });
    const january = await hub.query(`{ programme(id: "bhbcbv") { statusUpdates { date summary asWritten source { documentId firstLine lastLine } } } }`);
    expect(january.data.programme.statusUpdates[3]).toEqual({
      date: "2019-01-14",
      summary:
        "There has been good progress made on our integrated care system (ICS) roadmap and the next stocktake with NHS England took place on 14th December.",
      asWritten: null,
      source: src("coventry-hwb-2019-01-14", 763),
    });
    // The CQC improvement plan: monitored at two meetings, then presented for completion (001, line 2429).
    expect(cqc.status).toBe("COMPLETED");
    expect(cqc.endDate).toBe("2019-03-31");
    expect(cqc.leadPerson).toEqual({ id: "pete-fahy", name: "Pete Fahy", aliases: ["P Fahy"] });
    expect(cqc.statusUpdates.map((u: any) => [u.date, u.status, u.reportedTo.id, u.source.documentId, u.source.firstLine])).toEqual([
      ["2018-10-08", "ACTIVE", "coventry-hwb-2018-10-08", "coventry-hwb-2019-01-14", 182],
      ["2019-01-14", "ACTIVE", "coventry-hwb-2019-01-14", "coventry-hwb-2019-01-14", 3946],
      ["2019-04-08", "COMPLETED", "coventry-hwb-2019-04-08", "coventry-hwb-2019-04-08", 2429],
    ]);
    expect(cqc.statusUpdates[2].summary).toBe(
      "The improvement plan is owned by the HWBB and, further to routine monitoring reports over the past year, is now presented for approval of completion, with outstanding actions to be taken forward and monitored through other mechanisms.",
    );
    // The Psychiatric Decision Unit: due to start in January (000), live on 11 February (001).
    // The one rating the papers give: the CCGs' General Practice Forward View plans (004, line 584).
    expect(primaryCare.statusUpdates).toEqual([
      {
        date: "2017-09-04",
        ragRating: "GREEN",
        summary:
          "This year’s Shared Planning Guidance included a requirement for every CCG to develop a General Practice Forward View Plan. All three plans have now been rated ‘Green’ (assured) by NHS England.",
      },
    ]);
    expect(pdu).toEqual({ startDate: "2019-02-11", statusUpdates: [{ date: "2019-01-14", status: "PROPOSED" }, { date: "2019-04-08", status: "ACTIVE" }] });
  });

  it("finds a programme by its name, short name or any alias as written", async () => {
    const res = await hub.query(`{
      a: programmeByName(name: "BCBVBH") { id }
      b: programmeByName(name: "better care, better value, better health") { id }
      c: programmeByName(name: "MEAM") { id name parent { id name } endDate }
      d: programmeByName(name: "Priority Families") { id leadOrganisation { id } leadPerson { name aliases } }
      e: programmeByName(name: "Nothing of the sort") { id }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      a: { id: "bhbcbv" },
      b: { id: "bhbcbv" },
      c: {
        id: "mcn-making-every-adult-matter",
        name: "Making Every Adult Matter",
        parent: { id: "multiple-complex-needs", name: "Multiple Complex Needs Programme" },
        endDate: "2022-01-31",
      },
      d: { id: "priority-families", leadOrganisation: { id: "warwickshire-county-council" }, leadPerson: { name: "Nick Gower-Johnson", aliases: ["Nick Gower Johnson"] } },
      e: null,
    });
  });

  it("lists a strategy's priorities in order, its owners from partners and the programmes delivering each", async () => {
    const res = await hub.query(`{
      strategy(id: "${HWBS}") {
        title kind status periodLabel periodStart periodEnd asWritten source { documentId firstLine lastLine }
        owners { id name }
        ownerships { organisation { id } asWritten source { firstLine } }
        priorities { position title asWritten source { documentId firstLine lastLine } programmes { id } }
        programmes { id }
        deliveries { programme { id } priority { position } asWritten source { documentId firstLine lastLine } }
        approvedBy { id }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const s = res.data.strategy;
    expect(s).toMatchObject({
      title: "Coventry Health and Wellbeing Strategy 2016-19",
      kind: "STRATEGY",
      status: "ACTIVE",
      periodLabel: "2016-19",
      periodStart: "2016-01-01",
      periodEnd: "2019-12-31",
      asWritten: "Coventry Health and Wellbeing Strategy 2016-19",
      source: src("coventry-hwb-2019-04-08", 933, 935),
      owners: [
        { id: "coventry-and-rugby-ccg", name: "NHS Coventry and Rugby Clinical Commissioning Group" },
        { id: "coventry-city-council", name: "Coventry City Council" },
      ],
      approvedBy: null,
    });
    expect(s.ownerships[0].source).toEqual({ firstLine: 929 });
    expect(s.priorities).toEqual([
      {
        position: 1,
        title: "Working together as a Marmot City: reducing health and wellbeing inequalities",
        asWritten: "Working together as a Marmot City: reducing health and wellbeing inequalities",
        source: src("coventry-hwb-2019-04-08", 939),
        programmes: [{ id: "marmot-city" }],
      },
      {
        position: 2,
        title: "Improving the health and wellbeing of individuals with multiple complex needs",
        asWritten: "Improving the health and wellbeing of individuals with multiple complex needs; and",
        source: src("coventry-hwb-2019-04-08", 940),
        programmes: [{ id: "multiple-complex-needs" }],
      },
      {
        position: 3,
        title: "Developing an integrated health and care system that provides the right help and support to enable people to live their lives well",
        asWritten: "Developing an integrated health and care system that provides the right help and support to enable people to live their lives well",
        source: src("coventry-hwb-2019-04-08", 941),
        programmes: [{ id: "bhbcbv" }, { id: "year-of-wellbeing" }],
      },
    ]);
    expect(s.programmes).toEqual([{ id: "bhbcbv" }, { id: "year-of-wellbeing" }, { id: "marmot-city" }, { id: "multiple-complex-needs" }]);
    expect(s.deliveries).toContainEqual({
      programme: { id: "multiple-complex-needs" },
      priority: { position: 2 },
      asWritten:
        "the priority of the Coventry Health and Wellbeing Strategy (2016-2019) on Improving the health and wellbeing of individuals with multiple complex needs",
      source: src("coventry-hwb-2019-01-14", 676),
    });
  });

  it("records approvals: the board, the meeting when it is in the hub, and the words and lines", async () => {
    const res = await hub.query(`{
      cqc: strategy(id: "coventry-cqc-improvement-plan-2018") {
        kind status approvedBy { id name } approvedAt { id } approvedOn approvalAsWritten approvalSource { documentId firstLine lastLine }
        priorities { position title description }
      }
      concordat: strategy(id: "coventry-prevention-concordat-for-better-mental-health") {
        status approvedAt { id } approvedOn approvalSource { documentId firstLine lastLine }
        priorities { position title }
      }
      board(id: "coventry-health-and-wellbeing-board") { strategiesApproved { id approvedOn } }
    }`);
    expect(res.errors).toBeUndefined();
    const { cqc, concordat, board } = res.data;
    // Approved on 9 April 2018 (000, line 3919), at a meeting the hub does not hold.
    expect(cqc).toMatchObject({
      kind: "ACTION_PLAN",
      status: "COMPLETED",
      approvedBy: { id: "coventry-health-and-wellbeing-board", name: "Coventry Health and Wellbeing Board" },
      approvedAt: null,
      approvedOn: "2018-04-09",
      approvalAsWritten: "This plan was approved by the HWBB on 9 April 2018",
      approvalSource: src("coventry-hwb-2019-01-14", 3919),
    });
    expect(cqc.priorities.map((p: any) => p.title)).toEqual([
      "Vision and strategy",
      "Engagement and Involvement",
      "Performance, pace and drive",
      "Flow and use of capacity",
      "Market development",
      "Workforce",
      "Information sharing and system navigation",
    ]);
    expect(cqc.priorities[5].description).toBe("A clear approach to ensuring how the local workforce will be developed to meet population needs for health and care");
    expect(concordat).toMatchObject({
      status: "APPROVED",
      approvedAt: { id: "coventry-hwb-2019-01-14" },
      approvedOn: "2019-01-14",
      approvalSource: src("coventry-hwb-2019-04-08", 344),
    });
    expect(concordat.priorities.map((p: any) => p.title)).toEqual([
      "Leadership and direction",
      "Understanding local need and assets",
      "Working together",
      "Taking action",
      "Defining success",
    ]);
    expect(board.strategiesApproved).toEqual([
      { id: "coventry-cqc-improvement-plan-2018", approvedOn: "2018-04-09" },
      { id: "coventry-and-warwickshire-camhs-transformation-plan-2015-2020", approvedOn: "2019-01-14" },
      { id: "coventry-prevention-concordat-for-better-mental-health", approvedOn: "2019-01-14" },
    ]);
  });

  it("joins programmes and strategies onto partners' organisations and people through the gateway", async () => {
    const res = await hub.query(`{
      wmp: organisation(id: "west-midlands-police") { name ledProgrammes { id name children { name } } }
      ccc: organisation(id: "coventry-city-council") {
        all: ledProgrammes { id } completed: ledProgrammes(status: COMPLETED) { id } proposed: ledProgrammes(status: PROPOSED) { id }
        strategiesOwned { id }
      }
      crccg: organisation(id: "coventry-and-rugby-ccg") { strategiesOwned { id } }
      person(id: "rachael-danter") { name ledProgrammes { id } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.wmp).toEqual({
      name: "West Midlands Police",
      ledProgrammes: [
        {
          id: "multiple-complex-needs",
          name: "Multiple Complex Needs Programme",
          children: [
            { name: "Housing First" },
            { name: "Steps for Change" },
            { name: "Experts by Experience" },
            { name: "Case Management Forum" },
            { name: "Making Every Adult Matter" },
            { name: "Evaluation" },
          ],
        },
      ],
    });
    expect(res.data.ccc).toEqual({
      all: [{ id: "cqc-improvement-plan" }, { id: "year-of-wellbeing" }, { id: "marmot-city" }],
      completed: [{ id: "cqc-improvement-plan" }],
      proposed: [],
      strategiesOwned: [{ id: HWBS }, { id: "coventry-health-and-wellbeing-strategy-2019-2022" }, { id: "coventry-physical-activity-framework-2019-2024" }],
    });
    expect(res.data.crccg.strategiesOwned).toEqual([
      { id: HWBS },
      { id: "coventry-health-and-wellbeing-strategy-2019-2022" },
      { id: "coventry-and-warwickshire-camhs-transformation-plan-2015-2020" },
      { id: "warwickshire-commissioning-intentions-2014-2015" },
    ]);
    expect(res.data.person).toEqual({ name: "Rachael Danter", ledProgrammes: [{ id: "bhbcbv" }] });
  });

  it("filters, sorts and pages strategies", async () => {
    const res = await hub.query(`{
      all: strategies { totalCount items { id } }
      plans: strategies(filter: { kinds: [PLAN] }) { totalCount }
      drafts: strategies(filter: { statuses: [DRAFT] }) { totalCount }
      activeStrategies: strategies(filter: { kinds: [STRATEGY], statuses: [ACTIVE] }) { items { id } }
      owned: strategies(filter: { ownerId: "west-midlands-combined-authority" }) { items { id } }
      inForce: strategies(filter: { activeOn: "2019-01-14" }) { totalCount items { id } }
      oldest: strategies(orderBy: PERIOD_START, limit: 3) { totalCount limit offset hasMore items { id periodStart } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data;
    expect(d.all.totalCount).toBe(10);
    expect(d.all.items.map((s: any) => s.id)).toEqual([
      "camhs-local-transformation-plan-2023-2024",
      HWBS,
      "coventry-health-and-wellbeing-strategy-2019-2022",
      "coventry-physical-activity-framework-2019-2024",
      "coventry-and-warwickshire-camhs-transformation-plan-2015-2020",
      "coventry-cqc-improvement-plan-2018",
      "wcc-people-group-commissioning-intentions-2014-2015",
      "coventry-prevention-concordat-for-better-mental-health",
      "warwickshire-joint-health-and-wellbeing-strategy-2012-2015",
      "warwickshire-commissioning-intentions-2014-2015",
    ]);
    expect(d.plans.totalCount).toBe(4);
    expect(d.drafts.totalCount).toBe(5);
    expect(d.activeStrategies.items).toEqual([{ id: HWBS }, { id: "warwickshire-joint-health-and-wellbeing-strategy-2012-2015" }]);
    expect(d.owned.items).toEqual([{ id: "coventry-physical-activity-framework-2019-2024" }]);
    // The concordat has no period, so it is never "active on" a day.
    expect(d.inForce).toEqual({
      totalCount: 5,
      items: [
        { id: HWBS },
        { id: "coventry-health-and-wellbeing-strategy-2019-2022" },
        { id: "coventry-physical-activity-framework-2019-2024" },
        { id: "coventry-and-warwickshire-camhs-transformation-plan-2015-2020" },
        { id: "coventry-cqc-improvement-plan-2018" },
      ],
    });
    expect(d.oldest).toEqual({
      totalCount: 10,
      limit: 3,
      offset: 0,
      hasMore: true,
      items: [
        { id: "warwickshire-joint-health-and-wellbeing-strategy-2012-2015", periodStart: "2012-01-01" },
        { id: "wcc-people-group-commissioning-intentions-2014-2015", periodStart: "2014-04-01" },
        { id: "warwickshire-commissioning-intentions-2014-2015", periodStart: "2014-04-01" },
      ],
    });
  });

  it("filters, sorts and pages programmes", async () => {
    const res = await hub.query(`{
      all: programmes(limit: 1) { totalCount }
      roots: programmes(filter: { rootsOnly: true }) { totalCount items { id } }
      rootsPage: programmes(filter: { rootsOnly: true }, limit: 2, offset: 2) { totalCount hasMore items { id } }
      projects: programmes(filter: { kinds: [PROJECT] }) { totalCount }
      proposed: programmes(filter: { statuses: [PROPOSED] }) { items { id } }
      byCouncil: programmes(filter: { leadOrganisationId: "coventry-city-council" }) { items { id } }
      text: programmes(filter: { text: "mental health" }) { items { id } }
      alias: programmes(filter: { text: "bcbvbh" }) { items { id } }
      earliest: programmes(orderBy: START_DATE, limit: 4) { items { id startDate } }
      next: programmes(orderBy: START_DATE, limit: 2, offset: 4) { items { id startDate } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data;
    expect(d.all.totalCount).toBe(43);
    expect(d.roots).toEqual({
      totalCount: 7,
      items: [
        { id: "bhbcbv" },
        { id: "camhs-transformation" },
        { id: "cqc-improvement-plan" },
        { id: "year-of-wellbeing" },
        { id: "marmot-city" },
        { id: "multiple-complex-needs" },
        { id: "priority-families" },
      ],
    });
    expect(d.rootsPage).toEqual({ totalCount: 7, hasMore: true, items: [{ id: "cqc-improvement-plan" }, { id: "year-of-wellbeing" }] });
    expect(d.projects.totalCount).toBe(12);
    expect(d.proposed.items).toEqual([{ id: "mcn-housing-first" }]);
    expect(d.byCouncil.items).toEqual([{ id: "cqc-improvement-plan" }, { id: "year-of-wellbeing" }, { id: "marmot-city" }]);
    expect(d.text.items).toEqual([
      { id: "camhs-transformation" },
      { id: "camhs-mental-health-support-teams" },
      { id: "bhbcbv-mental-health-and-emotional-wellbeing" },
    ]);
    expect(d.alias.items).toEqual([{ id: "bhbcbv" }]);
    expect(d.earliest.items).toEqual([
      { id: "priority-families-dclg-troubled-families", startDate: "2012-04-01" },
      { id: "priority-families-dwp-esf", startDate: "2012-04-01" },
      { id: "marmot-city", startDate: "2013-01-01" },
      { id: "bhbcbv-stroke", startDate: "2014-04-01" },
    ]);
    expect(d.next.items).toEqual([
      { id: "camhs-transformation", startDate: "2015-01-01" },
      { id: "out-of-hospital", startDate: "2015-01-01" },
    ]);
  });

  it("refuses bad input with clear errors naming the argument", async () => {
    const text = await hub.query(`{ programmes(filter: { text: " a " }) { totalCount } }`);
    expect(text.errors?.[0].message).toBe('filter.text must have at least 2 characters, got " a "');
    expect(text.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "filter.text" });
    const blank = await hub.query(`{ programmeByName(name: "   ") { id } }`);
    expect(blank.errors?.[0].message).toBe('name must not be blank, got "   "');
    expect(blank.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const owner = await hub.query(`{ strategies(filter: { ownerId: "" }) { totalCount } }`);
    expect(owner.errors?.[0].message).toBe('filter.ownerId must not be blank, got ""');
    const day = await hub.query(`query($day: Date) { strategies(filter: { activeOn: $day }) { totalCount } }`, { day: "2019-02-30" });
    expect(day.errors?.map((e) => e.message)).toEqual([
      'Variable "$day" got invalid value "2019-02-30"; Date cannot represent an invalid date-string 2019-02-30.',
    ]);
    const page = await hub.query(`{ programmes(limit: 0) { totalCount } }`);
    expect(page.errors?.[0].message).toBe("limit must be between 1 and 500, got 0");
  });
});

// N+1 is a bug: a page of N programmes with parent, children, leads (resolved in partners) and
// status updates costs the same number of SQL statements whatever N is.
describe.each(backends)("programmes list batching on %s", (backend) => {
  let db: TestDatabase;
  let gateway: HttpHost;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    await fill(db);
    gateway = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.dispose();
  });

  it.each([5, 200])("lists %i projects with parent, children, leads and status updates in seven statements", async (n) => {
    const query = `query($n: Int!) {
      programmes(filter: { kinds: [PROJECT] }, limit: $n) {
        totalCount
        items { id parent { id name } children { id } leadOrganisation { id name } leadPerson { id name } statusUpdates { date summary } }
      }
    }`;
    let res: any;
    const { count } = await countStatements(db, async () => {
      res = await postGraphQL(gateway.url, query, { n });
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.programmes.totalCount).toBe(200);
    expect(res.data.programmes.items).toHaveLength(n);
    expect(res.data.programmes.items[1]).toEqual({
      id: "project-001",
      parent: { id: "programme-01", name: "Programme 01" },
      children: [],
      leadOrganisation: { id: "org-01", name: "Organisation 01" },
      leadPerson: { id: "person-01", name: "Person 01" },
      statusUpdates: [
        { date: "2019-01-14", summary: "Update 1 on project-001" },
        { date: "2019-04-08", summary: "Update 2 on project-001" },
      ],
    });
    // The page, its count, parents, children, status updates; organisations and people in partners.
    expect(count).toBe(7);
  });
});

const pad = (i: number, width: number) => String(i).padStart(width, "0");

async function fill(db: TestDatabase) {
  const { prisma } = db;
  await prisma.organisation.createMany({ data: Array.from({ length: 10 }, (_, i) => ({ id: `org-${pad(i, 2)}`, name: `Organisation ${pad(i, 2)}`, sector: "OTHER" as const })) });
  await prisma.person.createMany({ data: Array.from({ length: 7 }, (_, i) => ({ id: `person-${pad(i, 2)}`, name: `Person ${pad(i, 2)}` })) });
  await prisma.programme.createMany({
    data: Array.from({ length: 20 }, (_, i) => ({ id: `programme-${pad(i, 2)}`, kind: "PROGRAMME" as const, name: `Programme ${pad(i, 2)}`, status: "ACTIVE" as const })),
  });
  const projects = Array.from({ length: 200 }, (_, i) => `project-${pad(i, 3)}`);
  await prisma.programme.createMany({
    data: projects.map((id, i) => ({
      id, kind: "PROJECT" as const, name: `Project ${pad(i, 3)}`, status: "ACTIVE" as const, parentId: `programme-${pad(i % 20, 2)}`,
      leadOrganisationId: `org-${pad(i % 10, 2)}`, leadPersonId: `person-${pad(i % 7, 2)}`,
    })),
  });
  await prisma.statusUpdate.createMany({
    data: projects.flatMap((id) => [
      { programmeId: id, date: new Date("2019-04-08"), status: "ACTIVE" as const, summary: `Update 2 on ${id}` },
      { programmeId: id, date: new Date("2019-01-14"), status: "ACTIVE" as const, summary: `Update 1 on ${id}` },
    ]),
  });
}
