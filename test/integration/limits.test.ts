// Operation limits at the gateway: each refused over HTTP with its stable code before any subgraph
// is called, at the limit still answered; the cost estimate; the execution time-out; the settings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, limitsFrom, loadConfig } from "../../src/config.ts";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import type { Limits } from "../../src/gateway/limits.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { backends, countStatements, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL } from "../support/hub.ts";

const defaults = limitsFrom(loadConfig({}));

describe("limit settings", () => {
  it("have defaults", () => {
    expect(defaults).toEqual({
      maxDepth: 12, maxAliases: 15, maxRootFields: 20, maxTokens: 3000, maxDirectives: 20,
      maxCost: 50_000, assumedListSize: 10, maxStringLength: 2000, executionTimeoutMs: 15_000,
    });
  });

  it("are read from the environment, and a bad value names its variable", () => {
    expect(limitsFrom(loadConfig({ PLACEGRAPH_MAX_DEPTH: "5", PLACEGRAPH_MAX_COST: "1000" }))).toMatchObject({ maxDepth: 5, maxCost: 1000 });
    expect(() => loadConfig({ PLACEGRAPH_MAX_DEPTH: "0", PLACEGRAPH_EXECUTION_TIMEOUT_MS: "soon" })).toThrow(
      new ConfigError(
        "Invalid configuration:\n" +
          '  PLACEGRAPH_MAX_DEPTH="0": must be a whole number of levels, at least 1\n' +
          '  PLACEGRAPH_EXECUTION_TIMEOUT_MS="soon": must be a whole number of milliseconds, at least 1',
      ),
    );
  });
});

const small: Partial<Limits> = { maxDepth: 4, maxAliases: 2, maxRootFields: 3, maxTokens: 60, maxDirectives: 2, maxCost: 600, maxStringLength: 25 };

describe.each(backends)("operation limits through the gateway on %s", (backend) => {
  let db: TestDatabase;
  let hub: HttpHost;
  let slowHub: HttpHost;
  beforeAll(async () => {
    db = await openTestDatabase(backend, { data: "curated" });
    hub = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, limits: small });
    slowHub = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, limits: { executionTimeoutMs: 1 } });
  });
  afterAll(async () => {
    await Promise.all([hub, slowHub].filter(Boolean).map((h) => h.close()));
    await db?.dispose();
  });

  const codes = async (query: string, variables?: Record<string, unknown>) => {
    const answer = await postGraphQL(hub.url, query, variables);
    expect(answer.data ?? null).toBeNull();
    return answer.errors!.map((e) => [e.extensions?.code, e.message]);
  };

  it.each([
    ["depth", `{ organisation(id: "x") { predecessors { predecessors { predecessors { name } } } } }`, "QUERY_TOO_DEEP", "Query too deep: Query depth limit of 4 exceeded, found 5."],
    ["aliases", `{ a: organisation(id: "x") { name } b: organisation(id: "y") { name } c: organisation(id: "z") { name } }`, "TOO_MANY_ALIASES", "Too many aliases: Aliases limit of 2 exceeded, found 3."],
    ["root fields", `{ organisations { totalCount } boards { id } meetings { totalCount } areas { code } }`, "TOO_MANY_ROOT_FIELDS", "Too many root fields: 4, the limit is 3."],
    ["directives", `{ organisation(id: "x") { name @include(if: true) id @include(if: true) sector @skip(if: false) } }`, "TOO_MANY_DIRECTIVES", "Too many directives: Directives limit of 2 exceeded, found 3."],
    ["tokens", `{ organisations { ${"totalCount ".repeat(60)}} }`, "TOO_MANY_TOKENS", "Syntax Error: Document contains more that 60 tokens. Parsing aborted."],
    // Demand control: the page 1, and 500 items of 1 each with their id 1.
    ["cost", `{ organisations(limit: 500) { items { id } } }`, "COST_ESTIMATED_TOO_EXPENSIVE", "Operation estimated cost 1001 exceeded configured maximum 600"],
    ["a long string", `{ organisationByName(name: "${"x".repeat(26)}") { id } }`, "STRING_TOO_LONG", "A string argument is 26 characters long; the limit is 25."],
  ])("refuses too many %s before any SQL is sent", async (_what, query, code, message) => {
    const { count } = await countStatements(db, async () => expect(await codes(query)).toEqual([[code, message]]));
    expect(count).toBe(0);
  });

  it("refuses a long string in a variable, nested in an input object too", async () => {
    expect(await codes(`query($n: String!) { organisationByName(name: $n) { id } }`, { n: "y".repeat(30) })).toEqual([
      ["STRING_TOO_LONG", "Variable $n holds a string 30 characters long; the limit is 25."],
    ]);
    expect(await codes(`query($l: Int!) { organisations(limit: $l) { items { id } } }`, { l: 300 })).toEqual([
      ["COST_ESTIMATED_TOO_EXPENSIVE", "Operation estimated cost 601 exceeded configured maximum 600"],
    ]);
  });

  it("answers queries at the limits", async () => {
    const answer = await postGraphQL(hub.url, `{ a: organisation(id: "coventry-city-council") { name @include(if: true) predecessors { id } } b: organisations(limit: 100) { totalCount } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.a.name).toBe("Coventry City Council");
  });

  // On PGlite the subgraphs' queries run in this thread without yielding to timers, so a 1 ms
  // time-out only fires where the database is another process (the unit test above covers both).
  // Defined for PostgreSQL only (not skipped on PGlite: there is nothing to test there over HTTP).
  if (backend === "postgresql") {
    it("answers GATEWAY_TIMEOUT when a subgraph call outlasts the time-out", async () => {
      const answer = await postGraphQL(slowHub.url, `{ organisations(limit: 500) { items { id name predecessors { id } } } }`);
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["GATEWAY_TIMEOUT"]);
    });
  }
});
