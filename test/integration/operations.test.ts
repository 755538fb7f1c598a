// The named operations in schema/operations/: what analysts and partner systems ask the hub.
// Each file holds one named query whose name matches the file name; this test checks that, checks
// the documents against the published supergraph, and runs every operation (with the variables
// in the table below) against a seeded hub on PGlite and on PostgreSQL, expecting the exact answer.
// The expected figures, names and line numbers were taken from the seed documents
// (sources/*.txt) and the facts recorded from them, not from the hub's output; the
// comment above each case names the lines.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  buildSchema,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLSchema,
  isObjectType,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../support/databases.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

const root = resolve(import.meta.dirname, "../..");
const operationsDir = resolve(root, "schema/operations");

interface OperationFile {
  file: string;
  text: string;
  document: DocumentNode;
  operations: OperationDefinitionNode[];
}

const files: OperationFile[] = readdirSync(operationsDir)
  .filter((f) => f.endsWith(".graphql"))
  .sort()
  .map((file) => {
    const text = readFileSync(resolve(operationsDir, file), "utf8");
    const document = parse(text);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return { file, text, document, operations };
  });

/** "PartnerFundingByYear" -> "partner-funding-by-year". */
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();

// ---------------------------------------------------------------------------------------------
// Facts used by many cases.

const JAN19 = "coventry-hwb-2019-01-14"; // 000_0acbd59825e2002a.txt, the pack of 14 January 2019
const APR19 = "coventry-hwb-2019-04-08"; // 001_a1962bd04f6d0873.txt, the pack of 8 April 2019
const CAMHS23 = "coventry-camhs-ltp-refresh-2023"; // 002_66b854f02e2a154a.txt
const WARKS13 = "warwickshire-hwb-2013-11-20"; // 003_7976878203b5d6a9.txt
const SEP17 = "coventry-hwb-2017-09-04"; // 004_e7b8ad470a829e92.txt
const COVENTRY_BOARD = "coventry-health-and-wellbeing-board";

const src = (documentId: string, firstLine: number, lastLine = firstLine) => ({ documentId, firstLine, lastLine });

const ORGANISATIONS: Record<string, string> = {
  "coventry-city-council": "Coventry City Council",
  "warwickshire-county-council": "Warwickshire County Council",
  "coventry-and-rugby-ccg": "NHS Coventry and Rugby Clinical Commissioning Group",
  "south-warwickshire-ccg": "NHS South Warwickshire Clinical Commissioning Group",
  "warwickshire-north-ccg": "NHS Warwickshire North Clinical Commissioning Group",
  "coventry-and-warwickshire-icb": "NHS Coventry and Warwickshire Integrated Care Board",
  "coventry-and-warwickshire-stp": "Coventry and Warwickshire Sustainability and Transformation Partnership",
  cwpt: "Coventry and Warwickshire Partnership NHS Trust",
  uhcw: "University Hospitals Coventry and Warwickshire NHS Trust",
  "george-eliot-hospital": "George Eliot Hospital NHS Trust",
  "nhs-england": "NHS England",
  "west-midlands-police": "West Midlands Police",
  "west-midlands-fire-service": "West Midlands Fire Service",
  "healthwatch-coventry": "Healthwatch Coventry",
  "voluntary-action-coventry": "Voluntary Action Coventry",
  "coventry-university": "Coventry University",
  "university-of-warwick": "University of Warwick",
  "department-for-communities-and-local-government": "Department for Communities and Local Government",
};
const org = (id: string) => {
  const name = ORGANISATIONS[id];
  if (!name) throw new Error(`test table: no name for organisation ${id}`);
  return { id, name };
};

const PEOPLE: Record<string, string> = {
  "kamran-caan": "Kamran Caan",
  "p-seaman": "P Seaman",
  "k-taylor": "K Taylor",
  "guy-daly": "Guy Daly",
  "liz-gaulton": "Liz Gaulton",
  "simon-gilby": "Simon Gilby",
  "andrea-green": "Andrea Green",
  "andy-hardy": "Andy Hardy",
  "ruth-light": "Ruth Light",
  "caroline-meyer": "Caroline Meyer",
  "gail-quinton": "Gail Quinton",
  "sarah-raistrick": "Sarah Raistrick",
  "matt-gilks": "Matt Gilks",
  "chris-ham": "Chris Ham",
  "liz-knight": "Liz Knight",
  "debbie-dawson": "Debbie Dawson",
  "rebekah-eaves": "Rebekah Eaves",
  "pete-fahy": "Pete Fahy",
  "jane-fowles": "Jane Fowles",
  "john-gregg": "John Gregg",
  "richard-limb": "Richard Limb",
  "faye-abbott": "Faye Abbott",
  "g-duggins": "G Duggins",
  "stephen-banbury": "Stephen Banbury",
  "rachael-danter": "Rachael Danter",
  "mike-ohara": "Mike O'Hara",
  "martin-reeves": "Martin Reeves",
  "richard-stanton": "Richard Stanton",
  "john-mason": "John Mason",
  "kevin-mcgee": "Kevin McGee",
  "nick-gower-johnson": "Nick Gower-Johnson",
  "paul-hooper": "Paul Hooper",
  "john-linnane": "John Linnane",
  "chris-lewington": "Chris Lewington",
  "angela-warner": "Angela Warner",
  "chris-norton": "Chris Norton",
  "cornelia-heaney": "Cornelia Heaney",
  "dara-lloyd": "Dara Lloyd",
  "louise-birta": "Louise Birta",
  "david-ashmore": "David Ashmore",
};
const person = (id: string) => {
  const name = PEOPLE[id];
  if (!name) throw new Error(`test table: no name for person ${id}`);
  return { id, name };
};

/** 000:156, quoted whole by the pool total and both contributions of the Coventry BCF 2017-19. */
const BCF_LINE_156 =
  "The report indicated that the fund remained the primary tool to deliver integration of health and social care. The total value of the 2017-19 pooled budget was £179.502m, made up of £63.897m of City Council resource and £115.605m of CCG resource covering this 2 year period. The additional funding enabled investment in a number of initiatives intended to reduce system demand and improve patient flow. The governance arrangements required oversight by the Board.";

// ---------------------------------------------------------------------------------------------
// The table: for each operation, one or more sets of variables and the exact answer.

interface Case {
  label: string;
  variables: Record<string, unknown>;
  check(data: any): void;
}

const byKey = <T,>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));

const cases: Record<string, Case[]> = {
  PartnerFundingByYear: [
    {
      // 004:851-852 Table 1 "Value of Scope of Services": Coventry 21,700,479 and Rugby 5,313,621
      // (both NHS Coventry and Rugby CCG) in 2017/18; its other contributions state no year:
      // 000:156 £115.605m BCF, 000:2892 £628,000 and 000:2894 £250,000 CAMHS allocations.
      label: "NHS Coventry and Rugby CCG in 2017/18",
      variables: { organisationId: "coventry-and-rugby-ccg", financialYear: "2017/18" },
      check: (data) =>
        expect(data).toEqual({
          organisation: {
            ...org("coventry-and-rugby-ccg"),
            fundingContributions: [
              {
                contributor: "Coventry", financialYear: "2017/18", amount: "21700479.00", asWritten: "21,700,479", source: src(SEP17, 851),
                pool: { id: "out-of-hospital-in-scope-2017-18", name: "Out of Hospital services in scope: commissioners' current expenditure 2017/18", kind: "CONTRACT_BUDGET" },
              },
              {
                contributor: "Rugby", financialYear: "2017/18", amount: "5313621.00", asWritten: "5,313,621", source: src(SEP17, 852),
                pool: { id: "out-of-hospital-in-scope-2017-18", name: "Out of Hospital services in scope: commissioners' current expenditure 2017/18", kind: "CONTRACT_BUDGET" },
              },
            ],
            allocationsReceived: [],
            grantsReceived: [],
            fundingReceived: { financialYear: "2017/18", allocationsTotal: "0.00", allocationCount: 0, grantsTotal: "0.00", grantCount: 0, total: "0.00" },
          },
          contributionsByYear: [
            // 21,700,479 + 5,313,621
            { key: "2017/18", label: "2017/18", financialYear: "2017/18", total: "27014100.00", count: 2 },
            // 115,605,000 + 628,000 + 250,000
            { key: "not-stated", label: "Financial year not stated", financialYear: null, total: "116483000.00", count: 3 },
          ],
        }),
    },
    {
      // 000:156 "£63.897m of City Council resource" for the whole 2017-19 pool, no single year.
      label: "Coventry City Council, every year",
      variables: { organisationId: "coventry-city-council", financialYear: null },
      check: (data) =>
        expect(data).toEqual({
          organisation: {
            ...org("coventry-city-council"),
            fundingContributions: [
              {
                contributor: "City Council resource", financialYear: null, amount: "63897000.00", asWritten: "£63.897m", source: src(JAN19, 156),
                pool: { id: "coventry-bcf-2017-19", name: "Coventry Better Care Fund 2017-19 pooled budget", kind: "BCF" },
              },
            ],
            allocationsReceived: [],
            grantsReceived: [],
            fundingReceived: { financialYear: null, allocationsTotal: "0.00", allocationCount: 0, grantsTotal: "0.00", grantCount: 0, total: "0.00" },
          },
          contributionsByYear: [{ key: "not-stated", label: "Financial year not stated", financialYear: null, total: "63897000.00", count: 1 }],
        }),
    },
  ],

  FundingPoolStatement: [
    {
      // 003:4423 "the figure for Warwickshire is £8m"; 003:4449-4454 the £'000 spending table
      // (4,348 + 1,600 + 150 + 1,400 + 500 = Total 7,998); 003:4560-4561 "Amount £7,997,949";
      // 003:4626 "paid in one instalment of £7,997,949".
      label: "the Warwickshire s256 transfer 2013/14",
      variables: { poolId: "warwickshire-s256-2013-14", financialYear: null },
      check: (data) => {
        const allocation = (purpose: string, amount: string, asWritten: string, line: number, plannedOutput: string) => ({
          purpose, financialYear: "2013/14", amount, plannedOutput, asWritten, source: src(WARKS13, line), recipient: null, fundedBy: null, programme: null,
        });
        expect(data.fundingPool).toEqual({
          id: "warwickshire-s256-2013-14",
          name: "Funding Transfer from NHS England to Warwickshire County Council 2013/14",
          kind: "S256_TRANSFER",
          financialYears: ["2013/14"],
          periodStart: "2013-04-01",
          periodEnd: "2014-03-31",
          total: "7997949.00",
          asWritten: "£7,997,949",
          source: src(WARKS13, 4560, 4561),
          hostOrganisation: org("warwickshire-county-council"),
          area: { code: "E10000031", name: "Warwickshire" },
          contributions: [
            { contributor: "NHS England", organisation: org("nhs-england"), financialYear: "2013/14", amount: "7997949.00", asWritten: "one instalment of £7,997,949", source: src(WARKS13, 4626) },
          ],
          // by year, then id (the purpose's slug)
          allocations: [
            allocation("Dementia Care", "500000.00", "500", 4453, "Hours of homecare provided (approximately 34,000)"),
            allocation("Integrated Community Equipment Services", "1400000.00", "1,400", 4452, "Number of items of equipment issued (approximately 17,000)"),
            allocation("Reablement", "4348000.00", "4,348", 4449, "Number of episodes of reablement provided (approximately 2,300)"),
            allocation("Respite Care", "1600000.00", "1,600", 4450, "Number of bed days provided (approximately 5,300)"),
            allocation("Telecare", "150000.00", "150", 4451, "Number of service users supported (approximately 500)"),
          ],
          contributedTotal: "7997949.00",
          allocatedTotal: "7998000.00",
          statedTotals: expect.any(Array),
        });
        expect(data.fundingPool.statedTotals).toHaveLength(2);
        expect(data.fundingPool.statedTotals).toEqual(
          expect.arrayContaining([
            // "£8m" against the £7,997,949 actually transferred: 2,051 apart.
            {
              label: "Warwickshire's share of the 2013/14 national transfer", measure: "CONTRIBUTIONS", financialYear: "2013/14", organisation: null, amount: "8000000.00", asWritten: "£8m",
              source: src(WARKS13, 4423), computedTotal: "7997949.00", difference: "2051.00",
            },
            {
              label: "Total", measure: "ALLOCATIONS", financialYear: "2013/14", organisation: null, amount: "7998000.00", asWritten: "7,998",
              source: src(WARKS13, 4454), computedTotal: "7998000.00", difference: "0.00",
            },
          ]),
        );
      },
    },
    {
      // 000:2881-2894 Table 30. The paper's own "Total:" row (000:2891) is £327,213 for SWCCG,
      // though its six lines add up to £329,212, and £262,132 for WNCCG against £262,131.
      label: "the CAMHS baseline indicative costs, whose stated totals contradict their lines",
      variables: { poolId: "camhs-ltp-baseline-indicative-costs", financialYear: null },
      check: (data) => {
        const pool = data.fundingPool;
        expect(pool).toMatchObject({
          id: "camhs-ltp-baseline-indicative-costs",
          kind: "OTHER",
          financialYears: [],
          total: null,
          asWritten: "TABLE 30. BASELINE INDICATIVE COSTS",
          source: src(JAN19, 2881, 2892),
          hostOrganisation: null,
          area: null,
          contributedTotal: "1236000.00", // 628,000 + 346,000 + 262,000 (the "Funding Allocation:" row, 000:2892)
          allocatedTotal: "1219343.00", // 628,000 + 329,212 + 262,131
        });
        expect(pool.contributions).toHaveLength(3);
        expect(pool.contributions).toContainEqual({
          contributor: "SWCCG Funding Allocation", organisation: org("south-warwickshire-ccg"), financialYear: null, amount: "346000.00", asWritten: "£346,000", source: src(JAN19, 2892),
        });
        expect(pool.allocations).toHaveLength(18);
        expect(pool.allocations).toContainEqual({
          purpose: "Priority 2: waiting times", financialYear: null, amount: "92333.00", plannedOutput: null, asWritten: "£92,333", source: src(JAN19, 2886),
          recipient: null, fundedBy: org("south-warwickshire-ccg"), programme: { id: "camhs-transformation", name: "CAMHS Local Transformation Plan" },
        });
        const total = (organisationId: string, amount: string, asWritten: string, computedTotal: string, difference: string) => ({
          label: "Total:", measure: "ALLOCATIONS", financialYear: null, organisation: org(organisationId), amount, asWritten, source: src(JAN19, 2891), computedTotal, difference,
        });
        expect(byKey(pool.statedTotals, (t: any) => t.organisation.id)).toEqual([
          total("coventry-and-rugby-ccg", "628000.00", "£628,000", "628000.00", "0.00"),
          total("south-warwickshire-ccg", "327213.00", "£327,213", "329212.00", "-1999.00"),
          total("warwickshire-north-ccg", "262132.00", "£262,132", "262131.00", "1.00"),
        ]);
      },
    },
    {
      // 003:525-535: "just over £2.6m" against the table's 2,684,000; per-year totals agree.
      // Only the 2013/14 lines (003:531) are listed; the totals cover the whole pool.
      label: "the Priority Families DCLG funding, 2013/14 only",
      variables: { poolId: "warwickshire-priority-families-dclg-2012-15", financialYear: "2013/14" },
      check: (data) => {
        const pool = data.fundingPool;
        expect(pool).toMatchObject({
          name: "Priority Families: additional funding from DCLG",
          kind: "GRANT",
          financialYears: ["2012/13", "2013/14", "2014/15"],
          total: "2684000.00",
          asWritten: "2,684,000",
          source: src(WARKS13, 533),
          hostOrganisation: org("warwickshire-county-council"),
          contributedTotal: "2684000.00",
          allocatedTotal: "2024300.00", // 003:535 "making a total budget of £2,024,300" (no year)
          allocations: [],
        });
        expect(byKey(pool.contributions, (c: any) => c.contributor)).toEqual([
          { contributor: "Payment by Results (Maximum)", organisation: org("department-for-communities-and-local-government"), financialYear: "2013/14", amount: "536000.00", asWritten: "536,000", source: src(WARKS13, 531) },
          { contributor: "Up front funding (Attachment Fees)", organisation: org("department-for-communities-and-local-government"), financialYear: "2013/14", amount: "804000.00", asWritten: "804,000", source: src(WARKS13, 531) },
        ]);
        expect(pool.statedTotals).toHaveLength(4);
        expect(pool.statedTotals).toEqual(
          expect.arrayContaining([
            {
              label: "The maximum additional funding available from DCLG", measure: "CONTRIBUTIONS", financialYear: null, organisation: null,
              amount: "2600000.00", asWritten: "just over £2.6m", source: src(WARKS13, 525), computedTotal: "2684000.00", difference: "-84000.00",
            },
            { label: "Total £", measure: "CONTRIBUTIONS", financialYear: "2012/13", organisation: null, amount: "1000000.00", asWritten: "1,000,000", source: src(WARKS13, 530), computedTotal: "1000000.00", difference: "0.00" },
            { label: "Total £", measure: "CONTRIBUTIONS", financialYear: "2013/14", organisation: null, amount: "1340000.00", asWritten: "1,340,000", source: src(WARKS13, 531), computedTotal: "1340000.00", difference: "0.00" },
            { label: "Total £", measure: "CONTRIBUTIONS", financialYear: "2014/15", organisation: null, amount: "344000.00", asWritten: "344,000", source: src(WARKS13, 532), computedTotal: "344000.00", difference: "0.00" },
          ]),
        );
      },
    },
  ],

  FundingPoolsByKind: [
    {
      // Three contract budgets: 004:854 "Total in scope 57,428,020"; 000:2902 Warwickshire "£5.36m";
      // Table 31 (000:2898-2911) states no grand total for Coventry, whose lines add up to
      // 2,915,476 + 2,915,476 + 3,458,252 + 3,666,590 = 12,955,794.
      label: "contract budgets, largest stated total first",
      variables: { kinds: ["CONTRACT_BUDGET"] },
      check: (data) =>
        expect(data.fundingPools).toEqual({
          totalCount: 3,
          hasMore: false,
          items: [
            {
              id: "out-of-hospital-in-scope-2017-18", name: "Out of Hospital services in scope: commissioners' current expenditure 2017/18", kind: "CONTRACT_BUDGET",
              financialYears: ["2017/18"], total: "57428020.00", asWritten: "57,428,020", source: src(SEP17, 854),
              contributedTotal: "57428020.00", allocatedTotal: "0.00", hostOrganisation: null, area: null,
            },
            {
              id: "warwickshire-camhs-core-contract", name: "Warwickshire core CAMHS contract (Table 31)", kind: "CONTRACT_BUDGET",
              financialYears: [], total: "5360000.00", asWritten: "£5.36m", source: src(JAN19, 2902),
              contributedTotal: "0.00", allocatedTotal: "0.00", hostOrganisation: null, area: { code: "E10000031", name: "Warwickshire" },
            },
            {
              id: "coventry-camhs-finance-2015-19", name: "Coventry CAMHS finance 2015/16 to 2018/19 (Table 31)", kind: "CONTRACT_BUDGET",
              financialYears: ["2015/16", "2016/17", "2017/18", "2018/19"], total: null,
              asWritten: "TABLE 31. CAMHS FINANCE 2018/19 FULL YEAR EFFECT BASED ON CONTRACTS AT BEGINNING OF THE YEAR", source: src(JAN19, 2898, 2911),
              contributedTotal: "0.00", allocatedTotal: "12955794.00", hostOrganisation: org("coventry-and-rugby-ccg"), area: { code: "E08000026", name: "Coventry" },
            },
          ],
        }),
    },
  ],

  GrantsReceived: [
    {
      // 000:2138 "£512K transformation funding" (funder not named, "from April 2018");
      // 000:854 "£347,000 transformation funding from NHS England".
      label: "Coventry and Warwickshire Partnership NHS Trust",
      variables: { organisationId: "cwpt", financialYear: null },
      check: (data) =>
        expect(data).toEqual({
          organisation: {
            ...org("cwpt"),
            grantsReceived: [
              {
                identifier: "cwpt-intensive-support-pilot",
                title: "Intensive support for children and young people with LD and/or ASD",
                description: "Pilot intensive support service operated by CWPT across Coventry, Warwickshire and Solihull; the funder is not named.",
                amountAwarded: "512000.00", currency: "GBP", awardDate: null, financialYear: "2018/19",
                plannedDates: { startDate: "2018-04-01", endDate: null, asWritten: "from April 2018" },
                asWritten: "£512K", source: src(JAN19, 2138), funder: null,
                programme: { id: "camhs-transformation", name: "CAMHS Local Transformation Plan" },
              },
              {
                identifier: "nhs-england-uec-mental-health-cwpt",
                title: "Transformation funding for three urgent and emergency care mental health schemes",
                description: "Used by Coventry and Warwickshire Partnership NHS Trust on behalf of the STP for three schemes to support urgent and emergency care services by increasing mental health capacity.",
                amountAwarded: "347000.00", currency: "GBP", awardDate: null, financialYear: null, plannedDates: null,
                asWritten: "£347,000", source: src(JAN19, 854), funder: org("nhs-england"),
                programme: { id: "bhbcbv", name: "Better Health, Better Care, Better Value" },
              },
            ],
            fundingReceived: { grantsTotal: "859000.00", grantCount: 2 },
          },
        }),
    },
  ],

  GrantsByFunder: [
    {
      // NHS England: 000:854 £347,000 (CWPT), 000:2014 "£99k per annum" (no single recipient),
      // 000:819 £67,000 (the STP).
      label: "NHS England, largest first",
      variables: { funderId: "nhs-england" },
      check: (data) =>
        expect(data.grants).toEqual({
          totalCount: 3,
          hasMore: false,
          items: [
            {
              identifier: "nhs-england-uec-mental-health-cwpt", title: "Transformation funding for three urgent and emergency care mental health schemes",
              amountAwarded: "347000.00", currency: "GBP", financialYear: null, asWritten: "£347,000", source: src(JAN19, 854),
              funder: org("nhs-england"), recipient: org("cwpt"), programme: { id: "bhbcbv", name: "Better Health, Better Care, Better Value" },
            },
            {
              identifier: "nhs-england-health-and-justice-cyp-workers", title: "Health and Justice children and young people's mental health: two workers",
              amountAwarded: "99000.00", currency: "GBP", financialYear: null, asWritten: "£99k per annum", source: src(JAN19, 2014),
              funder: org("nhs-england"), recipient: null, programme: { id: "camhs-transformation", name: "CAMHS Local Transformation Plan" },
            },
            {
              identifier: "nhs-england-elective-care-transformation-cw-stp", title: "Elective care transformation funding",
              amountAwarded: "67000.00", currency: "GBP", financialYear: null, asWritten: "£67,000", source: src(JAN19, 819),
              funder: org("nhs-england"), recipient: org("coventry-and-warwickshire-stp"), programme: { id: "bhbcbv", name: "Better Health, Better Care, Better Value" },
            },
          ],
        }),
    },
    {
      label: "NHS England, at least £90,000",
      variables: { funderId: "nhs-england", minAmount: "90000.00" },
      check: (data) => {
        expect(data.grants).toMatchObject({ totalCount: 2, hasMore: false });
        expect(data.grants.items.map((g: any) => [g.identifier, g.amountAwarded])).toEqual([
          ["nhs-england-uec-mental-health-cwpt", "347000.00"],
          ["nhs-england-health-and-justice-cyp-workers", "99000.00"],
        ]);
      },
    },
  ],

  AllocationsByContributorShare: [
    {
      // SWCCG's column of Table 30: 000:2885-2890 and the eating disorder line 000:2893.
      label: "NHS South Warwickshire CCG's share of the CAMHS tables",
      variables: { fundedById: "south-warwickshire-ccg" },
      check: (data) => {
        const baseline = { id: "camhs-ltp-baseline-indicative-costs", name: "CAMHS Local Transformation Plan: baseline indicative costs by CCG (Table 30)" };
        const camhs = { id: "camhs-transformation", name: "CAMHS Local Transformation Plan" };
        const line = (purpose: string, amount: string, asWritten: string, n: number, pool = baseline) => ({
          purpose, financialYear: null, amount, asWritten, source: src(JAN19, n), pool, fundedBy: org("south-warwickshire-ccg"), programme: camhs,
        });
        expect(data.allocations).toEqual({
          totalCount: 7,
          hasMore: false,
          // by pool id: "camhs-eating-disorder-funding" sorts before "camhs-ltp-baseline-..."
          items: [
            line("Eating Disorder", "138000.00", "£138,000", 2893, { id: "camhs-eating-disorder-funding", name: "CAMHS eating disorder funding by CCG (Table 30)" }),
            line("Priority 1: school support", "108145.00", "£108,145", 2885),
            line("Priority 2: waiting times", "92333.00", "£92,333", 2886),
            line("Priority 3: ASD support", "40000.00", "£40,000", 2887),
            line("Priority 4: Crisis support", "43098.00", "£43,098", 2888),
            line("Priority 5: vulnerable y/p", "45538.00", "£45,538", 2889),
            line("Priority 6: website", "98.00", "£98", 2890),
          ],
        });
      },
    },
  ],

  ProgrammeFundingAndOutcomes: [
    {
      // Allocations to the CAMHS programme: Table 30 (18 lines, 000:2885-2890, adding up to
      // 628,000 + 329,212 + 262,131), its eating disorder line (000:2893, 492,000) and Table 31's
      // transformation schemes (000:2905-2910: 420,480 in 2017/18 and 625,781 in 2018/19);
      // grants 000:2138 £512K and 000:2014 £99k.
      label: "the CAMHS Local Transformation Plan, in the Coventry and Rugby CCG area",
      variables: { programmeId: "camhs-transformation", areaCode: "E38000038" },
      check: (data) => {
        const p = data.programme;
        expect(p).toMatchObject({
          id: "camhs-transformation",
          name: "CAMHS Local Transformation Plan",
          status: "ACTIVE",
          leadOrganisation: org("coventry-and-warwickshire-icb"),
          funding: { allocationsTotal: "2757604.00", grantsTotal: "611000.00", total: "3368604.00" },
        });
        expect(p.funding.allocations).toHaveLength(31);
        expect(p.funding.allocations).toContainEqual({
          purpose: "Crisis support", financialYear: "2018/19", amount: "123261.00", asWritten: "£123,261", source: src(JAN19, 2907),
          pool: { id: "coventry-camhs-finance-2015-19" }, fundedBy: null,
        });
        expect(p.funding.allocations).toContainEqual({
          purpose: "Priority 6: website", financialYear: null, amount: "76.00", asWritten: "£76", source: src(JAN19, 2890),
          pool: { id: "camhs-ltp-baseline-indicative-costs" }, fundedBy: { id: "warwickshire-north-ccg" },
        });
        expect(p.funding.grants).toEqual([
          {
            identifier: "cwpt-intensive-support-pilot", title: "Intensive support for children and young people with LD and/or ASD", amountAwarded: "512000.00",
            asWritten: "£512K", source: src(JAN19, 2138), funder: null, recipient: { id: "cwpt" },
          },
          {
            identifier: "nhs-england-health-and-justice-cyp-workers", title: "Health and Justice children and young people's mental health: two workers", amountAwarded: "99000.00",
            asWritten: "£99k per annum", source: src(JAN19, 2014), funder: { id: "nhs-england" }, recipient: null,
          },
        ]);
        // The CAMHS outputs curated for issue 17 (000:1731-2794) measure it too.
        expect(p.indicators.map((i: any) => i.code)).toEqual([
          "camhs-access-diagnosable-condition",
          "camhs-access-rolling-12-months",
          "camhs-average-wait-first-appointment",
          "camhs-first-appointments-by-wait-band",
          "camhs-follow-up-within-12-weeks",
          "camhs-referrals",
          "camhs-routine-referral-to-treatment-18-weeks",
          "camhs-spe-referrals-journeys",
          "camhs-spe-referrals-reach",
          "camhs-tier-3-assessments",
          "camhs-workforce-wte",
          "camhs-youth-justice-contacts",
          "camhs-youth-justice-referrals",
          "cyp-waiting-follow-up-by-wait-band",
          "cyp-waiting-over-12-weeks-follow-up",
          "emergency-referrals-assessed-within-48-hours",
          "esq-certainly-or-partly-true",
          "hospital-admissions-self-harm-15-19",
          "pmhs-students-reached",
        ]);
        const latest = Object.fromEntries(p.indicators.map((i: any) => [i.code, i.latestMeasurement]));
        // 000:2701 Table 24: actual 2983 against the 17/18 target "2,953 (30%)": met.
        expect(latest["camhs-access-diagnosable-condition"]).toEqual({
          period: "Actual 17/18", value: "2983", asWritten: "2983", source: src(JAN19, 2701), statusAgainstTarget: "GREEN",
          target: { period: "17/18", value: "2953", asWritten: "2,953 (30%)", source: src(JAN19, 2701) },
        });
        // 000:2677 "CRCCG 7.1%" in 17/18 against the 95% target from 15/16 onwards.
        expect(latest["camhs-follow-up-within-12-weeks"]).toEqual({
          period: "17/18", value: "7.1", asWritten: "CRCCG 7.1%", source: src(JAN19, 2677), statusAgainstTarget: "RED",
          target: { period: "15/16 onwards", value: "95", asWritten: "95%", source: src(JAN19, 2677) },
        });
        // 000:2691 Table 23: 3,836 referrals in 2017/18; referrals have no polarity.
        expect(latest["camhs-referrals"]).toEqual({
          period: "2017/18", value: "3836", asWritten: "3,836", source: src(JAN19, 2691), statusAgainstTarget: "NOT_APPLICABLE", target: null,
        });
        // No values for this area: the rolling measure has none yet; the others are for Coventry.
        expect(latest["camhs-access-rolling-12-months"]).toBeNull();
        expect(latest["camhs-routine-referral-to-treatment-18-weeks"]).toBeNull();
        expect(latest["hospital-admissions-self-harm-15-19"]).toBeNull();
        // 000:2693 Table 23: 499 referrals to the SPE for Reach in Coventry and Rugby in 2017/18.
        expect(latest["camhs-spe-referrals-reach"]).toEqual({
          period: "2017/18", value: "499", asWritten: "499", source: src(JAN19, 2693), statusAgainstTarget: "NOT_APPLICABLE", target: null,
        });
      },
    },
  ],

  BoardResolutions: [
    {
      // 000:347-351 (minute 22 of 8 October 2018) and 001:229-231 (minute 32 of 14 January 2019).
      label: "resolutions on the Place Forum, 2018-2019",
      variables: { boardId: COVENTRY_BOARD, from: "2018-01-01", to: "2019-12-31", text: "Place Forum" },
      check: (data) => {
        const minute22 = { number: 22, title: "Coventry and Warwickshire Place Forum and Year of Wellbeing", meeting: { id: "coventry-hwb-2018-10-08", date: "2018-10-08" } };
        const minute32 = { number: 32, title: "Coventry and Warwickshire Place Forum and Year of Wellbeing", meeting: { id: "coventry-hwb-2019-01-14", date: "2019-01-14" } };
        const r = (number: string, text: string, documentId: string, line: number, minuteItem: object) => ({
          number, text, asWritten: `${number} ${text}`, source: src(documentId, line), minuteItem, ledTo: null,
        });
        expect(data.resolutions).toEqual({
          totalCount: 5,
          hasMore: false,
          items: [
            r("(1)", "The outcomes of the Place Forum meeting held on 16th July, 2018 be noted.", JAN19, 347, minute22),
            r("(2)", "The proposed agenda items for the Place Forum on 7th November, 2018 be noted.", JAN19, 349, minute22),
            r("(3)", "The delivery profile for the Year of Wellbeing be submitted to the Place Forum meeting on 7th November for sign off and launch.", JAN19, 351, minute22),
            r("(1)", "The outcomes of the Place Forum meeting held on 7th November, 2018 be noted.", APR19, 229, minute32),
            r("(2)", "The outline agenda for the Place Forum on 6th March, 2019 be noted.", APR19, 231, minute32),
          ],
        });
      },
    },
    {
      // The 14 January 2019 meeting (minutes 31-38, 001:171-424) resolved 19 things:
      // 3 + 3 + 3 + 1 + 4 + 1 + 2 + 2. The first page of five.
      label: "the first five of the 14 January 2019 resolutions",
      variables: { boardId: COVENTRY_BOARD, from: "2019-01-01", to: "2019-03-31", limit: 5, offset: 0 },
      check: (data) => {
        expect(data.resolutions).toMatchObject({ totalCount: 19, hasMore: true });
        expect(data.resolutions.items.map((r: any) => [r.minuteItem.number, r.number, r.source])).toEqual([
          [31, "(1)", src(APR19, 205)],
          [31, "(2)", src(APR19, 207)],
          [31, "(3)", src(APR19, 209)],
          [32, "(1)", src(APR19, 229)],
          [32, "(2)", src(APR19, 231)],
        ]);
        expect(data.resolutions.items[2]).toEqual({
          number: "(3)",
          text: "Arrangements be put in place for a workshop for Health and Wellbeing Board members and other partners, potentially on the morning of 6th March, to consider the Kings Fund population health model as a framework for informing the Health and Wellbeing Strategy priorities.",
          asWritten: "(3) Arrangements be put in place for a workshop for Health and Wellbeing Board members and other partners, potentially on the morning of 6th March, to consider the Kings Fund population health model as a framework for informing the Health and Wellbeing Strategy priorities.",
          source: src(APR19, 209),
          minuteItem: { number: 31, title: "Joint Strategic Needs Assessment Update and Health and Wellbeing Strategy Refresh", meeting: { id: "coventry-hwb-2019-01-14", date: "2019-01-14" } },
          ledTo: null,
        });
      },
    },
    {
      // 001:270 minute 33 (3) asked for an item on housing and homelessness: item 11 of 8 April 2019.
      label: "a resolution that led to a later agenda item",
      variables: { boardId: COVENTRY_BOARD, from: "2019-01-14", to: "2019-01-14", text: "housing and homelessness" },
      check: (data) =>
        expect(data.resolutions).toEqual({
          totalCount: 1,
          hasMore: false,
          items: [
            {
              number: "(3)",
              text: "An item on the partner approach to housing and homelessness in the city be considered at a future Board meeting.",
              asWritten: "(3) An item on the partner approach to housing and homelessness in the city be considered at a future Board meeting.",
              source: src(APR19, 270),
              minuteItem: { number: 33, title: "Health and Wellbeing Strategy Update: Multiple Complex Needs Programme Progress Update", meeting: { id: "coventry-hwb-2019-01-14", date: "2019-01-14" } },
              ledTo: { id: "coventry-hwb-2019-04-08-item-11", order: "11", title: "Housing and Homelessness Strategy", meeting: { id: "coventry-hwb-2019-04-08", date: "2019-04-08" } },
            },
          ],
        }),
    },
  ],

  MeetingAgenda: [
    {
      // 003:1-70: the timed agenda of the Warwickshire board of 20 November 2013.
      label: "the Warwickshire Health and Wellbeing Board, 20 November 2013",
      variables: { meetingId: WARKS13 },
      check: (data) => {
        const m = data.meeting;
        expect(m).toMatchObject({
          id: WARKS13,
          date: "2013-11-20",
          startTime: "13:30",
          venue: "Committee Room 2, Shire Hall, Warwick",
          status: "SCHEDULED",
          asWritten: "A meeting of the Warwickshire Health and Wellbeing Board will take place in Committee Room 2, Shire Hall, Warwick on Wednesday 20th November 2013 at 13.30.",
          source: src(WARKS13, 1, 7),
          board: { id: "warwickshire-health-and-wellbeing-board", name: "Warwickshire Health and Wellbeing Board" },
        });
        const item = (n: string) => `${WARKS13}-item-${n}`;
        expect(m.agendaItems.map((a: any) => [a.order, a.position, a.parent?.id ?? null, a.timeSlot])).toEqual([
          ["1", 1, null, { start: "13:30", end: "13:35" }],
          ["1(1)", 2, item("1"), null],
          ["1(2)", 3, item("1"), null],
          ["1(3)", 4, item("1"), null],
          ["2", 5, null, { start: "13:35", end: "13:50" }],
          ["3", 6, null, { start: "13:50", end: "14:05" }],
          ["4", 7, null, { start: "14:05", end: "14:20" }],
          ["5", 8, null, { start: "14:20", end: "14:35" }],
          ["6", 9, null, { start: "14:35", end: "14:50" }],
          ["7", 10, null, { start: "14:50", end: "15:10" }],
          ["8", 11, null, { start: "15:10", end: "15:30" }],
          ["8(a)", 12, item("8"), null],
          ["8(b)", 13, item("8"), null],
          ["9", 14, null, { start: "15:30", end: "15:45" }],
          ["10", 15, null, null],
        ]);
        const byOrder = Object.fromEntries(m.agendaItems.map((a: any) => [a.order, a]));
        // 003:28-30; the agenda misspells the hospital ("Elliot"), the presenter line does not.
        expect(byOrder["2"]).toEqual({
          id: item("2"), order: "2", position: 5, title: "George Elliot Hospital – Improvement Plan Position Update", section: null, pageStart: null, pageEnd: null,
          timeSlot: { start: "13:35", end: "13:50" }, asWritten: "2. (13.35 – 13:50) George Elliot Hospital – Improvement Plan Position Update", source: src(WARKS13, 28), parent: null,
          contributors: [
            {
              role: "PRESENTER", roleAsWritten: null, asWritten: "Kevin McGee – George Eliot Hospital NHS Trust", source: src(WARKS13, 30),
              person: person("kevin-mcgee"), organisation: org("george-eliot-hospital"),
            },
          ],
          reports: [],
          arisingFrom: [],
        });
        // 003:42-44: two presenters on one line.
        const line44 = "John Linnane – Director of Public Health - WCC / Chris Lewington - Head of Strategic Commissioning";
        expect(byOrder["5"].contributors).toEqual([
          { role: "PRESENTER", roleAsWritten: "Director of Public Health", asWritten: line44, source: src(WARKS13, 44), person: person("john-linnane"), organisation: org("warwickshire-county-council") },
          { role: "PRESENTER", roleAsWritten: "Head of Strategic Commissioning", asWritten: line44, source: src(WARKS13, 44), person: person("chris-lewington"), organisation: null },
        ]);
        expect(byOrder["5"]).toMatchObject({ title: "Winter Pressures & Feel Well in Winter Campaign – Agencies Working Together and Building Resilience", section: "Mobilising Communities to Develop and Maintain Independence", source: src(WARKS13, 42) });
        // 003:56-62: item 8 and its two sub-items, the Integration Transformation Fund.
        expect(byOrder["8"]).toMatchObject({ title: "Integration and the Transformation Fund", section: "Access to Services", source: src(WARKS13, 56), contributors: [] });
        expect(byOrder["8(a)"]).toMatchObject({
          title: "The Way Forward in Warwickshire", timeSlot: null, source: src(WARKS13, 56),
          contributors: [{ role: "PRESENTER", roleAsWritten: "County Councillor", asWritten: "County Councillor Angela Warner", source: src(WARKS13, 58), person: person("angela-warner"), organisation: org("warwickshire-county-council") }],
        });
        expect(byOrder["8(b)"]).toMatchObject({
          title: "Integration Transformation Fund – Budget Transfer Update", asWritten: "(b) Integration Transformation Fund – Budget Transfer Update", source: src(WARKS13, 60),
          contributors: [{ role: "PRESENTER", roleAsWritten: "Strategic Finance Manager", asWritten: "Chris Norton - Strategic Finance Manager", source: src(WARKS13, 62), person: person("chris-norton"), organisation: null }],
        });
        expect(byOrder["9"].contributors.map((c: any) => c.person.id)).toEqual(["cornelia-heaney", "dara-lloyd"]);
        expect(byOrder["10"]).toMatchObject({ title: "Any other Business (considered urgent by the Chair)", section: "Working Together", source: src(WARKS13, 70), contributors: [] });
      },
    },
    {
      // 001:17-66, and the resolutions of 14 January 2019 that asked for items 11 and 13
      // (001:270 and 001:424).
      label: "the Coventry board, 8 April 2019, with items arising from earlier resolutions",
      variables: { meetingId: APR19 },
      check: (data) => {
        const m = data.meeting;
        expect(m).toMatchObject({
          id: APR19, date: "2019-04-08", startTime: "14:00", venue: "Committee Room 3 - Council House", status: "SCHEDULED",
          asWritten: "2.00 pm on Monday, 8th April, 2019; Committee Room 3 - Council House", source: src(APR19, 5, 13),
          board: { id: COVENTRY_BOARD, name: "Coventry Health and Wellbeing Board" },
        });
        expect(m.agendaItems.map((a: any) => a.order)).toEqual(["1", "2", "3", "3(a)", "3(b)", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"]);
        const byOrder = Object.fromEntries(m.agendaItems.map((a: any) => [a.order, a]));
        expect(byOrder["9"]).toEqual({
          id: `${APR19}-item-9`, order: "9", position: 11, title: "Better Health, Better Care, Better Value Programme Update", section: "Delivery Items", pageStart: 79, pageEnd: 88,
          timeSlot: null, asWritten: "9. **Better Health, Better Care, Better Value Programme Update** (Pages 79 - 88)", source: src(APR19, 44), parent: null,
          contributors: [
            {
              role: "PRESENTER", roleAsWritten: "Programme Director, Better Health Better Care Better Value",
              asWritten: "Report of Rachael Danter, Programme Director, Better Health Better Care Better Value", source: src(APR19, 46), person: person("rachael-danter"), organisation: null,
            },
          ],
          reports: [{ id: `${APR19}-better-health-better-care-better-value-programme-update`, title: "Better Health, Better Care, Better Value programme update" }],
          arisingFrom: [],
        });
        expect(byOrder["11"]).toMatchObject({
          title: "Housing and Homelessness Strategy", section: "Governance Items", pageStart: 97, pageEnd: 98, source: src(APR19, 54),
          contributors: [{ role: "PRESENTER", roleAsWritten: "Director of Housing and Transformation", asWritten: "Report of David Ashmore, Director of Housing and Transformation", source: src(APR19, 56), person: person("david-ashmore"), organisation: null }],
          arisingFrom: [
            { text: "An item on the partner approach to housing and homelessness in the city be considered at a future Board meeting.", minuteItem: { number: 33, meeting: { id: JAN19, date: "2019-01-14" } } },
          ],
        });
        expect(byOrder["13"]).toMatchObject({
          title: "Care Quality Commission (CQC) Local System Review - Improvement Plan Completion", pageStart: 109, pageEnd: 152, source: src(APR19, 62),
          contributors: [{ role: "PRESENTER", roleAsWritten: "Director of Adult Services", asWritten: "Report of Pete Fahy, Director of Adult Services", source: src(APR19, 64), person: person("pete-fahy"), organisation: org("coventry-city-council") }],
          arisingFrom: [
            { text: "The Board continues to maintain oversight of progress against the improvement plan at future meetings.", minuteItem: { number: 38, meeting: { id: JAN19, date: "2019-01-14" } } },
          ],
        });
        expect(m.agendaItems.filter((a: any) => a.arisingFrom.length > 0).map((a: any) => a.order)).toEqual(["11", "13"]);
      },
    },
  ],

  MeetingAttendanceByStatus: [
    {
      // 001:102-135, the minutes of 14 January 2019 in the April pack.
      label: "the Coventry board, 14 January 2019",
      variables: { meetingId: JAN19 },
      check: (data) => {
        const line = (personId: string, organisationId: string | null, category: string, role: string | null, asWritten: string, first: number, last = first) => ({
          person: person(personId), organisation: organisationId ? org(organisationId) : null, category, role, asWritten, source: src(APR19, first, last),
        });
        const member = (personId: string, organisationId: string, asWritten: string, n: number, role: string | null = null) => line(personId, organisationId, "Board Members", role, asWritten, n);
        const officer = (personId: string, role: string, asWritten: string, first: number, last = first) => line(personId, "coventry-city-council", "Employees (by Directorate)", role, asWritten, first, last);
        const apology = (personId: string, organisationId: string, asWritten: string, n: number) => line(personId, organisationId, "Apologies", null, asWritten, n);
        expect(data.meeting).toEqual({
          id: JAN19,
          date: "2019-01-14",
          status: "HELD",
          board: { id: COVENTRY_BOARD, name: "Coventry Health and Wellbeing Board" },
          present: [
            member("kamran-caan", "coventry-city-council", "Board Members: Councillor Caan (Chair)", 102, "Chair"),
            member("p-seaman", "coventry-city-council", "Councillor Seaman", 103),
            member("k-taylor", "coventry-city-council", "Councillor Taylor", 104),
            member("guy-daly", "coventry-university", "Professor Guy Daly, Coventry University", 105),
            member("liz-gaulton", "coventry-city-council", "Liz Gaulton, Director of Public Health and Wellbeing", 106, "Director of Public Health and Wellbeing"),
            member("simon-gilby", "cwpt", "Simon Gilby, Coventry and Warwickshire Partnership Trust", 107),
            member("andrea-green", "coventry-and-rugby-ccg", "Andrea Green, Coventry and Rugby CCG", 108),
            member("andy-hardy", "uhcw", "Andy Hardy, University Hospitals Coventry and Warwickshire", 109),
            member("ruth-light", "healthwatch-coventry", "Ruth Light, Coventry Healthwatch", 110),
            member("caroline-meyer", "university-of-warwick", "Professor Caroline Meyer, Warwick University", 111),
            member("gail-quinton", "coventry-city-council", "Gail Quinton, Deputy Chief Executive (People)", 112, "Deputy Chief Executive (People)"),
            member("sarah-raistrick", "coventry-and-rugby-ccg", "Dr Sarah Raistrick, Coventry and Rugby CCG", 113),
          ],
          otherRepresentatives: [
            line("matt-gilks", "coventry-and-rugby-ccg", "Other representatives", null, "Other representatives: Matt Gilks, Coventry and Rugby CCG", 115),
            // "Better Health, Better Care, Better Value" is a programme, not an organisation.
            line("chris-ham", null, "Other representatives", "Better Health, Better Care, Better Value", "Professor Sir Chris Ham, Better Health, Better Care, Better Value", 116),
          ],
          // 001:122-127: "People:" heads line 122, so each later name's range starts there.
          officers: [
            officer("liz-knight", "Place", "Place: L Knight", 120),
            officer("debbie-dawson", "People", "People: D Dawson", 122),
            officer("rebekah-eaves", "People", "R Eaves", 122, 123),
            officer("pete-fahy", "People", "P Fahy", 122, 124),
            officer("jane-fowles", "People", "J Fowles", 122, 125),
            officer("john-gregg", "People", "J Gregg", 122, 126),
            officer("richard-limb", "People", "R Limb", 122, 127),
          ],
          apologies: [
            apology("faye-abbott", "coventry-city-council", "Apologies: Councillor Abbott", 129),
            apology("g-duggins", "coventry-city-council", "Councillor Duggins", 130),
            apology("stephen-banbury", "voluntary-action-coventry", "Steve Banbury, Voluntary Action Coventry", 131),
            apology("rachael-danter", "nhs-england", "Rachael Danter, NHS England", 132),
            apology("mike-ohara", "west-midlands-police", "Mike O'Hara, West Midlands Police", 133),
            apology("martin-reeves", "coventry-city-council", "Martin Reeves, Coventry City Council", 134),
            apology("richard-stanton", "west-midlands-fire-service", "Richard Stanton, West Midlands Fire Service", 135),
          ],
        });
      },
    },
  ],

  BoardMeetings: [
    {
      // 004:5-13 and 77-372, 000:5-13 and 94-404, 001:5-13: five Coventry meetings 2017-2019.
      label: "the Coventry board, 2017-2019",
      variables: { boardId: COVENTRY_BOARD, from: "2017-01-01", to: "2019-12-31" },
      check: (data) => {
        expect(data.meetings.totalCount).toBe(5);
        const [jul17, sep17, oct18, jan19, apr19] = data.meetings.items;
        expect(jul17).toEqual({
          id: "coventry-hwb-2017-07-10", date: "2017-07-10", startTime: "14:00", endTime: "15:55", venue: null, status: "HELD",
          asWritten: "Minutes of the Meeting of Coventry Health and Well-being Board held at 2.00 pm on Monday, 10 July 2017; (Meeting closed at 3.55 pm)",
          source: src(SEP17, 77, 372), reports: [],
        });
        expect(sep17).toEqual({
          id: SEP17, date: "2017-09-04", startTime: "14:00", endTime: null, venue: "Committee Room 3 - Council House", status: "SCHEDULED",
          asWritten: "2.00 pm on Monday, 4th September, 2017; Committee Room 3 - Council House", source: src(SEP17, 5, 13),
          reports: [
            { id: `${SEP17}-multiple-complex-needs-update`, title: "Multiple Complex Needs Update" },
            { id: `${SEP17}-update-on-the-better-health-better-care-and`, title: "Update on the Better Health, Better Care and Better Value Work Streams" },
            { id: `${SEP17}-out-of-hospital`, title: "Out of Hospital" },
            { id: `${SEP17}-care-quality-commission-local-system-review`, title: "Care Quality Commission Local System Review" },
          ],
        });
        expect(oct18).toEqual({
          id: "coventry-hwb-2018-10-08", date: "2018-10-08", startTime: "14:00", endTime: "15:55", venue: null, status: "HELD",
          asWritten: "Minutes of the Meeting of Coventry Health and Well-being Board held at 2.00 pm on Monday, 8 October 2018; (Meeting closed at 3.55 pm)",
          source: src(JAN19, 94, 404), reports: [],
        });
        expect(jan19).toMatchObject({
          id: JAN19, date: "2019-01-14", startTime: "14:00", venue: "Diamond Room 2 - Council House", status: "HELD",
          asWritten: "2.00 pm on Monday, 14th January, 2019; Diamond Room 2 - Council House", source: src(JAN19, 5, 13),
        });
        // The reports of the pack in agenda order (items 5 to 12; item 11 has two).
        expect(jan19.reports.map((r: any) => r.id)).toEqual([
          "coventry-hwb-2019-01-14-jsna-update-and-hwbs-refresh",
          "coventry-hwb-2019-01-14-place-forum-and-year-of-wellbeing",
          "coventry-hwb-2019-01-14-multiple-complex-needs-progress",
          "coventry-hwb-2019-01-14-bhbcbv-programme-update",
          "coventry-hwb-2019-01-14-prevention-concordat",
          "coventry-hwb-2019-01-14-camhs-ltp-year-3-refresh",
          expect.stringMatching(/^coventry-hwb-2019-01-14-cs[ac]b-annual-report-2017-18$/),
          expect.stringMatching(/^coventry-hwb-2019-01-14-cs[ac]b-annual-report-2017-18$/),
          "coventry-hwb-2019-01-14-cqc-improvement-plan-progress",
        ]);
        expect(apr19).toMatchObject({ id: APR19, date: "2019-04-08", status: "SCHEDULED", venue: "Committee Room 3 - Council House", source: src(APR19, 5, 13) });
      },
    },
    {
      label: "only the meetings held, newest first",
      variables: { boardId: COVENTRY_BOARD, status: "HELD", orderBy: "DATE_DESC" },
      check: (data) =>
        expect(data.meetings.items.map((m: any) => m.id)).toEqual(["coventry-hwb-2019-01-14", "coventry-hwb-2018-10-08", "coventry-hwb-2017-07-10"]),
    },
  ],

  BoardMembersAsAt: [
    {
      // 000:78, the membership list on the front of the 14 January 2019 pack: 20 members.
      label: "the Coventry board on 14 January 2019",
      variables: { boardId: COVENTRY_BOARD, asAt: "2019-01-14" },
      check: (data) => {
        const b = data.board;
        expect(b).toMatchObject({
          id: COVENTRY_BOARD, name: "Coventry Health and Wellbeing Board", hostOrganisation: org("coventry-city-council"), area: { code: "E08000026", name: "Coventry" },
        });
        expect(b.members).toHaveLength(20);
        // The chair first, then the members by id.
        expect(b.members[0]).toEqual({
          role: "CHAIR", label: null, startDate: null, endDate: null, asWritten: "Cllr K Caan (Chair)", source: src(JAN19, 78),
          person: { ...person("kamran-caan"), honorific: "Cllr" }, onBehalfOf: org("coventry-city-council"),
          post: { id: "coventry-hwb-chair", label: "Chair of the Coventry Health and Wellbeing Board" },
        });
        expect(b.members.slice(1).map((m: any) => m.person.id)).toEqual([
          "andrea-green", "andy-hardy", "caroline-meyer", "faye-abbott", "g-duggins", "gail-quinton", "guy-daly", "john-mason", "k-taylor", "liz-gaulton",
          "martin-reeves", "mike-ohara", "p-seaman", "rachael-danter", "richard-stanton", "ruth-light", "sarah-raistrick", "simon-gilby", "stephen-banbury",
        ]);
        expect(b.members).toContainEqual({
          role: "MEMBER", label: null, startDate: null, endDate: null, asWritten: "R Danter", source: src(JAN19, 78),
          person: { ...person("rachael-danter"), honorific: null }, onBehalfOf: org("nhs-england"), post: null,
        });
        expect(b.members).toContainEqual(expect.objectContaining({ asWritten: "S Raistrick", person: { ...person("sarah-raistrick"), honorific: "Dr" }, onBehalfOf: org("coventry-and-rugby-ccg") }));
        for (const m of b.members) expect(m.source).toEqual(src(JAN19, 78));
      },
    },
  ],

  ReportsAuthoredByOrganisation: [
    {
      // 000:1041-1115, the CAMHS Year 3 refresh report; authors 000:1106-1107, recommendation 000:1061.
      label: "Warwickshire County Council",
      variables: { organisationId: "warwickshire-county-council" },
      check: (data) =>
        expect(data).toEqual({
          organisation: {
            ...org("warwickshire-county-council"),
            reportsAuthored: [
              {
                id: "coventry-hwb-2019-01-14-camhs-ltp-year-3-refresh",
                title: "CAMHS Local Transformation Plan: Year 3 Refresh",
                date: "2019-01-14",
                asWritten: "Title: CAMHS Local Transformation Plan: Year 3 Refresh",
                source: src(JAN19, 1041, 1115),
                meeting: { id: JAN19, date: "2019-01-14" },
                authors: [
                  { jobTitle: "CAMHS Programme Manager", asWritten: "Rich Limb, CAMHS Programme Manager, Coventry City Council", source: src(JAN19, 1106), person: person("richard-limb"), organisation: org("coventry-city-council") },
                  { jobTitle: "CAMHS Programme Manager", asWritten: "Louise Birta, CAMHS Programme Manager, Warwickshire County Council", source: src(JAN19, 1107), person: person("louise-birta"), organisation: org("warwickshire-county-council") },
                ],
                recommendations: [
                  {
                    number: "1.",
                    text: "Endorses the Coventry and Warwickshire CAMHS (Child and Adolescent Mental Health Services) Local Transformation Plan refresh for year three.",
                    asWritten: "1. Endorses the Coventry and Warwickshire CAMHS (Child and Adolescent Mental Health Services) Local Transformation Plan refresh for year three.",
                    source: src(JAN19, 1061),
                  },
                ],
              },
            ],
          },
        }),
    },
    {
      // Council authors: 002:137-141 (13 December 2023), five reports of 8 April 2019, six of
      // 14 January 2019 and one of 4 September 2017.
      label: "Coventry City Council, newest first",
      variables: { organisationId: "coventry-city-council" },
      check: (data) => {
        const reports = data.organisation.reportsAuthored;
        expect(reports).toHaveLength(13);
        expect(reports[0]).toEqual({
          id: CAMHS23,
          title: "Children Adolescent Mental Health System (CAMHS) Local Transformation Plan refresh 2023/2024",
          date: "2023-12-13",
          asWritten: "Children Adolescent Mental Health System (CAMHS) Local Transformation Plan refresh 2023/2024",
          source: src(CAMHS23, 5, 157),
          meeting: null,
          authors: [
            {
              jobTitle: "CAMHS Programme Manager, Coventry City Council and Coventry and Warwickshire Integrated Care Board",
              asWritten: "Name: Richard Limb Title: CAMHS Programme Manager, Coventry City Council and Coventry and Warwickshire Integrated Care Board",
              source: src(CAMHS23, 137, 141), person: person("richard-limb"), organisation: org("coventry-city-council"),
            },
          ],
          recommendations: [
            {
              number: null,
              text: "The Board are asked to note the content of this report and to endorse the attached 2023/2024 CAMHS Local Transformation Plan.",
              asWritten: "The Board are asked to note the content of this report and to endorse the attached 2023/2024 CAMHS Local Transformation Plan.",
              source: src(CAMHS23, 43),
            },
          ],
        });
        expect(reports.slice(1).map((r: any) => r.id).sort()).toEqual([
          "coventry-hwb-2017-09-04-care-quality-commission-local-system-review",
          "coventry-hwb-2019-01-14-camhs-ltp-year-3-refresh",
          "coventry-hwb-2019-01-14-cqc-improvement-plan-progress",
          "coventry-hwb-2019-01-14-jsna-update-and-hwbs-refresh",
          "coventry-hwb-2019-01-14-multiple-complex-needs-progress",
          "coventry-hwb-2019-01-14-place-forum-and-year-of-wellbeing",
          "coventry-hwb-2019-01-14-prevention-concordat",
          "coventry-hwb-2019-04-08-care-quality-commission-cqc-local-system-review-improvement",
          "coventry-hwb-2019-04-08-coventry-and-warwickshire-place-forum-update",
          "coventry-hwb-2019-04-08-coventry-joint-health-and-wellbeing-strategy-refresh-update",
          "coventry-hwb-2019-04-08-housing-and-homelessness-strategy",
          "coventry-hwb-2019-04-08-young-people-and-violence",
        ]);
        // Not the safeguarding reports (their author names no organisation) nor the BHBCBV one.
        // 000:3914-3915; the text drops the trailing "; and" that asWritten keeps.
        const cqc = reports.find((r: any) => r.id === "coventry-hwb-2019-01-14-cqc-improvement-plan-progress");
        expect(cqc.recommendations).toEqual([
          {
            number: "a.",
            text: "That HWBB note the progress made and areas still to be addressed against the actions in the improvement plan arising from the CQC local system review",
            asWritten: "- a. That HWBB note the progress made and areas still to be addressed against the actions in the improvement plan arising from the CQC local system review; and",
            source: src(JAN19, 3914),
          },
          {
            number: "b.",
            text: "That HWBB continue to maintain oversight of progress against the improvement plan at future meetings.",
            asWritten: "- b. That HWBB continue to maintain oversight of progress against the improvement plan at future meetings.",
            source: src(JAN19, 3915),
          },
        ]);
      },
    },
  ],

  ReportsMentioning: [
    {
      // 000:918-983: the Prevention Concordat report; recommendations 000:938-941, author 000:977.
      label: "reports on the Prevention Concordat",
      variables: { text: "Concordat", boardId: COVENTRY_BOARD },
      check: (data) => {
        const rec = (n: number, text: string) => ({ number: `${n})`, text, asWritten: `- ${n}) ${text}`, source: src(JAN19, 937 + n) });
        expect(data.reports).toEqual({
          totalCount: 1,
          items: [
            {
              id: "coventry-hwb-2019-01-14-prevention-concordat",
              title: "Prevention Concordat for Better Mental Health",
              date: "2019-01-14",
              asWritten: "Subject: Prevention Concordat for Better Mental Health",
              source: src(JAN19, 918, 983),
              agendaItem: { id: "coventry-hwb-2019-01-14-item-9", order: "9", title: "Prevention Concordat for Better Mental Health" },
              authors: [
                { jobTitle: "Consultant in Public Health", asWritten: "Name and Job Title: Jane Fowles Consultant in Public Health", source: src(JAN19, 977), person: person("jane-fowles"), organisation: { id: "coventry-city-council" } },
              ],
              recommendations: [
                rec(1, "Endorse plans to take forward the National Prevention Concordat for Better Mental Health programme and agree to support the Consensus Statement (Appendix 1)."),
                rec(2, "Nominate a Health and Wellbeing Board level Mental Health Champion."),
                rec(3, "Agree to declare a local Prevention Concordat for Better Mental Health for Coventry and oversee local delivery."),
                rec(4, "Endorse the proposed wording for a Coventry Health and Wellbeing Board commitment pledge."),
              ],
            },
          ],
        });
      },
    },
  ],

  MeetingMinutes: [
    {
      // 000:94-404: the minutes of 8 October 2018 (minutes 12 to 25) in the January 2019 pack.
      label: "the Coventry board, 8 October 2018",
      variables: { meetingId: "coventry-hwb-2018-10-08" },
      check: (data) => {
        const m = data.meeting;
        expect(m).toMatchObject({ id: "coventry-hwb-2018-10-08", date: "2018-10-08", startTime: "14:00", endTime: "15:55", status: "HELD" });
        expect(m.minuteItems.map((mi: any) => [mi.number, mi.source.firstLine, mi.source.lastLine, mi.resolutions.length])).toEqual([
          [12, 132, 134, 0],
          [13, 136, 138, 0],
          [14, 140, 142, 0],
          [15, 144, 150, 0],
          [16, 152, 172, 2],
          [17, 174, 208, 2],
          [18, 210, 231, 1],
          [19, 233, 269, 3],
          [20, 271, 297, 3],
          [21, 299, 327, 2],
          [22, 329, 351, 3],
          [23, 353, 382, 1],
          [24, 384, 398, 1],
          [25, 400, 402, 0],
        ]);
        for (const mi of m.minuteItems) expect(mi.source.documentId).toBe(JAN19);
        const byNumber = Object.fromEntries(m.minuteItems.map((mi: any) => [mi.number, mi]));
        // 000:271-297: the CAMHS report asked for here became item 10 of 14 January 2019.
        expect(byNumber[20]).toEqual({
          number: 20,
          title: "Coventry and Rugby CCG 2019/20 Commissioning Intentions and 2018/19 Annual Report",
          asWritten: "- 20. **Coventry and Rugby CCG 2019/20 Commissioning Intentions and 2018/19 Annual Report**",
          source: src(JAN19, 271, 297),
          resolutions: [
            {
              number: "(1)", text: "The progress being made to deliver the CCG 2018/19 commissioning intentions for Coventry be noted.",
              asWritten: "(1) The progress being made to deliver the CCG 2018/19 commissioning intentions for Coventry be noted.", source: src(JAN19, 293), ledTo: null,
            },
            {
              number: "(2)", text: "The key messages from the 2018/19 Annual Report be noted.",
              asWritten: "(2) The key messages from the 2018/19 Annual Report be noted.", source: src(JAN19, 295), ledTo: null,
            },
            {
              number: "(3)", text: "A report on the ongoing work of CAMHS be submitted to a future meeting of the Board.",
              asWritten: "(3) A report on the ongoing work of CAMHS be submitted to a future meeting of the Board.", source: src(JAN19, 297),
              ledTo: { id: "coventry-hwb-2019-01-14-item-10", title: "CAMHS Local Transformation Plan: Year 3 Refresh", meeting: { id: JAN19, date: "2019-01-14" } },
            },
          ],
        });
        // 000:231 a single unnumbered resolution.
        expect(byNumber[18].resolutions).toEqual([
          { number: null, text: "the Adult Social Care Annual Report 2017/18 be noted.", asWritten: "RESOLVED that the Adult Social Care Annual Report 2017/18 be noted.", source: src(JAN19, 231), ledTo: null },
        ]);
        expect(byNumber[17].resolutions[1]).toMatchObject({
          source: src(JAN19, 208), ledTo: { id: "coventry-hwb-2019-01-14-item-12", meeting: { id: JAN19, date: "2019-01-14" } },
        });
        // 000:134 "There were no declarations of interest."
        expect(m.declarations).toEqual([
          { text: "There were no declarations of interest.", asWritten: "There were no declarations of interest.", source: src(JAN19, 134), person: null, minuteItem: { number: 12 } },
        ]);
      },
    },
  ],

  OrganisationIdentifiersAndPredecessors: [
    {
      // The ICB (ODS QWU from 1 July 2022) and the three CCGs it succeeded (05A, 05R, 05H to 30 June 2022).
      label: "ODS QWU, the Coventry and Warwickshire ICB",
      variables: { scheme: "ODS", code: "QWU" },
      check: (data) => {
        const ccg = (id: string, code: string, aliases: string[]) => ({
          ...org(id), aliases, identifiers: [{ scheme: "ODS", code, validFrom: null, validTo: "2022-06-30" }],
        });
        const icb = data.organisationByIdentifier;
        expect({ ...icb, aliases: [...icb.aliases].sort(), predecessors: icb.predecessors.map((p: any) => ({ ...p, aliases: [...p.aliases].sort() })) }).toEqual({
          ...org("coventry-and-warwickshire-icb"),
          shortName: "ICB",
          sector: "ICB",
          aliases: ["C&W ICB", "Coventry and Warwickshire Integrated Care Board"],
          identifiers: [{ scheme: "ODS", code: "QWU", validFrom: "2022-07-01", validTo: null }],
          area: { code: "E54000018", name: "NHS Coventry and Warwickshire Integrated Care Board", type: "ICB" },
          predecessors: [
            ccg("coventry-and-rugby-ccg", "05A", [
              "CRCCG", "Coventry & Rugby CCG", "Coventry & Rugby Clinical Commissioning Group", "Coventry and Rugby CCG",
              "Coventry and Rugby Clinical Commissioning Group", "NHS Coventry & Rugby CCG", "NHS Coventry and Rugby CCG",
            ]),
            ccg("south-warwickshire-ccg", "05R", ["NHS South Warwickshire CCG", "SWCCG", "South Warwickshire CCG", "South Warwickshire Clinical Commissioning Group"]),
            ccg("warwickshire-north-ccg", "05H", [
              "NHS Warwickshire North CCG", "NHS Warwickshire North Clinical Commissioning Group", "NWCCG", "North Warwickshire CCG",
              "North Warwickshire Clinical Commissioning Group", "WNCCG", "Warwickshire North CCG", "Warwickshire North Clinical Commissioning Group",
            ]),
          ],
          successors: [],
        });
      },
    },
    {
      label: "ODS 05A as at 14 January 2019, NHS Coventry and Rugby CCG",
      variables: { scheme: "ODS", code: "05A", asAt: "2019-01-14" },
      check: (data) =>
        expect(data.organisationByIdentifier).toMatchObject({
          ...org("coventry-and-rugby-ccg"),
          shortName: "CRCCG",
          sector: "CCG",
          identifiers: [{ scheme: "ODS", code: "05A", validFrom: null, validTo: "2022-06-30" }],
          area: { code: "E08000026", name: "Coventry", type: "METROPOLITAN_DISTRICT" },
          predecessors: [],
          successors: [{ ...org("coventry-and-warwickshire-icb"), identifiers: [{ scheme: "ODS", code: "QWU", validFrom: "2022-07-01", validTo: null }] }],
        }),
    },
    {
      label: "ODS 05A after the CCG closed",
      variables: { scheme: "ODS", code: "05A", asAt: "2023-01-01" },
      check: (data) => expect(data).toEqual({ organisationByIdentifier: null }),
    },
  ],

  OrganisationsInArea: [
    {
      label: "Warwickshire and the bodies serving it",
      variables: { areaCode: "E10000031" },
      check: (data) =>
        expect(data).toEqual({
          area: {
            code: "E10000031",
            name: "Warwickshire",
            type: "COUNTY",
            parent: { code: "E12000005", name: "West Midlands" },
            children: [
              { code: "E07000218", name: "North Warwickshire", type: "NON_METROPOLITAN_DISTRICT" },
              { code: "E07000219", name: "Nuneaton and Bedworth", type: "NON_METROPOLITAN_DISTRICT" },
              { code: "E07000220", name: "Rugby", type: "NON_METROPOLITAN_DISTRICT" },
              { code: "E07000221", name: "Stratford-on-Avon", type: "NON_METROPOLITAN_DISTRICT" },
              { code: "E07000222", name: "Warwick", type: "NON_METROPOLITAN_DISTRICT" },
            ],
          },
          organisations: {
            totalCount: 9,
            items: [
              { id: "healthwatch-warwickshire", name: "Healthwatch Warwickshire", shortName: null, sector: "HEALTHWATCH", area: { code: "E10000031", name: "Warwickshire" } },
              { ...org("south-warwickshire-ccg"), shortName: "SWCCG", sector: "CCG", area: { code: "E10000031", name: "Warwickshire" } },
              { ...org("warwickshire-north-ccg"), shortName: "WNCCG", sector: "CCG", area: { code: "E10000031", name: "Warwickshire" } },
              { id: "north-warwickshire-borough-council", name: "North Warwickshire Borough Council", shortName: "NWBC", sector: "DISTRICT_COUNCIL", area: { code: "E07000218", name: "North Warwickshire" } },
              { id: "nuneaton-and-bedworth-borough-council", name: "Nuneaton and Bedworth Borough Council", shortName: "NBBC", sector: "DISTRICT_COUNCIL", area: { code: "E07000219", name: "Nuneaton and Bedworth" } },
              { id: "rugby-borough-council", name: "Rugby Borough Council", shortName: null, sector: "DISTRICT_COUNCIL", area: { code: "E07000220", name: "Rugby" } },
              { id: "stratford-on-avon-district-council", name: "Stratford-on-Avon District Council", shortName: "SDC", sector: "DISTRICT_COUNCIL", area: { code: "E07000221", name: "Stratford-on-Avon" } },
              { id: "warwick-district-council", name: "Warwick District Council", shortName: "WDC", sector: "DISTRICT_COUNCIL", area: { code: "E07000222", name: "Warwick" } },
              { ...org("warwickshire-county-council"), shortName: "WCC", sector: "LOCAL_AUTHORITY", area: { code: "E10000031", name: "Warwickshire" } },
            ],
          },
        }),
    },
    {
      label: "Warwickshire, councils only",
      variables: { areaCode: "E10000031", sectors: ["LOCAL_AUTHORITY", "DISTRICT_COUNCIL"] },
      check: (data) =>
        expect(data.organisations.items.map((o: any) => o.id)).toEqual([
          "north-warwickshire-borough-council", "nuneaton-and-bedworth-borough-council", "rugby-borough-council",
          "stratford-on-avon-district-council", "warwick-district-council", "warwickshire-county-council",
        ]),
    },
  ],

  ProgrammesLedByOrganisation: [
    {
      // 000:4034 (CQC plan, led by Pete Fahy), 000:550-558 (Year of Wellbeing), 001:1139 (Marmot City);
      // their latest updates 001:2429, 001:1235 and 001:1139.
      label: "Coventry City Council",
      variables: { organisationId: "coventry-city-council" },
      check: (data) =>
        expect(data).toEqual({
          organisation: {
            ...org("coventry-city-council"),
            ledProgrammes: [
              {
                id: "cqc-improvement-plan", name: "Care Quality Commission (CQC) Local System Review - Improvement Plan", kind: "PROGRAMME", status: "COMPLETED",
                startDate: "2018-04-09", endDate: "2019-03-31", periodLabel: null,
                asWritten: "The development of this Action Plan has been led by Pete Fahy, Director of Adult Services, Coventry City Council", source: src(JAN19, 4034),
                leadPerson: person("pete-fahy"), parent: null,
                latestStatusUpdate: { date: "2019-04-08", status: "COMPLETED", ragRating: null, asWritten: null, source: src(APR19, 2429) },
              },
              {
                id: "year-of-wellbeing", name: "Coventry and Warwickshire Year of Wellbeing 2019", kind: "PROGRAMME", status: "ACTIVE",
                startDate: "2019-01-01", endDate: "2019-12-31", periodLabel: "2019",
                asWritten: "Coventry and Warwickshire Year of Wellbeing 2019", source: src(JAN19, 550, 558),
                leadPerson: person("liz-gaulton"), parent: null,
                latestStatusUpdate: { date: "2019-04-08", status: "ACTIVE", ragRating: null, asWritten: null, source: src(APR19, 1235) },
              },
              {
                id: "marmot-city", name: "Marmot City programme", kind: "PROGRAMME", status: "ACTIVE",
                startDate: "2013-01-01", endDate: null, periodLabel: "from 2013",
                asWritten: "the Marmot city programme", source: src(APR19, 1139),
                leadPerson: null, parent: null,
                latestStatusUpdate: { date: "2019-04-08", status: "ACTIVE", ragRating: null, asWritten: null, source: src(APR19, 1139) },
              },
            ],
          },
        }),
    },
    {
      label: "Coventry City Council, completed only",
      variables: { organisationId: "coventry-city-council", status: "COMPLETED" },
      check: (data) => expect(data.organisation.ledProgrammes.map((p: any) => p.id)).toEqual(["cqc-improvement-plan"]),
    },
  ],

  ProgrammesLedByPerson: [
    {
      // 004:610-626 the Out of Hospital Programme; she presents item 12 of 8 April 2019 (001:60)
      // and item 7 of 4 September 2017 (004:43), and speaks to item 10 of 14 January 2019 (000:54).
      label: "Andrea Green",
      variables: { personId: "andrea-green" },
      check: (data) =>
        expect(data).toEqual({
          person: {
            ...person("andrea-green"),
            honorific: null,
            ledProgrammes: [
              {
                id: "out-of-hospital", name: "Out of Hospital Programme", kind: "PROGRAMME", status: "ACTIVE",
                asWritten: "The three CCGs in Coventry and Warwickshire commenced a programme of work (known as the Out of Hospital (OoH) Programme) during 2015",
                source: src(SEP17, 610, 626), leadOrganisation: org("coventry-and-rugby-ccg"),
              },
            ],
            presentedItems: [
              { id: "coventry-hwb-2019-04-08-item-12", order: "12", title: "'I' Statements for Health and Social Care", meeting: { id: APR19, date: "2019-04-08" } },
              { id: "coventry-hwb-2019-01-14-item-10", order: "10", title: "CAMHS Local Transformation Plan: Year 3 Refresh", meeting: { id: JAN19, date: "2019-01-14" } },
              { id: "coventry-hwb-2017-09-04-item-7", order: "7", title: "Out of Hospital", meeting: { id: SEP17, date: "2017-09-04" } },
            ],
          },
        }),
    },
  ],

  ProgrammeTree: [
    {
      // 000:693-708: the Multiple Complex Needs programme's six projects; updates 004:390, 004:415,
      // 000:699-708 and 001:1153-1175.
      label: "the Multiple Complex Needs Programme",
      variables: { programmeId: "multiple-complex-needs" },
      check: (data) => {
        const p = data.programme;
        const update = (date: string, status: string, documentId: string, line: number) => ({
          date, status, ragRating: null, asWritten: null, source: src(documentId, line), reportedTo: { id: `coventry-hwb-${date}`, date },
        });
        expect({ ...p, aliases: [...p.aliases].sort(), children: undefined }).toEqual({
          id: "multiple-complex-needs", name: "Multiple Complex Needs Programme", shortName: "MCN", kind: "PROGRAMME", status: "ACTIVE",
          asWritten: "Multiple Complex Needs Programme", source: src(JAN19, 34, 36),
          statusUpdates: [update("2017-09-04", "ACTIVE", SEP17, 390), update("2019-01-14", "ACTIVE", JAN19, 699), update("2019-04-08", "ACTIVE", APR19, 1175)],
          aliases: ["Coventry Multiple Complex Needs Programme", "MCN programme"],
          leadPerson: person("mike-ohara"),
          leadOrganisation: org("west-midlands-police"),
          children: undefined,
        });
        const project = (id: string, name: string, status: string, line: number, updates: object[], shortName: string | null = null) => ({
          id, name, shortName, kind: "PROJECT", status, asWritten: name, source: src(JAN19, line), statusUpdates: updates, children: [],
        });
        expect(p.children).toEqual([
          project("mcn-housing-first", "Housing First", "PROPOSED", 700, [update("2019-01-14", "PROPOSED", JAN19, 700), update("2019-04-08", "PROPOSED", APR19, 1161)]),
          project("mcn-steps-for-change", "Steps for Change", "ACTIVE", 701, [update("2019-01-14", "ACTIVE", JAN19, 701), update("2019-04-08", "ACTIVE", APR19, 1159)]),
          project("mcn-experts-by-experience", "Experts by Experience", "ACTIVE", 702, [update("2019-01-14", "ACTIVE", JAN19, 702)]),
          project("mcn-case-management-forum", "Case Management Forum", "ACTIVE", 706, [update("2019-01-14", "ACTIVE", JAN19, 706), update("2019-04-08", "ACTIVE", APR19, 1153)]),
          project("mcn-making-every-adult-matter", "Making Every Adult Matter", "ACTIVE", 707, [update("2017-09-04", "PROPOSED", SEP17, 415), update("2019-01-14", "ACTIVE", JAN19, 707)], "MEAM"),
          project("mcn-evaluation", "Evaluation", "ACTIVE", 708, [update("2019-01-14", "ACTIVE", JAN19, 708), update("2019-04-08", "ACTIVE", APR19, 1167)]),
        ]);
      },
    },
    {
      // The STP programme: 14 workstreams and projects; the September 2017 update gives the one
      // RAG rating of the papers (004:584, primary care development: GREEN).
      label: "Better Health, Better Care, Better Value, three levels deep",
      variables: { programmeId: "bhbcbv" },
      check: (data) => {
        const p = data.programme;
        expect(p).toMatchObject({ id: "bhbcbv", shortName: "BHBCBV", leadPerson: person("rachael-danter"), leadOrganisation: null, source: src(JAN19, 38, 40) });
        expect(p.statusUpdates.map((u: any) => [u.date, u.source])).toEqual([
          ["2017-07-10", src(SEP17, 180)],
          ["2017-09-04", src(SEP17, 470)],
          ["2018-10-08", src(JAN19, 357)],
          ["2019-01-14", src(JAN19, 763)],
          ["2019-04-08", src(APR19, 1488)],
        ]);
        expect(p.children.map((c: any) => c.id)).toEqual([
          "bhbcbv-proactive-and-preventative",
          "bhbcbv-maternity-and-paediatrics",
          "bhbcbv-mental-health-and-emotional-wellbeing",
          "bhbcbv-planned-care",
          "bhbcbv-productivity-and-efficiency",
          "bhbcbv-urgent-and-emergency-care",
          "bhbcbv-estates",
          "bhbcbv-digital-health",
          "bhbcbv-workforce",
          "bhbcbv-cancer",
          "bhbcbv-stroke",
          "bhbcbv-information-management-and-technology",
          "bhbcbv-communications-and-engagement",
          "bhbcbv-primary-care-development",
        ]);
        const byId = Object.fromEntries(p.children.map((c: any) => [c.id, c]));
        expect(byId["bhbcbv-primary-care-development"].statusUpdates).toEqual([
          { date: "2017-09-04", status: "ACTIVE", ragRating: "GREEN", asWritten: null, source: src(SEP17, 584), reportedTo: { id: SEP17, date: "2017-09-04" } },
        ]);
        // Three levels: the Out of Hospital Programme sits within Proactive and Preventative.
        expect(byId["bhbcbv-proactive-and-preventative"].children).toEqual([
          expect.objectContaining({ id: "out-of-hospital", kind: "PROGRAMME", source: src(SEP17, 610, 626), children: [] }),
        ]);
        expect(byId["bhbcbv-maternity-and-paediatrics"].children.map((c: any) => c.name)).toEqual([
          "Implementing ‘better births’",
          "Improving maternal safety and wellbeing",
          "Reviewing and implementing the West Midlands Neonatal Review",
          "Implementing 'saving lives care bundle'",
        ]);
        expect(byId["bhbcbv-mental-health-and-emotional-wellbeing"].children.map((c: any) => [c.id, c.kind])).toEqual([
          ["bhbcbv-mental-health-community-capacity-and-resilience", "WORKSTREAM"],
          ["bhbcbv-mental-health-primary-care", "WORKSTREAM"],
          ["bhbcbv-mental-health-specialist-care", "WORKSTREAM"],
          ["bhbcbv-mental-health-acute-and-crisis-care", "WORKSTREAM"],
          ["psychiatric-decision-unit", "PROJECT"],
        ]);
        // 000:811 due to start in January; 001:1582 "went live on 11th February".
        expect(byId["bhbcbv-mental-health-and-emotional-wellbeing"].children[4].statusUpdates.map((u: any) => [u.date, u.status, u.source])).toEqual([
          ["2019-01-14", "PROPOSED", src(JAN19, 811)],
          ["2019-04-08", "ACTIVE", src(APR19, 1582)],
        ]);
      },
    },
  ],

  StrategyPrioritiesAndDelivery: [
    {
      // 001:929-941: the 2016-19 strategy, its owners and three priorities; deliveries 001:939,
      // 000:676, 001:1223-1225 and 001:1233.
      label: "the Coventry Health and Wellbeing Strategy 2016-19",
      variables: { strategyId: "coventry-health-and-wellbeing-strategy-2016-2019" },
      check: (data) => {
        const s = data.strategy;
        const duty = "The Council and the Clinical Commissioning Group have a statutory duty, through the Health and Wellbeing Board, to develop a Joint Strategic Needs Assessment (JSNA) for the city and a Health and Wellbeing Strategy";
        expect({ ...s, ownerships: byKey(s.ownerships, (o: any) => o.organisation.id), deliveries: undefined }).toEqual({
          id: "coventry-health-and-wellbeing-strategy-2016-2019",
          title: "Coventry Health and Wellbeing Strategy 2016-19",
          kind: "STRATEGY",
          status: "ACTIVE",
          periodLabel: "2016-19",
          periodStart: "2016-01-01",
          periodEnd: "2019-12-31",
          asWritten: "Coventry Health and Wellbeing Strategy 2016-19",
          source: src(APR19, 933, 935),
          approvedOn: null,
          approvalAsWritten: null,
          approvalSource: null,
          approvedBy: null,
          approvedAt: null,
          ownerships: [
            { asWritten: duty, source: src(APR19, 929), organisation: org("coventry-and-rugby-ccg") },
            { asWritten: duty, source: src(APR19, 929), organisation: org("coventry-city-council") },
          ],
          priorities: [
            {
              position: 1, title: "Working together as a Marmot City: reducing health and wellbeing inequalities",
              asWritten: "Working together as a Marmot City: reducing health and wellbeing inequalities", source: src(APR19, 939),
              programmes: [{ id: "marmot-city", name: "Marmot City programme" }],
            },
            {
              position: 2, title: "Improving the health and wellbeing of individuals with multiple complex needs",
              asWritten: "Improving the health and wellbeing of individuals with multiple complex needs; and", source: src(APR19, 940),
              programmes: [{ id: "multiple-complex-needs", name: "Multiple Complex Needs Programme" }],
            },
            {
              position: 3, title: "Developing an integrated health and care system that provides the right help and support to enable people to live their lives well",
              asWritten: "Developing an integrated health and care system that provides the right help and support to enable people to live their lives well", source: src(APR19, 941),
              programmes: [
                { id: "bhbcbv", name: "Better Health, Better Care, Better Value" },
                { id: "year-of-wellbeing", name: "Coventry and Warwickshire Year of Wellbeing 2019" },
              ],
            },
          ],
          deliveries: undefined,
        });
        const latest = { date: "2019-04-08", status: "ACTIVE" };
        // by programme name
        expect(s.deliveries).toEqual([
          {
            asWritten: "Progress in delivery of the Better Health Better Care Better Value plan (STP) and the emerging ICS is reported regularly to the Coventry Health and Wellbeing Board",
            source: src(APR19, 1223, 1225), priority: { position: 3 },
            programme: { id: "bhbcbv", name: "Better Health, Better Care, Better Value", status: "ACTIVE", leadOrganisation: null, latestStatusUpdate: latest },
          },
          {
            asWritten: "Case Study: Coventry and Warwickshire Year of Wellbeing 2019", source: src(APR19, 1233), priority: { position: 3 },
            programme: { id: "year-of-wellbeing", name: "Coventry and Warwickshire Year of Wellbeing 2019", status: "ACTIVE", leadOrganisation: { id: "coventry-city-council" }, latestStatusUpdate: latest },
          },
          {
            asWritten: "Working together as a Marmot City: reducing health and wellbeing inequalities", source: src(APR19, 939), priority: { position: 1 },
            programme: { id: "marmot-city", name: "Marmot City programme", status: "ACTIVE", leadOrganisation: { id: "coventry-city-council" }, latestStatusUpdate: latest },
          },
          {
            asWritten: "the priority of the Coventry Health and Wellbeing Strategy (2016-2019) on Improving the health and wellbeing of individuals with multiple complex needs",
            source: src(JAN19, 676), priority: { position: 2 },
            programme: { id: "multiple-complex-needs", name: "Multiple Complex Needs Programme", status: "ACTIVE", leadOrganisation: { id: "west-midlands-police" }, latestStatusUpdate: latest },
          },
        ]);
      },
    },
    {
      // 001:344: the board declared the Concordat on 14 January 2019; its five priorities
      // (000:1029-1033); the BHBCBV mental health workstream delivers priority 3 (000:1031).
      label: "the Prevention Concordat for Better Mental Health",
      variables: { strategyId: "coventry-prevention-concordat-for-better-mental-health" },
      check: (data) => {
        expect(data.strategy).toMatchObject({
          kind: "CONCORDAT",
          status: "APPROVED",
          approvedOn: "2019-01-14",
          approvalAsWritten: "(3) Agreement be given to declaring a local Prevention Concordat for Better Mental Health for Coventry and over overseeing local delivery.",
          approvalSource: src(APR19, 344),
          approvedBy: { id: COVENTRY_BOARD, name: "Coventry Health and Wellbeing Board" },
          approvedAt: { id: JAN19, date: "2019-01-14" },
          ownerships: [],
          source: src(JAN19, 940),
        });
        expect(data.strategy.priorities.map((p: any) => p.title)).toEqual(["Leadership and direction", "Understanding local need and assets", "Working together", "Taking action", "Defining success"]);
        expect(data.strategy.deliveries).toEqual([
          {
            asWritten: "We will build on the strong partnerships already in existence across our Mental Health and Wellbeing STP/BHBCBV programme.",
            source: src(JAN19, 1031), priority: { position: 3 },
            programme: {
              id: "bhbcbv-mental-health-and-emotional-wellbeing", name: "Mental Health and Emotional Wellbeing", status: "ACTIVE", leadOrganisation: null,
              latestStatusUpdate: { date: "2019-01-14", status: "ACTIVE" },
            },
          },
        ]);
      },
    },
  ],

  StrategiesActiveOn: [
    {
      // Owned by the council and in force on 14 January 2019: the 2016-19 strategy (001:933-935),
      // its 2019-2022 refresh (001:1431-1437) and the Physical Activity Framework (001:509).
      label: "the council's strategies in force on 14 January 2019",
      variables: { activeOn: "2019-01-14", ownerId: "coventry-city-council" },
      check: (data) =>
        expect(data.strategies).toEqual({
          totalCount: 3,
          items: [
            {
              id: "coventry-health-and-wellbeing-strategy-2016-2019", title: "Coventry Health and Wellbeing Strategy 2016-19", kind: "STRATEGY", status: "ACTIVE",
              periodLabel: "2016-19", periodStart: "2016-01-01", periodEnd: "2019-12-31",
              asWritten: "Coventry Health and Wellbeing Strategy 2016-19", source: src(APR19, 933, 935),
              owners: [{ id: "coventry-and-rugby-ccg" }, { id: "coventry-city-council" }], approvedBy: null,
            },
            {
              id: "coventry-health-and-wellbeing-strategy-2019-2022", title: "Coventry Health and Wellbeing Strategy 2019", kind: "STRATEGY", status: "DRAFT",
              periodLabel: "2019-2022", periodStart: "2019-01-01", periodEnd: "2022-12-31",
              asWritten: "The refreshed Strategy for 2019-2022", source: src(APR19, 1431, 1437),
              owners: [{ id: "coventry-and-rugby-ccg" }, { id: "coventry-city-council" }], approvedBy: null,
            },
            {
              id: "coventry-physical-activity-framework-2019-2024", title: "Coventry Physical Activity Framework 2019-2024", kind: "FRAMEWORK", status: "DRAFT",
              periodLabel: "2019 - 2024", periodStart: "2019-01-01", periodEnd: "2024-12-31",
              asWritten: "The draft Coventry on the Move framework 2019 – 2024", source: src(APR19, 509),
              owners: [{ id: "coventry-city-council" }, { id: "west-midlands-combined-authority" }], approvedBy: null,
            },
          ],
        }),
    },
    {
      // Warwickshire in November 2013: the 2012-15 strategy (003:1159, approved March 2013).
      label: "strategies in force on 20 November 2013",
      variables: { activeOn: "2013-11-20", kinds: ["STRATEGY"] },
      check: (data) =>
        expect(data.strategies).toMatchObject({
          totalCount: 1,
          items: [
            {
              id: "warwickshire-joint-health-and-wellbeing-strategy-2012-2015", periodStart: "2012-01-01", periodEnd: "2015-12-31",
              source: src(WARKS13, 1159), owners: [], approvedBy: { id: "warwickshire-health-and-wellbeing-board" },
            },
          ],
        }),
    },
  ],

  IndicatorAgainstTarget: [
    {
      // 001:1393 OI1: 63.9% (15/16), 65.4% (2016/17), 66.1% (17/18) against the 17/18 target of 70.7%.
      label: "children with a good level of development at 5, Coventry",
      variables: { indicatorCode: "good-level-of-development-age-5", areaCode: "E08000026" },
      check: (data) => {
        const value = (period: string, periodStart: string, periodEnd: string, v: string, statusAgainstTarget: string, target: object | null) => ({
          period, periodStart, periodEnd, sex: "PERSONS", value: v, asWritten: `${v}%`, source: src(APR19, 1393), reportedBy: { id: "coventry-city-council" }, statusAgainstTarget, target,
        });
        expect(data.indicator).toEqual({
          code: "good-level-of-development-age-5",
          name: "Children achieving a good level of development at age 5",
          unit: "PERCENT",
          unitAsWritten: null,
          polarity: "HIGH_IS_GOOD",
          status: "ACTIVE",
          frameworkMemberships: [{ reference: "OI1", framework: { code: "marmot-indicators", name: "Coventry Marmot City outcome indicators" } }],
          measurements: [
            value("15/16", "2015-04-01", "2016-03-31", "63.9", "NO_TARGET", null),
            value("2016/17", "2016-04-01", "2017-03-31", "65.4", "NO_TARGET", null),
            // 70.7 - 66.1 = 4.6, more than 5% of 70.7 (3.535): red.
            value("17/18", "2017-04-01", "2018-03-31", "66.1", "RED", {
              period: "17/18", value: "70.7", asWritten: "Better than or equal to national average: 70.7%", source: src(APR19, 1393), area: { code: "E08000026" },
            }),
          ],
        });
      },
    },
    {
      // 000:2676: routine referral to treatment within 18 weeks, Coventry, against the 95% target
      // of Table 22 ("15/16 onwards").
      label: "CAMHS routine referrals treated within 18 weeks, Coventry",
      variables: { indicatorCode: "camhs-routine-referral-to-treatment-18-weeks", areaCode: "E08000026" },
      check: (data) => {
        expect(data.indicator.measurements.map((m: any) => [m.period, m.value, m.asWritten, m.statusAgainstTarget])).toEqual([
          ["15/16", "100", "100%", "GREEN"],
          ["16/17", "100", "100%", "GREEN"],
          ["17/18", "97.6", "97.6%", "GREEN"],
          ["Q1 18/19", "100", "100%", "GREEN"],
        ]);
        for (const m of data.indicator.measurements) {
          expect(m.source).toEqual(src(JAN19, 2676));
          expect(m.reportedBy).toEqual({ id: "coventry-and-rugby-ccg" });
          expect(m.target).toEqual({ period: "15/16 onwards", value: "95", asWritten: "95%", source: src(JAN19, 2676), area: { code: "E08000026" } });
        }
      },
    },
  ],

  ContradictoryValues: [
    {
      // Coventry and Rugby CAMHS referrals in 2016/17: "3505 Inc. Rugby children" (000:1276,
      // Table 1) and "3,568" (000:2691, Table 23).
      label: "CAMHS referrals, Coventry and Rugby CCG area, 2016/17",
      variables: { indicatorCode: "camhs-referrals", areaCode: "E38000038", periodFrom: "2016/17", periodTo: "2016/17" },
      check: (data) => {
        expect(data.measurements.totalCount).toBe(2);
        expect(byKey(data.measurements.items, (m: any) => m.value)).toEqual([
          { period: "2016/17", value: "3505", asWritten: "3505 Inc. Rugby children", source: src(JAN19, 1276), reportedBy: org("cwpt") },
          { period: "2016/17", value: "3568", asWritten: "3,568", source: src(JAN19, 2691), reportedBy: org("cwpt") },
        ]);
        // 2014/15 and 2015/16 are given twice too, but alike (3442, 4349): not contradictory.
        expect(data.indicator).toEqual({
          code: "camhs-referrals",
          name: "Referrals to the CAMHS single point of entry",
          recentTrend: { periods: ["2014/15", "2015/16", "2016/17", "2017/18"], contradictoryPeriods: ["2016/17"] },
        });
      },
    },
    {
      label: "CAMHS referrals, every year",
      variables: { indicatorCode: "camhs-referrals", areaCode: "E38000038" },
      check: (data) => {
        expect(data.measurements.totalCount).toBe(7);
        expect(data.measurements.items.map((m: any) => m.period)).toEqual(["2014/15", "2014/15", "2015/16", "2015/16", "2016/17", "2016/17", "2017/18"]);
        expect(data.measurements.items[6]).toEqual({ period: "2017/18", value: "3836", asWritten: "3,836", source: src(JAN19, 2691), reportedBy: org("cwpt") });
      },
    },
  ],

  AreaMeasurementsByFramework: [
    {
      // 001:1391-1429: the Marmot outcome indicators' 17/18 actuals and targets for Coventry;
      // England's 17/18 values are given for self-harm (404 per 100,000, 001:1401) and NEET
      // (5.6%, 001:1115) only.
      label: "Coventry's Marmot indicators in 2017/18",
      variables: { areaCode: "E08000026", frameworkCode: "marmot-indicators", period: "2017/18" },
      check: (data) => {
        expect(data.framework).toEqual({ code: "marmot-indicators", name: "Coventry Marmot City outcome indicators", asWritten: "Outcome Indicators", source: src(APR19, 1387, 1389) });
        expect(data.area).toMatchObject({ code: "E08000026", name: "Coventry" });
        const rows = data.area.measurements.map((m: any) => [m.indicator.code, m.period, m.value, m.asWritten, m.source.firstLine, m.statusAgainstTarget, m.target?.value ?? null, m.comparedWithEngland]);
        expect(rows).toEqual([
          ["child-poverty-after-housing-costs", "17/18", "32.77", "32.77%", 1421, "RED", "28", "NOT_COMPARED"],
          ["early-years-attainment-gap", "17/18", "37.3", "37.3%", 1397, "RED", "35.4", "NOT_COMPARED"],
          ["fuel-poverty", "17/18", "15.3", "15.3%", 1427, "RED", "11", "NOT_COMPARED"],
          ["good-level-of-development-age-5", "17/18", "66.1", "66.1%", 1393, "RED", "70.7", "NOT_COMPARED"],
          ["homeless-households-with-children", "17/18", "421", "421", 1424, "NO_TARGET", null, "NOT_COMPARED"],
          ["hospital-admissions-self-harm-10-24", "17/18", "438", "438 per 100,000", 1400, "GREEN", "450", "WORSE"],
          // The paper writes "2.0%" for a rate per 1,000 households; the value is exact: 2.
          ["households-in-temporary-accommodation", "17/18", "2", "2.0%", 1429, "GREEN", "3.4", "NOT_COMPARED"],
          // 3.1 misses 3.0 by 0.1, within 5% of the target: amber.
          ["jsa-claimant-rate-gap", "17/18", "3.1", "3.1%", 1409, "AMBER", "3", "NOT_COMPARED"],
          // 58 misses 61 by 3, within 5% of 61 (3.05): amber.
          ["ks2-expected-standard-rwm", "17/18", "58", "58%", 1395, "AMBER", "61", "NOT_COMPARED"],
          ["neet-16-18", "17/18", "5", "5.0%", 1402, "GREEN", "5.6", "BETTER"],
          ["resident-workplace-earnings-gap", "17/18", "95.4", "£535.70 average earnings of residents / 95.4% of city workers", 1413, "AMBER", "95.8", "NOT_COMPARED"],
          ["workless-households", "17/18", "18.8", "18.8%", 1428, "RED", "15.1", "NOT_COMPARED"],
        ]);
        for (const m of data.area.measurements) {
          expect(m.sex).toBe("PERSONS");
          expect(m.source.documentId).toBe(APR19);
        }
        expect(data.area.measurements[5].target).toEqual({ value: "450", asWritten: "450", source: src(APR19, 1400) });
      },
    },
  ],

  DiscontinuedIndicators: [
    {
      label: "every discontinued indicator",
      variables: { statuses: ["DISCONTINUED"] },
      check: (data) =>
        expect(data.indicators).toEqual({
          totalCount: 3,
          items: [
            {
              // 000:2700 Table 24, replaced by the rolling 12-month access measure (002:117).
              code: "camhs-access-diagnosable-condition",
              name: "Children and young people with a diagnosable mental health condition accessing treatment",
              status: "DISCONTINUED",
              discontinuedOn: null,
              discontinuedNote:
                'Replaced by a numerical access target on a 12-month rolling period ("the move from a % target to a numerical target on a 12-month rolling period", CAMHS LTP refresh, 13 December 2023); the papers give no date.',
              asWritten: "CYP with a diagnosable mental health condition",
              source: src(JAN19, 2700),
              frameworks: [{ code: "camhs-ltp" }],
              successor: {
                code: "camhs-access-rolling-12-months",
                name: "Children and young people accessing NHS-funded mental health services (rolling 12 months)",
                status: "ACTIVE",
                asWritten: "the access rate metric, following the move from a % target to a numerical target on a 12-month rolling period",
                source: src(CAMHS23, 117),
              },
            },
            {
              code: "delayed-transfers-of-care-daily",
              name: "Delayed transfers of care: average delays per day",
              status: "DISCONTINUED",
              discontinuedOn: "2020-03-01",
              discontinuedNote: "Collection stopped in March 2020 (from the project design; the seed papers predate it).",
              asWritten: "DToC per day",
              source: src(JAN19, 162),
              frameworks: [{ code: "bcf-national-metrics" }, { code: "warwickshire-s256-2013-14" }],
              successor: null,
            },
            {
              code: "delayed-transfers-of-care-occupied-beds",
              name: "Delayed transfers of care as a percentage of occupied beds",
              status: "DISCONTINUED",
              discontinuedOn: "2020-03-01",
              discontinuedNote: "Collection stopped in March 2020 (from the project design; the seed papers predate it).",
              asWritten: "Delayed patients per month as a percentage of occupied beds",
              source: src(APR19, 1991, 1995),
              frameworks: [{ code: "place-forum-outcomes" }],
              successor: null,
            },
          ],
        }),
    },
  ],

  ComparisonWithEngland: [
    {
      // 000:1793-1798 Figure 12 (Warwickshire, with 95% limits) against England's values in
      // 000:1776-1781: England inside Warwickshire's interval in 2011/12, 2012/13 and 2014/15
      // (similar), below it in the other years (worse: low is good).
      label: "self-harm admissions aged 15-19, Warwickshire",
      variables: { indicatorCode: "hospital-admissions-self-harm-15-19", areaCode: "E10000031" },
      check: (data) => {
        const i = data.indicator;
        expect(i).toMatchObject({ code: "hospital-admissions-self-harm-15-19", name: "Hospital admissions as a result of self-harm (15-19 years)", polarity: "LOW_IS_GOOD" });
        const row = (period: string, value: string, lcl: string, ucl: string, line: number, comparedWithEngland: string, england: string, englandAsWritten: string, region: string) => ({
          period, value, lowerConfidenceLimit: lcl, upperConfidenceLimit: ucl, asWritten: value.includes(".") ? value : `${value}.0`, source: src(JAN19, line), comparedWithEngland,
          comparators: [
            { area: { code: "E92000001" }, value: england, asWritten: englandAsWritten, source: src(JAN19, line - 17) },
            { area: { code: "E12000005" }, value: region, asWritten: `${region}*`, source: src(JAN19, line - 17) },
          ],
        });
        expect(i.measurements).toEqual([
          row("2011/12", "443.4", "373.9", "522", 1793, "SIMILAR", "469.2", "469.2", "487.9"), // upper limit written 522.0
          row("2012/13", "486.1", "412.4", "569.3", 1794, "SIMILAR", "483.6", "483.6", "498.7"),
          row("2013/14", "687.8", "599.5", "785.4", 1795, "WORSE", "593.3", "593.3", "598.2"),
          row("2014/15", "584.1", "502.7", "674.9", 1796, "SIMILAR", "588.6", "588.6", "569.2"),
          row("2015/16", "754.6", "662", "856.6", 1797, "WORSE", "648.8", "648.8", "658.9"), // lower limit written 662.0
          row("2016/17", "791.6", "695.7", "896.9", 1798, "WORSE", "631.3", "631.3*", "631.3"),
        ]);
      },
    },
  ],

  RecentTrend: [
    {
      // 000:1790 "Recent trend: ↑" for Warwickshire; counts 154, 218, 184, 239, 246 (000:1794-1798).
      label: "self-harm admissions aged 15-19, Warwickshire",
      variables: { indicatorCode: "hospital-admissions-self-harm-15-19", areaCode: "E10000031" },
      check: (data) =>
        expect(data.indicator).toEqual({
          code: "hospital-admissions-self-harm-15-19",
          name: "Hospital admissions as a result of self-harm (15-19 years)",
          polarity: "LOW_IS_GOOD",
          recentTrend: {
            direction: "INCREASING",
            judgement: "WORSENING",
            method: "CHI_SQUARED_FOR_TREND",
            periods: ["2012/13", "2013/14", "2014/15", "2015/16", "2016/17"],
            contradictoryPeriods: [],
          },
          latestMeasurement: { period: "2016/17", value: "791.6", count: "246", asWritten: "791.6", source: src(JAN19, 1798) },
        }),
    },
    {
      // 000:1773 "Recent trend: →" for Coventry.
      label: "self-harm admissions aged 15-19, Coventry",
      variables: { indicatorCode: "hospital-admissions-self-harm-15-19", areaCode: "E08000026" },
      check: (data) =>
        expect(data.indicator).toMatchObject({
          recentTrend: { direction: "NO_CHANGE", judgement: "NO_JUDGEMENT", method: "CHI_SQUARED_FOR_TREND", periods: ["2012/13", "2013/14", "2014/15", "2015/16", "2016/17"], contradictoryPeriods: [] },
          latestMeasurement: { period: "2016/17", value: "739.4", count: "169", asWritten: "739.4", source: src(JAN19, 1781) },
        }),
    },
  ],

  SourceExcerpt: [
    {
      // 003:4323, the Integration Transformation Fund's £3.8bn (a table row: two cells, a tab between).
      label: "line 4323 of the Warwickshire pack",
      variables: { documentId: WARKS13, firstLine: 4323, lastLine: 4323 },
      check: (data) =>
        expect(data.sourceDocument).toEqual({
          id: WARKS13,
          title: "Warwickshire Health and Wellbeing Board meeting pack, 20 November 2013",
          kind: "MEETING_PACK",
          publishedOn: "2013-11-20",
          fileName: "003_7976878203b5d6a9.txt",
          contentHash: "cd899cf3512333dc07c057e6ff83bc5feb76442120abbda2ee63f0933a4af765",
          lineCount: 5546,
          publisher: org("warwickshire-county-council"),
          excerpt: {
            documentId: WARKS13,
            firstLine: 4323,
            lastLine: 4323,
            text: "An additional £200m transfer from the NHS to social care, in addition to the £900m transfer already planned\t£3.8bn pooled budget to be deployed locally on health and social care through pooled budget arrangements",
          },
        }),
    },
    {
      // 004:849-851, three lines joined with "\n".
      label: "three lines of the September 2017 pack",
      variables: { documentId: SEP17, firstLine: 849, lastLine: 851 },
      check: (data) =>
        expect(data.sourceDocument.excerpt).toEqual({
          documentId: SEP17,
          firstLine: 849,
          lastLine: 851,
          text: "In Scope Services (CCGs)\tValue 17/18 £m\nSouth Warwickshire\t21,715,000\nCoventry\t21,700,479",
        }),
    },
  ],

  KeyDates: [
    {
      // 004:344 and 004:346: Ofsted's re-inspection of Coventry's children's services (6-30 March
      // 2017) and its report (13 June 2017), dates that concern the council and no other record.
      label: "the key dates that concern Coventry City Council",
      variables: { organisationId: "coventry-city-council" },
      check: (data) =>
        expect(data.milestones).toEqual([
          {
            id: "ofsted-reinspection-coventry-childrens-services-2017",
            title: "Ofsted re-inspection of services for children in need of help and protection, children looked after and care leavers",
            kind: "INSPECTION",
            status: "MET",
            plannedDate: "2017-03-06",
            plannedEndDate: "2017-03-30",
            plannedAsWritten: "between 6th and 30th March, 2017",
            actualDate: null,
            venue: null,
            asWritten: "by Ofsted between 6th and 30th March, 2017",
            source: src(SEP17, 344),
            organisation: org("coventry-city-council"),
            board: null,
            programme: null,
            strategy: null,
          },
          {
            id: "ofsted-reinspection-coventry-report-published-2017",
            title: "Ofsted re-inspection of services report published",
            kind: "PUBLICATION",
            status: "MET",
            plannedDate: null,
            plannedEndDate: null,
            plannedAsWritten: null,
            actualDate: "2017-06-13",
            venue: null,
            asWritten: "report published on 13th June, 2017",
            source: src(SEP17, 346),
            organisation: org("coventry-city-council"),
            board: null,
            programme: null,
            strategy: null,
          },
        ]),
    },
    {
      // 003:76: the Warwickshire board's Joint MoU and Francis Report Workshop, with its room.
      label: "the Warwickshire board's workshop in November 2013",
      variables: { boardId: "warwickshire-health-and-wellbeing-board", from: "2013-11-01", to: "2013-11-30", statuses: ["PLANNED"] },
      check: (data) => {
        expect(data.milestones.map((m: any) => [m.id, m.plannedDate, m.venue, m.source])).toEqual([
          ["joint-mou-and-francis-report-workshop-2013", "2013-11-26", "Conference Room, Northgate House at Warwick", src(WARKS13, 76)],
        ]);
      },
    },
  ],

  SearchSources: [
    {
      // The five lines of the papers that name the "System Leadership Academy": 000:785, 823 and
      // 882 (the STP's mobilisation days) and 004:184 and 004:472; no record cites any of them.
      label: "where the papers name the System Leadership Academy",
      variables: { text: '"System Leadership Academy"' },
      check: (data) => {
        const lines = data.searchSources.map((h: any) => `${h.excerpt.documentId}:${h.excerpt.firstLine}`);
        expect(lines.sort()).toEqual([`${SEP17}:184`, `${SEP17}:472`, `${JAN19}:785`, `${JAN19}:823`, `${JAN19}:882`]);
        for (const hit of data.searchSources) {
          expect(hit.excerpt.lastLine).toBe(hit.excerpt.firstLine);
          expect(hit.excerpt.text).toContain("System Leadership Academy");
          expect(hit.rank).toBeGreaterThan(0);
        }
        const ranks = data.searchSources.map((h: any) => h.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      },
    },
    {
      // 003:2005: the Safe Places Scheme with Warwickshire Police, searched within the Warwickshire
      // pack only (no curated record cites that line).
      label: "the Safe Places Scheme in the Warwickshire pack",
      variables: { text: "Safe Places Scheme Warwickshire Police", documentId: WARKS13, first: 1 },
      check: (data) => {
        expect(data.searchSources).toHaveLength(1);
        expect(data.searchSources[0].excerpt).toMatchObject({ documentId: WARKS13, firstLine: 2005, lastLine: 2005 });
        expect(data.searchSources[0].citedBy).toEqual([]);
      },
    },
  ],

  WhereFigureComesFrom: [
    {
      // 000:156: "£179.502m, made up of £63.897m of City Council resource and £115.605m of CCG resource".
      label: "the Coventry Better Care Fund 2017-19",
      variables: { poolId: "coventry-bcf-2017-19" },
      check: (data) => {
        const pool = data.fundingPool;
        expect({ ...pool, contributions: byKey(pool.contributions, (c: any) => c.contributor) }).toEqual({
          id: "coventry-bcf-2017-19",
          name: "Coventry Better Care Fund 2017-19 pooled budget",
          total: "179502000.00",
          asWritten: "£179.502m",
          source: {
            ...src(JAN19, 156),
            text: BCF_LINE_156,
            document: { title: "Coventry Health and Well-being Board meeting pack, 14 January 2019", kind: "MEETING_PACK", publishedOn: "2019-01-04", fileName: "000_0acbd59825e2002a.txt", publisher: { id: "coventry-city-council" } },
          },
          contributions: [
            { contributor: "CCG resource", amount: "115605000.00", asWritten: "£115.605m", source: { ...src(JAN19, 156), text: BCF_LINE_156 } },
            { contributor: "City Council resource", amount: "63897000.00", asWritten: "£63.897m", source: { ...src(JAN19, 156), text: BCF_LINE_156 } },
          ],
        });
        // The parts add up to the whole: 63.897 + 115.605 = 179.502.
        for (const c of pool.contributions) expect(BCF_LINE_156).toContain(c.asWritten);
      },
    },
  ],

  PartnerOverview: [
    {
      label: "Coventry City Council, meetings of 2018-2019, indicators in Coventry",
      variables: { organisationId: "coventry-city-council", areaCode: "E08000026", from: "2018-01-01", to: "2019-12-31" },
      check: (data) => {
        const o = data.organisation;
        expect(o).toMatchObject({
          ...org("coventry-city-council"),
          sector: "LOCAL_AUTHORITY",
          // 000:156
          fundingContributions: [
            { financialYear: null, amount: "63897000.00", asWritten: "£63.897m", source: src(JAN19, 156), pool: { id: "coventry-bcf-2017-19", name: "Coventry Better Care Fund 2017-19 pooled budget" } },
          ],
          // 004:288 "The additional funding element over and above the budget for Coventry was £18.6m"
          hostedFundingPools: [{ id: "coventry-ibcf-2017-20", name: "Coventry improved Better Care Fund", total: "18600000.00", asWritten: "£18.6m", source: src(SEP17, 288) }],
          strategiesOwned: [
            { id: "coventry-health-and-wellbeing-strategy-2016-2019", title: "Coventry Health and Wellbeing Strategy 2016-19" },
            { id: "coventry-health-and-wellbeing-strategy-2019-2022", title: "Coventry Health and Wellbeing Strategy 2019" },
            { id: "coventry-physical-activity-framework-2019-2024", title: "Coventry Physical Activity Framework 2019-2024" },
          ],
          // Council members and officers attended both held meetings (000:100-123, 001:102-127).
          meetingsAttended: [
            { id: JAN19, date: "2019-01-14", board: { name: "Coventry Health and Wellbeing Board" } },
            { id: "coventry-hwb-2018-10-08", date: "2018-10-08", board: { name: "Coventry Health and Wellbeing Board" } },
          ],
        });
        expect(o.ledProgrammes.map((p: any) => [p.id, p.indicators.length])).toEqual([["cqc-improvement-plan", 0], ["year-of-wellbeing", 0], ["marmot-city", 13]]);
        const latest = Object.fromEntries(o.ledProgrammes[2].indicators.map((i: any) => [i.code, i.latestMeasurement]));
        // 001:1407 O16: "24%" in 2016/17, "Data unavailable" for 17/18, so 2016/17 is the latest.
        // The council's own figures (it stewards the Marmot indicators), written by the curated import.
        const official = { standing: "OFFICIAL", reportedBy: { id: "coventry-city-council" }, importRecord: expect.objectContaining({ actor: "seed" }) };
        expect(latest["employment-gap-long-term-condition"]).toEqual({
          period: "2016/17", value: "24", asWritten: "24%", source: src(APR19, 1407), statusAgainstTarget: "NO_TARGET", target: null, ...official,
        });
        // 001:1400 O14: 438 per 100,000 against a target of 450 (low is good).
        expect(latest["hospital-admissions-self-harm-10-24"]).toEqual({
          period: "17/18", value: "438", asWritten: "438 per 100,000", source: src(APR19, 1400), statusAgainstTarget: "GREEN",
          target: { value: "450", asWritten: "450", source: src(APR19, 1400) }, ...official,
        });
        expect(Object.values(latest).filter((m) => m === null)).toEqual([]);
      },
    },
  ],

  PartnerReportedFigures: [
    {
      // CWPT is the source of the referral figures of Table 1 (000:1276) and Table 23 (000:2691).
      label: "Coventry and Warwickshire Partnership NHS Trust",
      variables: { organisationId: "cwpt" },
      check: (data) => {
        const o = data.organisation;
        expect(o).toMatchObject(org("cwpt"));
        const area = { code: "E38000038", name: "NHS Coventry and Rugby CCG" };
        const fig = (period: string, value: string, asWritten: string, line: number) => ({ indicator: { code: "camhs-referrals" }, area, period, value, asWritten, source: src(JAN19, line) });
        expect(o.reportedMeasurements).toHaveLength(7);
        expect(o.reportedMeasurements.map((m: any) => m.period)).toEqual(["2014/15", "2014/15", "2015/16", "2015/16", "2016/17", "2016/17", "2017/18"]);
        expect(o.reportedMeasurements).toEqual(
          expect.arrayContaining([
            fig("2014/15", "3442", "3442 Inc. Rugby children", 1276),
            fig("2014/15", "3442", "3,442", 2691),
            fig("2015/16", "4349", "4349 Inc. Rugby children", 1276),
            fig("2015/16", "4349", "4,349", 2691),
            fig("2016/17", "3505", "3505 Inc. Rugby children", 1276),
            fig("2016/17", "3568", "3,568", 2691),
            fig("2017/18", "3836", "3,836", 2691),
          ]),
        );
      },
    },
  ],

  FundingTotalsByPartner: [
    {
      // 2017/18 contributions: 004:850-853 (the Out of Hospital table, Coventry and Rugby both
      // CRCCG) and 004:288 "2017/18 - £7.1m" of the iBCF, which names no contributing body.
      label: "contributions in 2017/18",
      variables: { financialYears: ["2017/18"] },
      check: (data) =>
        expect(data.fundingTotals).toEqual([
          { key: "coventry-and-rugby-ccg", label: "coventry-and-rugby-ccg", total: "27014100.00", count: 2, organisation: { ...org("coventry-and-rugby-ccg"), sector: "CCG" } },
          { key: "south-warwickshire-ccg", label: "south-warwickshire-ccg", total: "21715000.00", count: 1, organisation: { ...org("south-warwickshire-ccg"), sector: "CCG" } },
          { key: "warwickshire-north-ccg", label: "warwickshire-north-ccg", total: "8698920.00", count: 1, organisation: { ...org("warwickshire-north-ccg"), sector: "CCG" } },
          { key: "not-attributed", label: "Not attributed to an organisation", total: "7100000.00", count: 1, organisation: null },
        ]),
    },
    {
      // Allocations by recipient: only the Priority Families budget names one (003:535).
      label: "allocations received, every year",
      variables: { measure: "ALLOCATIONS" },
      check: (data) => {
        expect(data.fundingTotals[0]).toEqual({
          key: "warwickshire-county-council", label: "warwickshire-county-council", total: "2024300.00", count: 1, organisation: { ...org("warwickshire-county-council"), sector: "LOCAL_AUTHORITY" },
        });
        expect(data.fundingTotals).toHaveLength(2);
        expect(data.fundingTotals[1]).toMatchObject({ key: "not-attributed", organisation: null });
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// The documents themselves.

/** Types whose records carry a figure: every selection of them must say where it comes from. */
const FIGURE_TYPES = new Set(["Contribution", "Allocation", "Grant", "StatedTotal", "Measurement", "Target"]);

function fieldNames(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): Map<string, FieldNode> {
  const out = new Map<string, FieldNode>();
  for (const s of selectionSet?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.set(s.alias?.value ?? s.name.value, s);
    else if (s.kind === Kind.INLINE_FRAGMENT) for (const [k, v] of fieldNames(s.selectionSet, fragments)) out.set(k, v);
    else {
      const fragment = fragments.get(s.name.value);
      if (fragment) for (const [k, v] of fieldNames(fragment.selectionSet, fragments)) out.set(k, v);
    }
  }
  return out;
}

/** Figure-bearing selections lacking `asWritten` or `source { documentId firstLine lastLine }`. */
function missingProvenance(schema: GraphQLSchema, doc: DocumentNode): string[] {
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const typeInfo = new TypeInfo(schema);
  const problems: string[] = [];
  visit(
    doc,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getType();
        if (!type || !node.selectionSet) return;
        const named = getNamedType(type);
        const fields = fieldNames(node.selectionSet, fragments);
        const isFigure = FIGURE_TYPES.has(named.name) || (named.name === "FundingPool" && fields.has("total"));
        if (!isObjectType(named) || !isFigure) return;
        const source = fields.get("source");
        const sourceFields = fieldNames(source?.selectionSet, fragments);
        if (!fields.has("asWritten") || !["documentId", "firstLine", "lastLine"].every((f) => sourceFields.has(f))) {
          problems.push(`${node.name.value} (${named.name}) at line ${node.loc?.startToken.line}`);
        }
      },
    }),
  );
  return problems;
}

describe("the named operations in schema/operations", () => {
  const schema = buildSchema(readFileSync(resolve(root, "schema/supergraph.graphql"), "utf8"));
  const readme = readFileSync(resolve(operationsDir, "README.md"), "utf8");

  it("are at least 25 files, each one named query matching its file name, each with a case in this test", () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const f of files) {
      expect(f.operations, f.file).toHaveLength(1);
      const [op] = f.operations;
      expect(op.operation, f.file).toBe("query");
      expect(op.name?.value, f.file).toBeDefined();
      expect(`${kebab(op.name!.value)}.graphql`, f.file).toBe(f.file);
    }
    const names = files.map((f) => f.operations[0].name!.value).sort();
    expect(Object.keys(cases).sort()).toEqual(names);
    for (const name of names) expect(cases[name].length, name).toBeGreaterThan(0);
  });

  it("start with a comment saying the question, who asks it and the variables", () => {
    for (const f of files) {
      const header = f.text.split("\n").filter((_, i, lines) => lines.slice(0, i + 1).every((l) => l.startsWith("#")));
      const comment = header.join("\n");
      expect(header.length, f.file).toBeGreaterThanOrEqual(3);
      expect(comment, f.file).toMatch(/^# Question: /);
      expect(comment, f.file).toMatch(/\n# Asked by: /);
      expect(comment, f.file).toMatch(/\n# Variables:/);
      for (const v of f.operations[0].variableDefinitions ?? []) expect(comment, `${f.file}: $${v.variable.name.value}`).toContain(`$${v.variable.name.value}`);
    }
  });

  it("validate against the supergraph and take ids, codes, years and dates as variables, not literals", () => {
    for (const f of files) {
      expect(validate(schema, f.document).map((e) => e.message), f.file).toEqual([]);
      expect(f.operations[0].variableDefinitions?.length ?? 0, f.file).toBeGreaterThan(0);
      const literals: string[] = [];
      visit(f.document, { StringValue: (node) => void literals.push(node.value) });
      expect(literals, f.file).toEqual([]);
    }
  });

  it("say where every figure comes from: asWritten and source { documentId firstLine lastLine }", () => {
    for (const f of files) expect(missingProvenance(schema, f.document), f.file).toEqual([]);
  });

  it("are listed in schema/operations/README.md", () => {
    for (const f of files) {
      expect(readme, f.file).toContain(f.operations[0].name!.value);
      expect(readme, f.file).toContain(f.file);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Running them.

const runs = files.flatMap((f) => {
  const name = f.operations[0]?.name?.value ?? f.file;
  return (cases[name] ?? []).map((c) => ({ title: `${name}: ${c.label}`, text: f.text, ...c }));
});

describe.each(backends)("the named operations on %s", (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  });
  afterAll(() => hub?.close());

  it.each(runs)("$title", async ({ text, variables, check }) => {
    const res = await hub.query(text, variables);
    expect(res.errors).toBeUndefined();
    check(res.data);
  });
});
