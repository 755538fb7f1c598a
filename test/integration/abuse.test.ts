// Abusive queries through the gateway over HTTP, with the default limits and errors masked as in
// production: each refused with its code (injection strings answered harmlessly with no rows),
// nothing written, and the hub still answers a normal query afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { backends, openTestDatabase, type TestDatabase } from "../support/databases.ts";

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The refusal's extensions.code, or "harmless": answered with data and no rows. */
  expect: string;
  status?: number;
  /** An Authorization header to send. */
  authorization?: string;
}

const nested = (levels: number) => `{ organisation(id: "coventry-city-council") { ${"predecessors { ".repeat(levels)}id${" }".repeat(levels)} } }`;
const injections = [
  `'; DROP TABLE "Organisation"; --`,
  `%' OR '1'='1`,
  `" OR 1=1 --`,
  `\\'; DELETE FROM "Measurement" WHERE ''='`,
  `$$; DROP TABLE "Grant"; $$`,
  `%_%\\%`,
];

const cases: Case[] = [
  { name: "deep nesting (13 levels)", query: nested(11), expect: "QUERY_TOO_DEEP" },
  { name: "deep nesting through fragments", query: `{ organisation(id: "x") { ...a } } fragment a on Organisation { predecessors { ...b } } fragment b on Organisation { predecessors { ...c } } fragment c on Organisation { predecessors { predecessors { predecessors { predecessors { predecessors { predecessors { predecessors { predecessors { id } } } } } } } } }`, expect: "QUERY_TOO_DEEP" },
  { name: "alias bomb", query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: organisations(limit: 500) { items { id } }`).join(" ")} }`, expect: "TOO_MANY_ALIASES" },
  { name: "alias bomb inside one field", query: `{ organisation(id: "coventry-city-council") { ${Array.from({ length: 16 }, (_, i) => `n${i}: name`).join(" ")} } }`, expect: "TOO_MANY_ALIASES" },
  { name: "huge list via limit: 100000", query: `{ organisations(limit: 100000) { items { id name } } }`, expect: "COST_ESTIMATED_TOO_EXPENSIVE" },
  { name: "huge list via a variable limit", query: `query($n: Int!) { measurements(limit: $n) { items { value } } }`, variables: { n: 100_000 }, expect: "COST_ESTIMATED_TOO_EXPENSIVE" },
  { name: "nested pages multiplying", query: `{ organisations(limit: 500) { items { predecessors { predecessors { predecessors { id name } } } } } }`, expect: "COST_ESTIMATED_TOO_EXPENSIVE" },
  { name: "field duplication (3000 times)", query: `{ organisations { ${"totalCount ".repeat(3000)}} }`, expect: "TOO_MANY_TOKENS" },
  // (Repeating a field under a big page costs nothing more: graphql merges the copies into one.)
  { name: "nested lists under a big page", query: `{ organisations(limit: 500) { items { name predecessors { name successors { name } } } } }`, expect: "COST_ESTIMATED_TOO_EXPENSIVE" },
  { name: "directive flood", query: `{ organisation(id: "x") { ${Array.from({ length: 25 }, () => "name @include(if: true)").join(" ")} } }`, expect: "TOO_MANY_DIRECTIVES" },
  { name: "too many root fields", query: `{ ${["organisations", "boards", "meetings", "areas", "people", "programmes", "strategies", "indicators", "frameworks", "measurements", "targets", "fundingPools", "contributions", "allocations", "grants", "sourceDocuments", "resolutions", "reports"].map((f) => `${f} { __typename }`).join(" ")} organisation(id: "a") { id } board(id: "b") { id } meeting(id: "c") { id } area(code: "d") { code } }`, expect: "TOO_MANY_ROOT_FIELDS" },
  { name: "giant string literal", query: `{ organisationByName(name: "${"A".repeat(100_000)}") { id } }`, expect: "STRING_TOO_LONG" },
  { name: "giant string in a filter variable", query: `query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, variables: { f: { text: "B".repeat(500_000) } }, expect: "STRING_TOO_LONG" },
  { name: "body over 1 MB", query: `query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, variables: { f: { text: "C".repeat(1_100_000) } }, expect: "PAYLOAD_TOO_LARGE", status: 413 },
  { name: "variable of the wrong type", query: `query($n: Int!) { organisations(limit: $n) { totalCount } }`, variables: { n: "fifty" }, expect: "BAD_USER_INPUT" },
  { name: "missing required variable", query: `query($id: ID!) { organisation(id: $id) { name } }`, variables: {}, expect: "BAD_USER_INPUT" },
  { name: "unknown field in an input variable", query: `query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, variables: { f: { text: "x", sql: "1=1" } }, expect: "BAD_USER_INPUT" },
  { name: "invalid Date scalar", query: `{ board(id: "coventry-health-and-wellbeing-board") { members(asAt: "2019-02-30") { role } } }`, expect: "GRAPHQL_VALIDATION_FAILED" },
  // Within the cost limit, the subgraph's own range checks refuse these (during execution: HTTP 200).
  { name: "limit out of range within the cost", query: `{ organisations(limit: 501) { totalCount } }`, expect: "BAD_USER_INPUT", status: 200 },
  { name: "negative offset", query: `{ organisations(offset: -1) { totalCount } }`, expect: "BAD_USER_INPUT", status: 200 },
  { name: "syntax garbage", query: `{ organisations { ${"{".repeat(50)}`, expect: "GRAPHQL_PARSE_FAILED" },
  { name: "injection in an API key", query: "{ viewer { principal } }", authorization: `Bearer pgk_'||'1'='1'--`, expect: "UNAUTHENTICATED", status: 401 },
  { name: "injection in the Authorization header", query: "{ viewer { principal } }", authorization: `Bearer x' OR '1'='1`, expect: "UNAUTHENTICATED", status: 401 },
  { name: "another authentication scheme", query: "{ viewer { principal } }", authorization: "Basic YWRtaW46YWRtaW4=", expect: "UNAUTHENTICATED", status: 401 },
  { name: "a forged token where no token key is configured", query: "{ viewer { principal } }", authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"sub":"x","org":"uhcw","scope":"admin"}').toString("base64url")}.`, expect: "UNAUTHENTICATED", status: 401 },
  ...injections.flatMap((text): Case[] => [
    { name: `injection in organisations(filter: { text }): ${text}`, query: `query($t: String) { organisations(filter: { text: $t }) { totalCount items { id } } }`, variables: { t: text }, expect: "harmless" },
    { name: `injection as a literal in resolutions(filter: { text }): ${text}`, query: `{ resolutions(filter: { text: ${JSON.stringify(text)} }) { totalCount items { id } } }`, expect: "harmless" },
    { name: `injection as an id and a name: ${text}`, query: `query($id: ID!, $name: String!) { organisation(id: $id) { id } organisationByName(name: $name) { id } }`, variables: { id: text, name: text }, expect: "harmless" },
  ]),
];

describe.each(backends)("abusive queries through the gateway on %s", (backend) => {
  let db: TestDatabase;
  let hub: HttpHost;
  let before: Record<string, number>;
  beforeAll(async () => {
    db = await openTestDatabase(backend, { data: "curated" });
    hub = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, maskErrors: true });
    before = { organisations: await db.prisma.organisation.count(), measurements: await db.prisma.measurement.count(), grants: await db.prisma.grant.count() };
  });
  afterAll(async () => {
    await hub?.close();
    await db?.dispose();
  });

  it.each(cases)("$name", async ({ query, variables, expect: expected, status, authorization }) => {
    const headers = { "content-type": "application/json", ...(authorization ? { authorization } : {}) };
    const res = await fetch(hub.url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
    if (expected === "harmless") {
      expect(body.errors).toBeUndefined();
      expect(res.status).toBe(200);
      for (const value of Object.values(body.data!)) {
        if (value === null) continue;
        expect(value).toMatchObject({ totalCount: 0, items: [] });
      }
      return;
    }
    // The expected refusal, and any others only other refusals (an alias bomb is also too wide).
    expect(body.errors?.map((e) => e.extensions?.code)).toContain(expected);
    expect(body.errors?.map((e) => e.extensions?.code)).not.toContain("INTERNAL_SERVER_ERROR");
    expect(body.data ?? null).toBeNull();
    expect(res.status).toBe(status ?? 400);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|SELECT|prisma/i);
  });

  it("is unharmed afterwards: nothing written or dropped, and a normal query answers", async () => {
    expect({ organisations: await db.prisma.organisation.count(), measurements: await db.prisma.measurement.count(), grants: await db.prisma.grant.count() }).toEqual(before);
    const res = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ organisationByIdentifier(scheme: "ODS", code: "QWU") { name predecessors { shortName } } }` }),
    });
    const search = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ organisations(filter: { text: "Coventry City" }) { items { id } } programmes(filter: { text: "marmot" }) { items { id } } }` }),
    });
    const found = (await search.json()) as { data: { organisations: { items: { id: string }[] }; programmes: { items: { id: string }[] } } };
    expect(found.data.organisations.items.map((o) => o.id)).toContain("coventry-city-council");
    expect(found.data.programmes.items.map((p) => p.id)).toContain("marmot-city");
    expect(await res.json()).toEqual({
      data: {
        organisationByIdentifier: {
          name: "NHS Coventry and Warwickshire Integrated Care Board",
          predecessors: [{ shortName: "CRCCG" }, { shortName: "SWCCG" }, { shortName: "WNCCG" }],
        },
      },
    });
  });
});
