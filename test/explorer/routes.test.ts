// The explorer over HTTP: served by both gateway layouts and by no subgraph server, every file
// from the hub itself with its content type and a CSP of 'self' only, every named operation with
// who asks it and example variables that answer without errors; a browser opening /graphql lands
// on it.
import { readdir, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/explorer/routes.ts";
import { exampleVariables } from "../../src/explorer/examples.ts";
import { audiences } from "../../src/explorer/audiences.ts";
import { type ExplorerTab, questionOf } from "../../src/explorer/operations.ts";
import { extractDataUris } from "../../src/explorer/vendor.ts";
import { startEmbeddedGateway, startRemoteGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { startSubgraphServer } from "../../src/subgraph/serve.ts";
import { subgraphs } from "../../src/subgraphs/index.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL } from "../support/hub.ts";

const operationsDir = resolve(import.meta.dirname, "../../schema/operations");

let db: TestDatabase;
let embedded: HttpHost;
let remote: HttpHost;
const servers: HttpHost[] = [];

beforeAll(async () => {
  db = await openTestDatabase("pglite", { data: "curated" });
  embedded = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0 });
  for (const s of subgraphs) servers.push(await startSubgraphServer(s, db.prisma, { host: "127.0.0.1", port: 0 }));
  remote = await startRemoteGateway(
    subgraphs.map((s, i) => ({ name: s.name, routingUrl: servers[i].url })),
    { host: "127.0.0.1", port: 0 },
    db.prisma,
  );
});
afterAll(async () => {
  await Promise.all([embedded, remote, ...servers].filter(Boolean).map((h) => h.close()));
  await db?.dispose();
});

const get = (path: string, host: HttpHost = embedded, init?: RequestInit) => fetch(new URL(path, host.url), { redirect: "manual", ...init });

/** The src and href attributes of a page, in order. */
const references = (html: string) => [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);

describe("explorer routes", () => {
  it("redirects / to /explorer and serves the page on both gateway layouts, and on no subgraph server", async () => {
    const pages: string[] = [];
    for (const host of [embedded, remote]) {
      const root = await get("/", host);
      expect([root.status, root.headers.get("location")]).toEqual([302, "/explorer"]);
      const page = await get("/explorer", host);
      expect([page.status, page.headers.get("content-type"), page.headers.get("content-security-policy")]).toEqual([
        200,
        "text/html; charset=utf-8",
        CONTENT_SECURITY_POLICY,
      ]);
      pages.push(await page.text());
    }
    expect(pages[1]).toBe(pages[0]);
    for (const server of servers) {
      for (const path of ["/", "/explorer"]) {
        const missing = await get(path, server);
        expect([missing.status, await missing.json()]).toEqual([404, { error: `No route for ${path}: use /graphql, /health/live or /health/ready` }]);
      }
    }
  });

  it("allows nothing but the hub itself in its Content-Security-Policy", () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it("names only files under /explorer/ in the page, and serves each with its content type", async () => {
    const html = await (await get("/explorer")).text();
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(references(html)).toEqual([
      "/explorer/favicon.svg",
      "/explorer/assets/graphiql.min.css",
      "/explorer/explorer.css",
      "/explorer/assets/react.production.min.js",
      "/explorer/assets/react-dom.production.min.js",
      "/explorer/assets/graphiql.min.js",
      "/explorer/start.js",
    ]);
    const types = [];
    for (const path of references(html)) {
      const res = await get(path);
      types.push([path, res.status, res.headers.get("content-type"), res.headers.get("x-content-type-options")]);
    }
    expect(types).toEqual([
      ["/explorer/favicon.svg", 200, "image/svg+xml", "nosniff"],
      ["/explorer/assets/graphiql.min.css", 200, "text/css; charset=utf-8", "nosniff"],
      ["/explorer/explorer.css", 200, "text/css; charset=utf-8", "nosniff"],
      ["/explorer/assets/react.production.min.js", 200, "text/javascript; charset=utf-8", "nosniff"],
      ["/explorer/assets/react-dom.production.min.js", 200, "text/javascript; charset=utf-8", "nosniff"],
      ["/explorer/assets/graphiql.min.js", 200, "text/javascript; charset=utf-8", "nosniff"],
      ["/explorer/start.js", 200, "text/javascript; charset=utf-8", "nosniff"],
    ]);
  });

  it("serves GraphiQL's fonts and images as files the stylesheet points to (no data: URIs)", async () => {
    const css = await (await get("/explorer/assets/graphiql.min.css")).text();
    expect(css).not.toContain("data:");
    const urls = [...new Set([...css.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]))];
    // GraphiQL 3.9.0's stylesheet embeds 28 woff2 and 6 woff fonts and 3 png images.
    expect(urls.map((u) => u.replace(/^\/explorer\/assets\/[0-9a-f]{16}\./, "")).sort().join(" ")).toBe(
      `${"png ".repeat(3)}${"woff ".repeat(6)}${"woff2 ".repeat(28)}`.trim(),
    );
    const served = await Promise.all(urls.map(async (u) => get(u).then((res) => `${res.status} ${res.headers.get("content-type")}`)));
    expect([...new Set(served)].sort()).toEqual(["200 font/woff", "200 font/woff2", "200 image/png"]);
  });

  it("lists every operation of schema/operations/, as written, with who asks it, its question and its example variables", async () => {
    const files = (await readdir(operationsDir)).filter((f) => f.endsWith(".graphql")).sort();
    const tabs = (await (await get("/explorer/operations.json")).json()) as ExplorerTab[];
    expect(tabs).toHaveLength(files.length);
    const written = await Promise.all(files.map((f) => readFile(resolve(operationsDir, f), "utf8")));
    expect(tabs.map((t) => t.query).sort()).toEqual(written.sort());
    // Grouped by audience, in the order audiences.ts gives; none left unsorted ("more").
    expect(tabs.map((t) => [t.audience, t.name])).toEqual(audiences.flatMap((a) => a.operations.map((name) => [a.id, name])));
    expect(audiences.map((a) => [a.id, a.operations.length])).toEqual([["partner", 9], ["analyst", 21], ["developer", 5]]);
    const funding = tabs.find((t) => t.name === "PartnerFundingByYear")!;
    expect(funding.variables).toEqual({ organisationId: "coventry-and-rugby-ccg", financialYear: "2017/18" });
    expect(funding.question).toBe(
      "What money did a partner put into pooled budgets, and what did it receive from them (allocations and grants), in a financial year; and how do its contributions add up year by year?",
    );
    expect(tabs.filter((t) => !t.question).map((t) => t.name)).toEqual([]);
    // Every operation has its examples (a new file without them fails here), and no examples are left over.
    expect(Object.keys(exampleVariables).sort()).toEqual(tabs.map((t) => t.name).sort());
  });

  it("reads an operation's question from its comment block, continued lines joined", () => {
    expect(questionOf("# Question: Who sat on a board,\n#   and where?\n# Asked by: clerks.\nquery A { a }")).toBe("Who sat on a board, and where?");
    expect(questionOf("query A { a }")).toBe("");
  });

  it("sends a browser opening /graphql to the explorer, and answers clients as before", async () => {
    for (const host of [embedded, remote]) {
      const browser = await get("/graphql", host, { headers: { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" } });
      expect([browser.status, browser.headers.get("location"), await browser.text()]).toEqual([
        302,
        "/explorer",
        "GraphQL answers POST requests here; the explorer is at /explorer\n",
      ]);
    }
    // A GET carrying a query, or asking for JSON, is GraphQL's as before (the engine answers it).
    const withQuery = await get("/graphql?query=%7B__typename%7D", embedded, { headers: { accept: "text/html", "apollo-require-preflight": "true" } });
    // The engine refuses HTML for a query (406) and says in its Accept header what it can answer.
    expect([withQuery.status, await withQuery.text()]).toEqual([406, ""]);
    expect(withQuery.headers.get("accept")).toContain("application/json");
    const json = await get("/graphql?query=%7B__typename%7D", embedded, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect([json.status, await json.json()]).toEqual([200, { data: { __typename: "Query" } }]);
    const post = await postGraphQL(embedded.url, "{ __typename }");
    expect(post).toEqual({ data: { __typename: "Query" } });
  });

  it("has example variables that answer without errors in every tab", async () => {
    const tabs = (await (await get("/explorer/operations.json")).json()) as ExplorerTab[];
    const failures: string[] = [];
    for (const tab of tabs) {
      const answer = await postGraphQL(embedded.url, tab.query, tab.variables);
      const empty = Object.entries(answer.data ?? {}).filter(([, v]) => v === null || (Array.isArray(v) && v.length === 0));
      if (answer.errors || empty.length) failures.push(`${tab.name}: ${JSON.stringify(answer.errors ?? empty)}`);
    }
    expect(failures).toEqual([]);
  });

  it("refuses other methods and keeps the JSON 404 for unknown paths under /explorer", async () => {
    const post = await get("/explorer", embedded, { method: "POST" });
    expect([post.status, post.headers.get("allow"), await post.json()]).toEqual([405, "GET, HEAD", { error: "POST is not allowed here: use GET" }]);
    const head = await get("/explorer/start.js", embedded, { method: "HEAD" });
    expect([head.status, Number(head.headers.get("content-length")) > 0, await head.text()]).toEqual([200, true, ""]);
    const missing = await get("/explorer/nothing.js");
    expect([missing.status, await missing.json()]).toEqual([404, { error: "No route for /explorer/nothing.js: use /graphql, /health/live or /health/ready" }]);
  });
});

describe("extractDataUris", () => {
  it("moves base64 fonts and images into assets named by content hash and points the stylesheet at them", () => {
    const font = Buffer.from("wOF2 font bytes").toString("base64");
    const png = Buffer.from("png bytes").toString("base64");
    const { css, assets } = extractDataUris(`@font-face{src:url(data:font/woff2;base64,${font})}a{background:url("data:image/png;base64,${png}")}`, "/x/");
    const names = [...assets.keys()];
    expect(names.map((n) => n.replace(/^[0-9a-f]{16}/, "HASH"))).toEqual(["HASH.woff2", "HASH.png"]);
    expect(css).toBe(`@font-face{src:url(/x/${names[0]})}a{background:url(/x/${names[1]})}`);
    expect([...assets.values()].map((a) => [a.contentType, a.body.toString()])).toEqual([
      ["font/woff2", "wOF2 font bytes"],
      ["image/png", "png bytes"],
    ]);
  });

  it("refuses a data: URI it cannot move, rather than leave one the CSP would block", () => {
    expect(() => extractDataUris("a{background:url(data:image/svg+xml;base64,PHN2Zy8+)}", "/x/")).toThrow(
      "Unexpected data: URI of type image/svg+xml in GraphiQL's stylesheet",
    );
    expect(() => extractDataUris('a{background:url("data:image/svg+xml,<svg/>")}', "/x/")).toThrow(
      "GraphiQL's stylesheet still holds a data: URI after extraction",
    );
  });
});
