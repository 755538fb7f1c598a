// The generated client against a running hub: the hub serves exactly the published schema
// (schema/api.graphql), typed documents send their variables and get typed answers, and refusals
// surface as PlacegraphRequestError. `npm run typecheck` compiles this file, so the type
// assertions below fail the build when the generated types drift from what the hub answers.
import { buildClientSchema, buildSchema, getIntrospectionQuery, GraphQLSchema, type IntrospectionQuery, lexicographicSortSchema, printSchema, specifiedDirectives } from "graphql";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  BoardMeetingsDocument,
  createPlacegraphClient,
  FundingPoolStatementDocument,
  IndicatorAgainstTargetDocument,
  PartnerFundingByYearDocument,
  type PartnerFundingByYearQuery,
  type PlacegraphClient,
  PlacegraphRequestError,
  type Schema,
} from "../../client/index.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

let hub: TestHub;
let client: PlacegraphClient;

beforeAll(async () => {
  hub = await startTestHub("pglite");
  client = createPlacegraphClient({ url: hub.url });
});
afterAll(() => hub?.close());

describe("typed client against the hub", () => {
  it("is generated from the schema the hub serves: introspection prints as schema/api.graphql", async () => {
    const published = await readFile(resolve(import.meta.dirname, "../../schema/api.graphql"), "utf8");
    const answer = await hub.query<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }));
    expect(answer.errors).toBeUndefined();
    // Sorted: introspection lists types in the gateway's order, the printed file in composition's.
    // The engine also lists the access directives it enforces (@authenticated, @requiresScopes,
    // with their scalar requiresScopes__Scope): the API is the rest.
    const config = buildClientSchema(answer.data!).toConfig();
    const types = config.types.filter((t) => t.name !== "requiresScopes__Scope");
    const served = printSchema(lexicographicSortSchema(new GraphQLSchema({ ...config, types, directives: specifiedDirectives })));
    expect(served).toBe(printSchema(lexicographicSortSchema(buildSchema(published))));
    expect(served).toContain("type FundingPool {");
  });

  it("asks PartnerFundingByYear with typed variables and gets the CCG's 2017/18 contributions", async () => {
    const answer = await client.request(PartnerFundingByYearDocument, { organisationId: "coventry-and-rugby-ccg", financialYear: "2017/18" });
    expectTypeOf(answer).toEqualTypeOf<PartnerFundingByYearQuery>();
    // Money is an exact string, never a float.
    expectTypeOf(answer.contributionsByYear[0].total).toEqualTypeOf<string>();
    expect(answer.organisation?.name).toBe("NHS Coventry and Rugby Clinical Commissioning Group");
    expect(answer.organisation?.fundingContributions?.map((c) => [c.contributor, c.amount, c.asWritten, c.source?.firstLine, c.pool.id])).toEqual([
      ["Coventry", "21700479.00", "21,700,479", 851, "out-of-hospital-in-scope-2017-18"],
      ["Rugby", "5313621.00", "5,313,621", 852, "out-of-hospital-in-scope-2017-18"],
    ]);
    expect(answer.contributionsByYear.map((y) => [y.key, y.total, y.count])).toEqual([
      ["2017/18", "27014100.00", 2],
      ["not-stated", "116483000.00", 3],
    ]);
  });

  it("types enum answers as the schema's enums", async () => {
    const answer = await client.request(IndicatorAgainstTargetDocument, { indicatorCode: "good-level-of-development-age-5", areaCode: "E08000026" });
    const statuses = answer.indicator!.measurements.map((m) => m.statusAgainstTarget);
    expectTypeOf(statuses).toEqualTypeOf<Schema.StatusAgainstTarget[]>();
    expect(answer.indicator!.measurements.map((m) => [m.period, m.value, m.statusAgainstTarget, m.target?.value ?? null])).toEqual([
      ["15/16", "63.9", "NO_TARGET", null],
      ["2016/17", "65.4", "NO_TARGET", null],
      ["17/18", "66.1", "RED", "70.7"],
    ]);
  });

  it("refuses an answer with errors as a whole, partial data included", async () => {
    // The pool exists, so the hub answers 200 with data and an error on the contributions list.
    const partial = client.request(FundingPoolStatementDocument, { poolId: "coventry-bcf-2017-19", financialYear: "2017/2018" });
    await expect(partial).rejects.toBeInstanceOf(PlacegraphRequestError);
    await expect(partial).rejects.toMatchObject({
      status: 200,
      message: 'financialYear must look like "2018/19", got "2017/2018"',
      errors: [expect.objectContaining({ path: ["fundingPool", "contributions"], extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })],
    });
  });

  it("refuses a variable the schema's scalar rejects, naming it", async () => {
    const refused = client.request(BoardMeetingsDocument, { boardId: "coventry-health-and-wellbeing-board", from: "2019-02-30" });
    await expect(refused).rejects.toMatchObject({
      name: "PlacegraphRequestError",
      status: 400,
      message: 'Variable "$from" got invalid value "2019-02-30"; Date cannot represent an invalid date-string 2019-02-30.',
    });
  });

  it("lets the compiler refuse a call without a required variable or with a wrong type", () => {
    // Never called: only the compiler looks at these. Each line must stay an error.
    const unchecked = () => {
      // @ts-expect-error organisationId is required
      void client.request(PartnerFundingByYearDocument, { financialYear: "2017/18" });
      // @ts-expect-error financialYear is a String, not a number
      void client.request(PartnerFundingByYearDocument, { organisationId: "coventry-city-council", financialYear: 2017 });
    };
    expect(typeof unchecked).toBe("function");
  });
});
