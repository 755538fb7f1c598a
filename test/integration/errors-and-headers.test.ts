// What clients see of errors (masked in production), CSRF prevention, CORS on /graphql and
// introspection switched off, through the gateway over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, masksErrors } from "../../src/config.ts";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { backends, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL } from "../support/hub.ts";

const listen = { host: "127.0.0.1", port: 0 };

describe("error, CORS and introspection settings", () => {
  it("mask errors unless in development or asked not to, and read CORS origins and introspection", () => {
    // Masked by default: only NODE_ENV=development shows internal errors (issue 16 item 4).
    expect(masksErrors(loadConfig({}))).toBe(true);
    expect(masksErrors(loadConfig({ NODE_ENV: "test" }))).toBe(true);
    expect(masksErrors(loadConfig({ NODE_ENV: "production" }))).toBe(true);
    expect(masksErrors(loadConfig({ NODE_ENV: "development" }))).toBe(false);
    expect(masksErrors(loadConfig({ NODE_ENV: "production", PLACEGRAPH_MASK_ERRORS: "false" }))).toBe(false);
    expect(masksErrors(loadConfig({ NODE_ENV: "development", PLACEGRAPH_MASK_ERRORS: "1" }))).toBe(true);
    expect(loadConfig({}).PLACEGRAPH_CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ PLACEGRAPH_CORS_ORIGINS: "https://a.example, http://localhost:3000" }).PLACEGRAPH_CORS_ORIGINS).toEqual([
      "https://a.example",
      "http://localhost:3000",
    ]);
    expect(() => loadConfig({ PLACEGRAPH_CORS_ORIGINS: "https://a.example/path" })).toThrow(/PLACEGRAPH_CORS_ORIGINS="https:\/\/a.example\/path": must be "\*" or comma-separated origins/);
    expect(loadConfig({}).PLACEGRAPH_INTROSPECTION).toBe(true);
    expect(loadConfig({ PLACEGRAPH_INTROSPECTION: "false" }).PLACEGRAPH_INTROSPECTION).toBe(false);
  });
});

describe.each(backends)("errors and headers through the gateway on %s", (backend) => {
  let db: TestDatabase;
  let masked: HttpHost;
  let open: HttpHost;
  let closed: HttpHost;
  beforeAll(async () => {
    db = await openTestDatabase(backend, { data: "curated" });
    masked = await startEmbeddedGateway(db.prisma, { ...listen, maskErrors: true, limits: { maxDepth: 3 } });
    open = await startEmbeddedGateway(db.prisma, { ...listen, maskErrors: false, corsOrigins: ["https://partner.example"] });
    closed = await startEmbeddedGateway(db.prisma, { ...listen, introspection: false, corsOrigins: ["*"] });
  });
  afterAll(async () => {
    await Promise.all([masked, open, closed].filter(Boolean).map((h) => h.close()));
    await db?.dispose();
  });

  it("masks an internal error (here a database failure) but keeps bad input and limit refusals", async () => {
    const query = `{ grants { totalCount } }`;
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "Grant" RENAME TO "GrantGone"`);
    try {
      // Unmasked, the database's message and the stack come through: this is what masking hides.
      const plain = await postGraphQL(open.url, query);
      expect(JSON.stringify(plain.errors)).toMatch(/Grant/);
      expect(Object.keys(plain.errors?.[0].extensions ?? {})).toContain("stacktrace");
      const answer = await postGraphQL(masked.url, query);
      expect(answer.errors).toEqual([{ message: "Internal server error", path: ["grants"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
      expect(JSON.stringify(answer)).not.toMatch(/"Grant|GrantGone|SELECT|relation|stacktrace|[Pp]risma/);
      // A hub started without saying (here NODE_ENV is vitest's "test", not "development") masks too.
      expect(process.env.NODE_ENV).not.toBe("development");
      expect((await postGraphQL(closed.url, query)).errors).toEqual(answer.errors);
    } finally {
      await db.prisma.$executeRawUnsafe(`ALTER TABLE "GrantGone" RENAME TO "Grant"`);
    }
    // Errors written for the client carry no stack trace, masked or not.
    for (const url of [masked.url, open.url]) {
      const badInput = await postGraphQL(url, `{ organisations(limit: 501) { totalCount } }`);
      expect(badInput.errors?.map((e) => [e.extensions?.code, Object.keys(e.extensions ?? {}).includes("stacktrace")])).toEqual([["BAD_USER_INPUT", false]]);
    }
    const badInput = await postGraphQL(masked.url, `{ organisations(limit: 501) { totalCount } }`);
    expect(badInput.errors?.[0].message).toMatch(/limit/);
    const tooDeep = await postGraphQL(masked.url, `{ organisation(id: "x") { predecessors { predecessors { id } } } }`);
    expect(tooDeep.errors).toEqual([{ message: "Query too deep: Query depth limit of 3 exceeded, found 4.", extensions: { code: "QUERY_TOO_DEEP" } }]);
    const invalid = await postGraphQL(masked.url, `{ organisation(id: "x") { colour } }`);
    expect(invalid.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", 'Cannot query field "colour" on type "Organisation".'],
    ]);
  });

  it("refuses requests a browser could send cross-site without a preflight (CSRF)", async () => {
    const query = encodeURIComponent(`{ organisations { totalCount } }`);
    const get = await fetch(`${open.url}?query=${query}`);
    expect([get.status, await get.json()]).toEqual([403, { errors: [{ message: "Required CSRF header(s) not present" }] }]);
    const simplePost = await fetch(open.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ organisations { totalCount } }" }) });
    expect(simplePost.status).toBe(403);
    // A non-browser client sends a JSON content type, or the preflight header with GET.
    const allowedGet = await fetch(`${open.url}?query=${query}`, { headers: { "apollo-require-preflight": "true" } });
    expect(allowedGet.status).toBe(200);
  });

  it("answers CORS preflights for configured origins only, and none by default", async () => {
    const preflight = (url: string, origin: string) =>
      fetch(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" } });
    const allowed = await preflight(open.url, "https://partner.example");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://partner.example");
    expect(allowed.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(allowed.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    const other = await preflight(open.url, "https://evil.example");
    expect(other.status).toBe(403);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const byDefault = await preflight(masked.url, "https://partner.example");
    expect([byDefault.status, byDefault.headers.get("access-control-allow-origin")]).toEqual([403, null]);
    const anyOrigin = await preflight(closed.url, "https://anyone.example");
    expect(anyOrigin.headers.get("access-control-allow-origin")).toBe("https://anyone.example");

    const post = await fetch(open.url, { method: "POST", headers: { origin: "https://partner.example", "content-type": "application/json" }, body: JSON.stringify({ query: "{ organisations { totalCount } }" }) });
    expect(post.headers.get("access-control-allow-origin")).toBe("https://partner.example");
    const postOther = await fetch(open.url, { method: "POST", headers: { origin: "https://evil.example", "content-type": "application/json" }, body: JSON.stringify({ query: "{ organisations { totalCount } }" }) });
    expect(postOther.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers introspection by default, and refuses it when switched off", async () => {
    const query = `{ __schema { queryType { name } } }`;
    expect((await postGraphQL(open.url, query)).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    const refused = await postGraphQL(closed.url, query);
    expect(refused.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(refused.errors?.[0].message).toMatch(/introspection/i);
    // Ordinary queries still answer.
    expect((await postGraphQL(closed.url, `{ organisation(id: "coventry-city-council") { name } }`)).data).toEqual({ organisation: { name: "Coventry City Council" } });
  });
});
