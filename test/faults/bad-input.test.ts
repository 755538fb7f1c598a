// Bad input at the subgraphs: text PostgreSQL cannot store (a NUL byte, a lone surrogate) in
// any String or ID argument, and lists longer than the documented maximum, are the client's
// errors (BAD_USER_INPUT naming the argument), never a database error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_LIST_LENGTH } from "../../src/subgraph/input.ts";
import { parseDataset } from "../../src/dataset/validate.ts";
import { backends } from "../support/databases.ts";
import { postGraphQL, startTestHub, type TestHub } from "../support/hub.ts";

// Read by the importDataset mutation on each request.
const adminToken = "test-admin-token-0123456789";
process.env.PLACEGRAPH_ADMIN_TOKEN = adminToken;

const organisation = (name: string) => ({ id: "nul-test-trust", name, sector: "NHS_TRUST" });

it("a dataset file with a NUL byte is refused before anything is read from the database, naming the place", () => {
  const text = JSON.stringify({ format: "placegraph-dataset/1", organisations: [organisation("Test\u0000Trust")] });
  expect(() => parseDataset("nul.json", text)).toThrow(
    "nul.json: 1 problem, nothing was imported:\n  organisations[0].name: text that cannot be stored (a NUL character at position 4)",
  );
});

it("names every place of unstorable text in a large file: a value deep in a record, a key, a list item", () => {
  const measurement = (i: number) => ({
    indicator: "good-level-of-development-age-5", area: "E08000026", period: `synthetic ${i}`, periodStart: "2017-04-01", periodEnd: "2018-03-31",
    value: String(i), source: { document: "coventry-hwb-2019-04-08", lines: "1393", asWritten: i === 25_000 ? "12\u0000%" : `${i}%` },
  });
  const measurements: Record<string, unknown>[] = Array.from({ length: 50_000 }, (_, i) => measurement(i));
  measurements[30_000]["note\uD800"] = "x";
  const meetings = [{ id: "m", agendaItems: [{ title: "ok" }, { title: ["a", "b\u0000"] }] }];
  const text = JSON.stringify({ format: "placegraph-dataset/1", measurements, meetings });
  expect(() => parseDataset("large.json", text)).toThrow(
    "large.json: 3 problems, nothing was imported:\n" +
      "  measurements[25000].source.asWritten: text that cannot be stored (a NUL character at position 2)\n" +
      "  measurements[30000]: text that cannot be stored (a lone surrogate U+D800 at position 4)\n" +
      "  meetings[0].agendaItems[1].title[1]: text that cannot be stored (a NUL character at position 1)",
  );
});

describe.each(backends)("bad input on %s", (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  });
  afterAll(() => hub?.close());

  it("refuses a NUL byte in an ID argument, naming it", async () => {
    const answer = await hub.query(`query($id: ID!) { organisation(id: $id) { id } }`, { id: "coventry\u0000city-council" });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.argumentName, e.message])).toEqual([
      ["BAD_USER_INPUT", "id", 'Argument "id" holds text that cannot be stored (a NUL character at position 8).'],
    ]);
  });

  it("refuses a NUL byte in a String field of an input object, naming its path", async () => {
    const answer = await hub.query(`query($years: [String!]) { contributions(filter: { financialYears: $years }) { totalCount } }`, { years: ["2017/18", "2018\u0000/19"] });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.argumentName, e.message])).toEqual([
      ["BAD_USER_INPUT", "filter.financialYears[1]", 'Argument "filter.financialYears[1]" holds text that cannot be stored (a NUL character at position 4).'],
    ]);
  });

  it("refuses a lone surrogate in a String field", async () => {
    const answer = await hub.query(`query($text: String) { organisations(filter: { text: $text }) { totalCount } }`, { text: "\ud800x" });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.argumentName, e.message])).toEqual([
      ["BAD_USER_INPUT", "filter.text", 'Argument "filter.text" holds text that cannot be stored (a lone surrogate U+D800 at position 0).'],
    ]);
  });

  it("refuses a NUL byte inside the dataset the importDataset mutation is sent, writing nothing", async () => {
    const before = await hub.db.prisma.importRun.count();
    const answer = await postGraphQL(
      hub.url,
      `mutation($dataset: JSONObject!) { importDataset(fileName: "nul.json", dataset: $dataset) { importRunId } }`,
      { dataset: { format: "placegraph-dataset/1", organisations: [organisation("Test\u0000Trust")] } },
      { authorization: `Bearer ${adminToken}` },
    );
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.argumentName, e.message])).toEqual([
      ["BAD_USER_INPUT", "dataset.organisations[0].name", 'Argument "dataset.organisations[0].name" holds text that cannot be stored (a NUL character at position 4).'],
    ]);
    expect(await hub.db.prisma.organisation.count({ where: { id: "nul-test-trust" } })).toBe(0);
    expect(await hub.db.prisma.importRun.count()).toBe(before);
  });

  it(`refuses a list argument longer than ${MAX_LIST_LENGTH} items`, async () => {
    const ids = Array.from({ length: 60_000 }, (_, i) => `pool-${i}`);
    const answer = await hub.query(`query($ids: [ID!]) { contributions(filter: { poolIds: $ids }) { totalCount } }`, { ids });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.argumentName, e.message])).toEqual([
      ["BAD_USER_INPUT", "filter.poolIds", `Argument "filter.poolIds" holds 60000 items; at most ${MAX_LIST_LENGTH} are accepted.`],
    ]);
  });

  it(`answers a list of exactly ${MAX_LIST_LENGTH} items`, async () => {
    const ids = ["coventry-bcf-2017-19", ...Array.from({ length: MAX_LIST_LENGTH - 1 }, (_, i) => `pool-${i}`)];
    const answer = await hub.query(`query($ids: [ID!]) { contributions(filter: { poolIds: $ids }) { totalCount } }`, { ids });
    expect(answer.errors).toBeUndefined();
    const direct = await hub.db.prisma.contribution.count({ where: { poolId: "coventry-bcf-2017-19" } });
    expect(answer.data.contributions.totalCount).toBe(direct);
    expect(direct).toBeGreaterThan(0);
  });
});
