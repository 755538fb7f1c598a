// The funding subgraph through the embedded gateway over HTTP, on PGlite and PostgreSQL, against
// the seed fixture: pooled budgets, contributions, allocations and grants exactly as the board
// papers write them, with the lines they come from.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, countStatements } from "../support/databases.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

const source = "source { documentId firstLine lastLine }";

describe.each(backends)("funding subgraph on %s", (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  });
  afterAll(() => hub?.close());

  it("serves the Coventry BCF 2017-19 pool with its split by contributor, exactly and with its line", async () => {
    const res = await hub.query(`{
      fundingPool(id: "coventry-bcf-2017-19") {
        name kind financialYears periodStart periodEnd total asWritten ${source} contributedTotal
        hostOrganisation { id } area { code name }
        contributions { contributor amount financialYear asWritten ${source} organisation { id name } }
        allocations { id }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const cite = { documentId: "coventry-hwb-2019-01-14", firstLine: 156, lastLine: 156 };
    expect(res.data.fundingPool).toEqual({
      name: "Coventry Better Care Fund 2017-19 pooled budget",
      kind: "BCF",
      financialYears: ["2017/18", "2018/19"],
      periodStart: "2017-04-01",
      periodEnd: "2019-03-31",
      total: "179502000.00",
      asWritten: "£179.502m",
      source: cite,
      contributedTotal: "179502000.00",
      hostOrganisation: null,
      area: { code: "E08000026", name: "Coventry" },
      contributions: [
        {
          contributor: "CCG resource", amount: "115605000.00", financialYear: null, asWritten: "£115.605m", source: cite,
          organisation: { id: "coventry-and-rugby-ccg", name: "NHS Coventry and Rugby Clinical Commissioning Group" },
        },
        {
          contributor: "City Council resource", amount: "63897000.00", financialYear: null, asWritten: "£63.897m", source: cite,
          organisation: { id: "coventry-city-council", name: "Coventry City Council" },
        },
      ],
      allocations: [],
    });
  });

  it("serves the Warwickshire s256 transfer with its allocations by service, planned outputs and stated totals", async () => {
    const res = await hub.query(`{
      fundingPool(id: "warwickshire-s256-2013-14") {
        kind total asWritten ${source} contributedTotal allocatedTotal hostOrganisation { id name }
        contributions { amount asWritten organisation { id } ${source} }
        allocations(financialYear: "2013/14") { purpose amount plannedOutput asWritten ${source} }
        statedTotals { label measure amount asWritten computedTotal difference ${source} }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const pool = res.data.fundingPool;
    const doc = "warwickshire-hwb-2013-11-20";
    expect(pool).toMatchObject({
      kind: "S256_TRANSFER",
      total: "7997949.00",
      asWritten: "£7,997,949",
      source: { documentId: doc, firstLine: 4560, lastLine: 4561 },
      contributedTotal: "7997949.00",
      allocatedTotal: "7998000.00",
      hostOrganisation: { id: "warwickshire-county-council", name: "Warwickshire County Council" },
      contributions: [{ amount: "7997949.00", asWritten: "one instalment of £7,997,949", organisation: { id: "nhs-england" }, source: { documentId: doc, firstLine: 4626, lastLine: 4626 } }],
    });
    expect(pool.allocations.map((a: any) => [a.purpose, a.amount, a.asWritten])).toEqual([
      ["Dementia Care", "500000.00", "500"],
      ["Integrated Community Equipment Services", "1400000.00", "1,400"],
      ["Reablement", "4348000.00", "4,348"],
      ["Respite Care", "1600000.00", "1,600"],
      ["Telecare", "150000.00", "150"],
    ]);
    expect(pool.allocations[2]).toEqual({
      purpose: "Reablement",
      amount: "4348000.00",
      plannedOutput: "Number of episodes of reablement provided (approximately 2,300)",
      asWritten: "4,348",
      source: { documentId: doc, firstLine: 4449, lastLine: 4449 },
    });
    // "£8m" for Warwickshire against the exact grant; the £'000 table total against its rows.
    expect(pool.statedTotals).toEqual([
      { label: "Warwickshire's share of the 2013/14 national transfer", measure: "CONTRIBUTIONS", amount: "8000000.00", asWritten: "£8m", computedTotal: "7997949.00", difference: "2051.00", source: { documentId: doc, firstLine: 4423, lastLine: 4423 } },
      { label: "Total", measure: "ALLOCATIONS", amount: "7998000.00", asWritten: "7,998", computedTotal: "7998000.00", difference: "0.00", source: { documentId: doc, firstLine: 4454, lastLine: 4454 } },
    ]);
  });

  it("keeps the CAMHS Table 30 contradictions: each CCG's stated total beside the exact sum of its rows", async () => {
    const res = await hub.query(`{
      fundingPool(id: "camhs-ltp-baseline-indicative-costs") {
        total contributedTotal allocatedTotal
        statedTotals { organisation { id shortName } amount asWritten computedTotal difference ${source} }
      }
      allocations(filter: { fundedById: "south-warwickshire-ccg", poolIds: ["camhs-ltp-baseline-indicative-costs"] }) {
        totalCount items { purpose amount asWritten ${source} }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const line = (n: number) => ({ documentId: "coventry-hwb-2019-01-14", firstLine: n, lastLine: n });
    expect(res.data.fundingPool).toEqual({
      total: null,
      contributedTotal: "1236000.00",
      allocatedTotal: "1219343.00",
      statedTotals: [
        { organisation: { id: "coventry-and-rugby-ccg", shortName: "CRCCG" }, amount: "628000.00", asWritten: "£628,000", computedTotal: "628000.00", difference: "0.00", source: line(2891) },
        { organisation: { id: "south-warwickshire-ccg", shortName: "SWCCG" }, amount: "327213.00", asWritten: "£327,213", computedTotal: "329212.00", difference: "-1999.00", source: line(2891) },
        { organisation: { id: "warwickshire-north-ccg", shortName: "WNCCG" }, amount: "262132.00", asWritten: "£262,132", computedTotal: "262131.00", difference: "1.00", source: line(2891) },
      ],
    });
    expect(res.data.allocations.totalCount).toBe(6);
    expect(res.data.allocations.items.map((a: any) => a.amount)).toEqual(["108145.00", "92333.00", "40000.00", "43098.00", "45538.00", "98.00"]);
    expect(res.data.allocations.items[1]).toEqual({ purpose: "Priority 2: waiting times", amount: "92333.00", asWritten: "£92,333", source: line(2886) });
  });

  it("serves the improved BCF by year from the minutes of 10 July 2017", async () => {
    const res = await hub.query(`{
      fundingPool(id: "coventry-ibcf-2017-20") {
        kind total asWritten purposes hostOrganisation { id }
        contributions { financialYear amount asWritten ${source} }
        only1819: contributions(financialYear: "2018/19") { amount }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const pool = res.data.fundingPool;
    expect(pool).toMatchObject({ kind: "IBCF", total: "18600000.00", asWritten: "£18.6m", hostOrganisation: { id: "coventry-city-council" } });
    expect(pool.purposes).toHaveLength(3);
    expect(pool.contributions.map((c: any) => [c.financialYear, c.amount, c.asWritten])).toEqual([
      ["2017/18", "7100000.00", "2017/18 - £7.1m"],
      ["2018/19", "4400000.00", "2018/19 - £4.4m"],
      ["2019/20", "7100000.00", "2019/20 - £7.1m (although the 2019/20 figure was outside the scope of the current planning)"],
    ]);
    expect(pool.contributions[0].source).toEqual({ documentId: "coventry-hwb-2017-09-04", firstLine: 288, lastLine: 288 });
    expect(pool.only1819).toEqual([{ amount: "4400000.00" }]);
  });

  it("totals contributions by financial year, exactly", async () => {
    const res = await hub.query(`{
      all: fundingTotals(groupBy: FINANCIAL_YEAR) { key label financialYear total count }
      ibcf: fundingTotals(groupBy: FINANCIAL_YEAR, filter: { poolKinds: [IBCF] }) { key total count }
      allocations: fundingTotals(groupBy: FINANCIAL_YEAR, measure: ALLOCATIONS, filter: { financialYears: ["2017/18", "2018/19"] }) { key total count }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.all.map((r: any) => [r.key, r.total, r.count])).toEqual([
      ["2012/13", "1000000.00", 2],
      ["2013/14", "9337949.00", 3],
      ["2014/15", "344000.00", 2],
      ["2015/16", "3800000000.00", 2],
      ["2017/18", "64528020.00", 5],
      ["2018/19", "21740000.00", 4],
      ["2019/20", "7100000.00", 1],
      ["not-stated", "181230000.00", 8],
    ]);
    expect(res.data.all[7]).toEqual({ key: "not-stated", label: "Financial year not stated", financialYear: null, total: "181230000.00", count: 8 });
    expect(res.data.ibcf).toEqual([
      { key: "2017/18", total: "7100000.00", count: 1 },
      { key: "2018/19", total: "4400000.00", count: 1 },
      { key: "2019/20", total: "7100000.00", count: 1 },
    ]);
    // Coventry CAMHS Table 31: each year's rows add up to its "Total Investment".
    expect(res.data.allocations).toEqual([
      { key: "2017/18", total: "3458252.00", count: 5 },
      { key: "2018/19", total: "3666590.00", count: 7 },
    ]);
  });

  it("totals contributions by organisation and by kind, exactly, with the organisation from partners", async () => {
    const res = await hub.query(`{
      byOrganisation: fundingTotals(groupBy: ORGANISATION) { key total count organisation { name } }
      byKind: fundingTotals(groupBy: KIND, filter: { hostOrganisationId: "warwickshire-county-council" }) { key label total count }
      byPool: fundingTotals(groupBy: POOL, filter: { organisationId: "coventry-and-rugby-ccg" }) { key label total count pool { kind } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.byOrganisation).toEqual([
      { key: "coventry-and-rugby-ccg", total: "143497100.00", count: 5, organisation: { name: "NHS Coventry and Rugby Clinical Commissioning Group" } },
      { key: "coventry-city-council", total: "63897000.00", count: 1, organisation: { name: "Coventry City Council" } },
      { key: "department-for-communities-and-local-government", total: "2684000.00", count: 6, organisation: { name: "Department for Communities and Local Government" } },
      { key: "nhs-england", total: "7997949.00", count: 1, organisation: { name: "NHS England" } },
      { key: "south-warwickshire-ccg", total: "22199000.00", count: 3, organisation: { name: "NHS South Warwickshire Clinical Commissioning Group" } },
      { key: "warwickshire-north-ccg", total: "9064920.00", count: 3, organisation: { name: "NHS Warwickshire North Clinical Commissioning Group" } },
      { key: "not-attributed", total: "3835940000.00", count: 8, organisation: null },
    ]);
    expect(res.data.byKind).toEqual([
      { key: "S256_TRANSFER", label: "Section 256 transfer from the NHS to a council", total: "7997949.00", count: 1 },
      { key: "GRANT", label: "Grant funding", total: "2684000.00", count: 6 },
    ]);
    expect(res.data.byPool).toEqual([
      { key: "camhs-ltp-baseline-indicative-costs", label: "CAMHS Local Transformation Plan: baseline indicative costs by CCG (Table 30)", total: "628000.00", count: 1, pool: { kind: "OTHER" } },
      { key: "camhs-eating-disorder-funding", label: "CAMHS eating disorder funding by CCG (Table 30)", total: "250000.00", count: 1, pool: { kind: "OTHER" } },
      { key: "coventry-bcf-2017-19", label: "Coventry Better Care Fund 2017-19 pooled budget", total: "115605000.00", count: 1, pool: { kind: "BCF" } },
      { key: "out-of-hospital-in-scope-2017-18", label: "Out of Hospital services in scope: commissioners' current expenditure 2017/18", total: "27014100.00", count: 2, pool: { kind: "CONTRACT_BUDGET" } },
    ]);
  });

  it("adds funding to partners' Organisation, starting from organisation(id) at the gateway", async () => {
    const res = await hub.query(`{
      organisation(id: "coventry-city-council") {
        name
        fundingContributions { amount asWritten ${source} pool { id name total } }
        in2017: fundingContributions(financialYear: "2017/18") { amount }
        hostedFundingPools { id contributedTotal }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.organisation).toEqual({
      name: "Coventry City Council",
      fundingContributions: [
        {
          amount: "63897000.00",
          asWritten: "£63.897m",
          source: { documentId: "coventry-hwb-2019-01-14", firstLine: 156, lastLine: 156 },
          pool: { id: "coventry-bcf-2017-19", name: "Coventry Better Care Fund 2017-19 pooled budget", total: "179502000.00" },
        },
      ],
      in2017: [],
      hostedFundingPools: [{ id: "coventry-ibcf-2017-20", contributedTotal: "18600000.00" }],
    });
  });

  it("says what an organisation received: allocations and grants as two lists plus exact totals", async () => {
    const res = await hub.query(`{
      cwpt: organisation(id: "cwpt") {
        grantsReceived { identifier title amountAwarded currency financialYear funder { id } plannedDates { startDate endDate asWritten } asWritten ${source} }
        fundingReceived { financialYear allocationsTotal allocationCount grantsTotal grantCount total }
        in2018: fundingReceived(financialYear: "2018/19") { grantsTotal grantCount total }
      }
      wcc: organisation(id: "warwickshire-county-council") {
        allocationsReceived { purpose amount asWritten programme { id } pool { id } }
        fundingReceived { allocationsTotal grantsTotal total }
        hostedFundingPools { id }
      }
      nhse: organisation(id: "nhs-england") { grantsAwarded { identifier amountAwarded recipient { id name } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.cwpt.grantsReceived).toEqual([
      {
        identifier: "cwpt-intensive-support-pilot",
        title: "Intensive support for children and young people with LD and/or ASD",
        amountAwarded: "512000.00",
        currency: "GBP",
        financialYear: "2018/19",
        funder: null,
        plannedDates: { startDate: "2018-04-01", endDate: null, asWritten: "from April 2018" },
        asWritten: "£512K",
        source: { documentId: "coventry-hwb-2019-01-14", firstLine: 2138, lastLine: 2138 },
      },
      {
        identifier: "nhs-england-uec-mental-health-cwpt",
        title: "Transformation funding for three urgent and emergency care mental health schemes",
        amountAwarded: "347000.00",
        currency: "GBP",
        financialYear: null,
        funder: { id: "nhs-england" },
        plannedDates: null,
        asWritten: "£347,000",
        source: { documentId: "coventry-hwb-2019-01-14", firstLine: 854, lastLine: 854 },
      },
    ]);
    expect(res.data.cwpt.fundingReceived).toEqual({
      financialYear: null, allocationsTotal: "0.00", allocationCount: 0, grantsTotal: "859000.00", grantCount: 2, total: "859000.00",
    });
    expect(res.data.cwpt.in2018).toEqual({ grantsTotal: "512000.00", grantCount: 1, total: "512000.00" });
    expect(res.data.wcc).toEqual({
      allocationsReceived: [{
        purpose: "Priority Families Programme budget: the 'up front' funding plus a minimum of 30% of the amount available under Payment by Results",
        amount: "2024300.00",
        asWritten: "£2,024,300",
        programme: { id: "priority-families" },
        pool: { id: "warwickshire-priority-families-dclg-2012-15" },
      }],
      fundingReceived: { allocationsTotal: "2024300.00", grantsTotal: "0.00", total: "2024300.00" },
      hostedFundingPools: [{ id: "warwickshire-s256-2013-14" }, { id: "warwickshire-priority-families-dclg-2012-15" }],
    });
    expect(res.data.nhse.grantsAwarded).toEqual([
      { identifier: "nhs-england-uec-mental-health-cwpt", amountAwarded: "347000.00", recipient: { id: "cwpt", name: "Coventry and Warwickshire Partnership NHS Trust" } },
      { identifier: "nhs-england-health-and-justice-cyp-workers", amountAwarded: "99000.00", recipient: null },
      { identifier: "nhs-england-elective-care-transformation-cw-stp", amountAwarded: "67000.00", recipient: { id: "coventry-and-warwickshire-stp", name: "Coventry and Warwickshire Sustainability and Transformation Partnership" } },
    ]);
  });

  it("adds funding to Programme and Area", async () => {
    const res = await hub.query(`{
      grants(filter: { programmeId: "bhbcbv" }) {
        totalCount items { identifier programme { id funding { grantsTotal allocationsTotal total grants { identifier } } } }
      }
      camhs: allocations(filter: { programmeId: "camhs-transformation" }, limit: 1) {
        totalCount items { programme { funding { allocationsTotal grantsTotal total } } }
      }
      area(code: "E10000031") { name fundingPools { id } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.grants.totalCount).toBe(3);
    expect(res.data.grants.items[0].programme).toEqual({
      id: "bhbcbv",
      funding: {
        grantsTotal: "1102144.00",
        allocationsTotal: "0.00",
        total: "1102144.00",
        grants: [
          { identifier: "west-midlands-cancer-alliance-cw-stp" },
          { identifier: "nhs-england-uec-mental-health-cwpt" },
          { identifier: "nhs-england-elective-care-transformation-cw-stp" },
        ],
      },
    });
    expect(res.data.camhs.totalCount).toBe(31);
    expect(res.data.camhs.items[0].programme.funding).toEqual({ allocationsTotal: "2757604.00", grantsTotal: "611000.00", total: "3368604.00" });
    expect(res.data.area).toEqual({
      name: "Warwickshire",
      fundingPools: [{ id: "warwickshire-s256-2013-14" }, { id: "warwickshire-priority-families-dclg-2012-15" }, { id: "warwickshire-camhs-core-contract" }],
    });
  });

  it("filters, sorts and pages pools and grants", async () => {
    const res = await hub.query(`{
      kinds: fundingPools(filter: { kinds: [BCF, IBCF, ITF] }) { totalCount items { id } }
      years: fundingPools(filter: { financialYears: ["2018/19"] }, orderBy: TOTAL_DESCENDING) { totalCount items { id total } }
      coventry: fundingPools(filter: { areaCode: "e08000026" }, orderBy: PERIOD_START, limit: 2, offset: 1) { totalCount limit offset hasMore items { id periodStart } }
      grants(filter: { funderId: "nhs-england", minAmount: "90000.00", maxAmount: "350000.00" }, orderBy: TITLE) { totalCount items { identifier } }
      dated: grants(filter: { from: "2018-04-01", to: "2019-03-31" }) { items { identifier } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.kinds).toEqual({
      totalCount: 3,
      items: [{ id: "coventry-bcf-2017-19" }, { id: "coventry-ibcf-2017-20" }, { id: "itf-2015-16" }],
    });
    expect(res.data.years).toEqual({
      totalCount: 4,
      items: [
        { id: "coventry-bcf-2017-19", total: "179502000.00" },
        { id: "coventry-ibcf-2017-20", total: "18600000.00" },
        { id: "coventry-camhs-finance-2015-19", total: null },
        { id: "west-midlands-cancer-alliance-transformation-2018-19", total: null },
      ],
    });
    expect(res.data.coventry).toEqual({
      totalCount: 3,
      limit: 2,
      offset: 1,
      hasMore: false,
      items: [{ id: "coventry-bcf-2017-19", periodStart: "2017-04-01" }, { id: "coventry-ibcf-2017-20", periodStart: "2017-04-01" }],
    });
    expect(res.data.grants).toEqual({
      totalCount: 2,
      items: [{ identifier: "nhs-england-health-and-justice-cyp-workers" }, { identifier: "nhs-england-uec-mental-health-cwpt" }],
    });
    expect(res.data.dated.items).toEqual([{ identifier: "cwpt-intensive-support-pilot" }]);
  });

  it("refuses a malformed financial year, naming the argument", async () => {
    const res = await hub.query(`{ organisation(id: "coventry-city-council") { fundingContributions(financialYear: "2018") { amount } } }`);
    expect(res.errors?.[0].message).toBe('financialYear must look like "2018/19", got "2018"');
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const gap = await hub.query(`{ fundingTotals(groupBy: POOL, filter: { financialYears: ["2018/20"] }) { key } }`);
    expect(gap.errors?.[0].message).toBe('financialYears must name two consecutive years, like "2018/19", got "2018/20"');
    expect(gap.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a float or malformed Money input with the exact message", async () => {
    const float = await hub.query(`{ grants(filter: { minAmount: 1000.5 }) { totalCount } }`);
    expect(float.errors?.map((e) => e.message)).toEqual([
      'Money must be a decimal number written as a string, such as "179502000.00"; got 1000.5',
    ]);
    expect(float.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const query = `query($min: Money) { grants(filter: { minAmount: $min }) { totalCount } }`;
    const malformed = await hub.query(query, { min: "£1,000" });
    expect(malformed.errors?.map((e) => e.message)).toEqual([
      'Variable "$min" got invalid value "£1,000"; Money must be a decimal number written as a string, such as "179502000.00"; got "£1,000"',
    ]);
    const good = await hub.query(query, { min: "500000.00" });
    expect(good.data.grants.totalCount).toBe(2);
  });

  it("refuses an inverted amount range with a clear message", async () => {
    const res = await hub.query(`{ grants(filter: { minAmount: "500000.00", maxAmount: "1000.00" }) { totalCount } }`);
    expect(res.errors?.[0].message).toBe('maxAmount must not be less than minAmount, got minAmount "500000.00" and maxAmount "1000.00"');
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("enforces the migration's constraints: no negative money, financial years as two consecutive years", async () => {
    const base = { poolId: "coventry-bcf-2017-19", contributor: "Test" };
    await expect(hub.db.prisma.contribution.create({ data: { ...base, id: "test-negative", amount: "-1.00" } })).rejects.toThrow(/Contribution_amount_not_negative/);
    await expect(hub.db.prisma.contribution.create({ data: { ...base, id: "test-year", amount: "1.00", financialYear: "2018/20" } })).rejects.toThrow(
      /Contribution_financialYear_format/,
    );
    await expect(hub.db.prisma.grant.create({ data: { id: "test-usd", title: "T", amountAwarded: "1.00", currency: "USD" } })).rejects.toThrow(/Grant_currency_gbp/);
    expect(await hub.db.prisma.contribution.count({ where: { id: { startsWith: "test-" } } })).toBe(0);
  });

  describe("SQL statements for a pools list with contributions, allocations and organisations", () => {
    // limit 400, not 500: the engine's demand control (@listSize, nested lists assumed 10 long) estimates 500 rows of this at 53,504, over the default 50,000.
    const query = `query($ids: [ID!]) {
      fundingPools(filter: { kinds: [OTHER] }, limit: 400) {
        totalCount
        items {
          id contributedTotal hostOrganisation { name }
          contributions { amount organisation { name } }
          allocations { amount recipient { name } }
        }
      }
      contributions(filter: { poolIds: $ids }) { totalCount }
    }`;

    async function addPools(from: number, to: number) {
      const pools = Array.from({ length: to - from }, (_, i) => `test-pool-${String(from + i).padStart(3, "0")}`);
      await hub.db.prisma.fundingPool.createMany({
        data: pools.map((id) => ({ id, name: id, kind: "OTHER" as const, hostOrganisationId: "coventry-city-council", total: "10.00" })),
      });
      await hub.db.prisma.contribution.createMany({
        data: pools.flatMap((id) => [
          { id: `${id}/a`, poolId: id, contributor: "A", organisationId: "coventry-city-council", amount: "3.10" },
          { id: `${id}/b`, poolId: id, contributor: "B", organisationId: "nhs-england", amount: "6.90" },
        ]),
      });
      await hub.db.prisma.allocation.createMany({
        data: pools.map((id) => ({ id: `${id}/x`, poolId: id, purpose: "X", recipientId: "cwpt", amount: "10.00" })),
      });
    }

    async function countFor(expectedPools: number) {
      let res: any;
      const { count, sql } = await countStatements(hub.db, async () => {
        res = await hub.query(query, { ids: ["test-pool-000"] });
      });
      expect(res.errors).toBeUndefined();
      const items = res.data.fundingPools.items.filter((p: any) => p.id.startsWith("test-pool-"));
      expect(items).toHaveLength(expectedPools);
      expect(items[0]).toEqual({
        id: "test-pool-000",
        contributedTotal: "10.00",
        hostOrganisation: { name: "Coventry City Council" },
        contributions: [{ amount: "3.10", organisation: { name: "Coventry City Council" } }, { amount: "6.90", organisation: { name: "NHS England" } }],
        allocations: [{ amount: "10.00", recipient: { name: "Coventry and Warwickshire Partnership NHS Trust" } }],
      });
      // Every organisation reference (hosts, contributors, recipients) in one partners batch.
      expect(sql.filter((q) => q.includes('FROM "public"."Organisation"'))).toHaveLength(1);
      return count;
    }

    it("costs the same number of statements for 5 and 60 pools", async () => {
      await addPools(0, 5);
      const small = await countFor(5);
      await addPools(5, 60);
      const large = await countFor(60);
      // Page and count of pools, one batch each of contributions and allocations, the
      // contributions page and its count, and one batch of organisations in partners.
      expect(large).toBe(small);
      expect(small).toBe(7);
    });
  });
});
