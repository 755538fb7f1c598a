// Operations signals (docs/operations.md): the log line of a real request, the counts at
// /metrics moving by exactly the requests made, the import-run and database-pool series.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/access/keys.ts";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { createLogger } from "../../src/log.ts";
import { createMetrics } from "../../src/ops/metrics.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";

/** One sample's value in Prometheus's text format (0 when the series is absent). */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe("operations signals of the embedded hub", () => {
  let db: TestDatabase;
  let http: HttpHost;
  let key: string;
  let adminKey: string;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    await db.prisma.organisation.create({ data: { id: "uhcw", name: "University Hospitals Coventry and Warwickshire", sector: "NHS_TRUST" } });
    key = (await createKey(db.prisma, "uhcw", ["read:public", "read:restricted"])).key;
    adminKey = (await createKey(db.prisma, "uhcw", ["admin"])).key;
    const log = createLogger({ level: "info", name: "gateway", destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    http = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, log, metrics: createMetrics(db), rateLimit: { requests: 0 } });
  });
  afterAll(async () => {
    await http?.close();
    await db?.dispose();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(http.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const scrape = async () => (await fetch(new URL("/metrics", http.url))).text();

  it("logs one line per request with its id, operation, organisation, duration and outcome, never the key", async () => {
    const res = await post({ query: "query OrganisationName { organisation(id: \"uhcw\") { name } }" }, { authorization: `Bearer ${key}`, "x-request-id": "req-42.a:b_c" });
    expect(await res.json()).toEqual({ data: { organisation: { name: "University Hospitals Coventry and Warwickshire" } } });
    expect(res.headers.get("x-request-id")).toBe("req-42.a:b_c");
    const mine = lines.filter((l) => l.requestId === "req-42.a:b_c");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ level: 30, name: "gateway", msg: "request", operation: "OrganisationName", organisation: "uhcw", identity: "key", status: 200, outcome: "ok" });
    expect(Object.keys(mine[0]).sort()).toEqual(["durationMs", "identity", "level", "msg", "name", "operation", "organisation", "outcome", "requestId", "status", "time"]);
    expect(mine[0].durationMs).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toContain(key);
    expect(JSON.stringify(lines)).not.toContain(key.slice(-12));
  });

  it("generates a request id when the caller's is not a sane token, and logs refusals with their codes", async () => {
    const bad = await post({ query: "query Nope { nothingHere }" }, { "x-request-id": "no spaces <allowed>" });
    const id = bad.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(lines.filter((l) => l.requestId === id)).toMatchObject([{ operation: "Nope", identity: "anonymous", status: 400, outcome: "GRAPHQL_VALIDATION_FAILED" }]);
    expect(lines.find((l) => l.requestId === id)).not.toHaveProperty("organisation");

    const refused = await post({ query: "query Who { organisation(id: \"uhcw\") { id } }" }, { authorization: "Bearer pgk_not_a_real_key_000000000000", "x-request-id": "refused-1" });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("x-request-id")).toBe("refused-1");
    expect(lines.filter((l) => l.requestId === "refused-1")).toMatchObject([{ operation: "(unread)", identity: "anonymous", status: 401, outcome: "UNAUTHENTICATED" }]);
    expect(JSON.stringify(lines)).not.toContain("pgk_not_a_real_key");
  });

  it("counts requests, latency, subgraph calls and errors by exactly the requests made", async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i++) await post({ query: "query CountMe { organisation(id: \"uhcw\") { id } }" });
    await post({ query: "query CountMe { organisation(id: \"uhcw\") { unknownField } }" });
    const after = await scrape();
    const delta = (series: string) => sample(after, series) - sample(before, series);
    expect(delta('placegraph_requests_total{operation="CountMe",outcome="ok"}')).toBe(3);
    expect(delta('placegraph_request_duration_seconds_count{operation="CountMe",outcome="ok"}')).toBe(3);
    expect(delta('placegraph_request_duration_seconds_bucket{le="+Inf",operation="CountMe",outcome="ok"}')).toBe(3);
    expect(delta('placegraph_requests_total{operation="CountMe",outcome="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(delta('placegraph_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    // organisation(id) is the partners subgraph's alone: one call per answered request, none for the refused one.
    expect(delta('placegraph_subgraph_requests_total{subgraph="partners",outcome="ok"}')).toBe(3);
    expect(delta('placegraph_subgraph_request_duration_seconds_count{subgraph="partners"}')).toBe(3);
    expect(after).toContain('placegraph_database_info{kind="pglite"} 1');
    expect(after).toContain("placegraph_process_cpu_seconds_total");
    expect(after).toContain("placegraph_nodejs_eventloop_lag_seconds");
  });

  it("counts import runs by outcome and the records they imported", async () => {
    const mutation = "mutation Import($dataset: JSONObject!, $dryRun: Boolean) { importDataset(fileName: \"up.json\", dataset: $dataset, dryRun: $dryRun) { totals { created } } }";
    const dataset = { format: "placegraph-dataset/1", organisations: [{ id: "grapevine", name: "Grapevine Coventry and Warwickshire", sector: "VOLUNTARY_SECTOR", aliases: ["Grapevine"] }] };
    const before = await scrape();
    const auth = { authorization: `Bearer ${adminKey}` };
    expect(await (await post({ query: mutation, variables: { dataset, dryRun: true } }, auth)).json()).toEqual({ data: { importDataset: { totals: { created: 2 } } } });
    expect(await (await post({ query: mutation, variables: { dataset } }, auth)).json()).toEqual({ data: { importDataset: { totals: { created: 2 } } } });
    const after = await scrape();
    const delta = (series: string) => sample(after, series) - sample(before, series);
    expect(delta('placegraph_import_runs_total{outcome="dry_run"}')).toBe(1);
    expect(delta('placegraph_import_runs_total{outcome="imported"}')).toBe(1);
    expect(delta('placegraph_import_records_total{change="created"}')).toBe(2);
    expect(delta('placegraph_import_records_total{change="unchanged"}')).toBe(0);
  });
});

describe("database pool metrics on PostgreSQL", () => {
  it("show the pool's open, idle and waiting connections", async () => {
    const db = await openTestDatabase("postgresql");
    try {
      const metrics = createMetrics(db);
      await db.prisma.$queryRaw`SELECT 1`;
      const text = await metrics.registry.metrics();
      metrics.close();
      const { total, idle, waiting } = db.pool();
      expect(total).toBeGreaterThanOrEqual(1);
      expect(text).toContain(`placegraph_database_pool_connections{state="total"} ${total}`);
      expect(text).toContain(`placegraph_database_pool_connections{state="idle"} ${idle}`);
      expect(text).toContain(`placegraph_database_pool_connections{state="waiting"} ${waiting}`);
      expect(text).toContain('placegraph_database_info{kind="postgresql"} 1');
    } finally {
      await db.dispose();
    }
  });
});
