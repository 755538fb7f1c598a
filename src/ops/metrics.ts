// The hub's Prometheus metrics (prom-client), one registry per process: every process of the
// distributed layout exposes its own at GET /metrics. Names and labels: docs/operations.md.
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { IncomingMessage, ServerResponse } from "node:http";
import { importChannel, type ImportEvent } from "../dataset/import-events.ts";
import type { Database } from "../db/connection.ts";

/** Seconds: from a fast cached read (a few ms) to the execution time-out (15 s by default). */
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

export interface Metrics {
  registry: Registry;
  requests: Counter<"operation" | "outcome">;
  requestSeconds: Histogram<"operation" | "outcome">;
  subgraphRequests: Counter<"subgraph" | "outcome">;
  subgraphSeconds: Histogram<"subgraph">;
  errors: Counter<"code">;
  /** GraphQL requests received and not yet answered. */
  inFlight: Gauge;
  /** What GET /metrics answers: this registry, or in a worker every worker's (src/ops/cluster-metrics.ts). */
  text(): Promise<string>;
  /** Stops listening to import runs (the registry stays readable). */
  close(): void;
}

/** The request metrics of a gateway, the process's default metrics, import runs, and the database pool when given. */
export function createMetrics(db?: Pick<Database, "kind" | "pool">): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "placegraph_" });
  const registers = [registry];
  const requests = new Counter({ name: "placegraph_requests_total", help: "GraphQL requests answered, by operation name and outcome (ok or the error codes)", labelNames: ["operation", "outcome"] as const, registers });
  const requestSeconds = new Histogram({ name: "placegraph_request_duration_seconds", help: "Time from receiving a GraphQL request to its answer, by operation name and outcome", labelNames: ["operation", "outcome"] as const, buckets: latencyBuckets, registers });
  const subgraphRequests = new Counter({ name: "placegraph_subgraph_requests_total", help: "Calls from the gateway to a subgraph (in-process or HTTP), by subgraph and outcome (ok or error)", labelNames: ["subgraph", "outcome"] as const, registers });
  const subgraphSeconds = new Histogram({ name: "placegraph_subgraph_request_duration_seconds", help: "Duration of the gateway's calls to a subgraph", labelNames: ["subgraph"] as const, buckets: latencyBuckets, registers });
  const errors = new Counter({ name: "placegraph_errors_total", help: "Errors in GraphQL answers, by error code", labelNames: ["code"] as const, registers });
  const inFlight = new Gauge({ name: "placegraph_requests_in_flight", help: "GraphQL requests received and not yet answered", registers });
  const close = importMetrics(registers);
  if (db) databaseMetrics(db, registers);
  return { registry, requests, requestSeconds, subgraphRequests, subgraphSeconds, errors, inFlight, text: () => registry.metrics(), close };
}

/** Import runs of this process (the importDataset mutation, the import command), from the importer's channel. */
function importMetrics(registers: Registry[]): () => void {
  const runs = new Counter({ name: "placegraph_import_runs_total", help: "Dataset imports run in this process, by outcome (imported, dry_run, refused, invalid, failed)", labelNames: ["outcome"] as const, registers });
  const records = new Counter({ name: "placegraph_import_records_total", help: "Records of successful imports (dry runs excluded), by what happened to them (created, updated, unchanged)", labelNames: ["change"] as const, registers });
  for (const outcome of ["imported", "dry_run", "refused", "invalid", "failed"]) runs.inc({ outcome }, 0);
  for (const change of ["created", "updated", "unchanged"]) records.inc({ change }, 0);
  const listener = (message: unknown) => {
    const event = message as ImportEvent;
    runs.inc({ outcome: event.outcome });
    if (event.outcome !== "imported" || !event.totals) return;
    for (const [change, n] of Object.entries(event.totals)) records.inc({ change }, n);
  };
  subscribe(importChannel, listener);
  return () => unsubscribe(importChannel, listener);
}

/** The PostgreSQL pool's connections, read at each scrape; PGlite is one in-process connection, so only its kind is shown. */
function databaseMetrics(db: Pick<Database, "kind" | "pool">, registers: Registry[]) {
  // One database for every worker: their figures are not summed (src/ops/cluster-metrics.ts).
  new Gauge({ name: "placegraph_database_info", help: "The database this process uses (kind: pglite or postgresql); always 1", labelNames: ["kind"] as const, registers, aggregator: "first" }).set({ kind: db.kind }, 1);
  if (db.kind !== "postgresql") return;
  new Gauge({
    name: "placegraph_database_pool_connections",
    help: "PostgreSQL pool connections by state: total (open), idle (open, unused) and waiting (queries queued for a connection)",
    labelNames: ["state"] as const,
    registers,
    collect() {
      const pool = db.pool();
      this.set({ state: "total" }, pool.total);
      this.set({ state: "idle" }, pool.idle);
      this.set({ state: "waiting" }, pool.waiting);
    },
  });
}

/** GET /metrics: the registry in Prometheus's text format. No credential: see docs/operations.md. */
export function metricsRoute(metrics: Metrics) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" });
      return void res.end();
    }
    const body = await metrics.text().catch((err: Error) => err);
    if (body instanceof Error) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      return void res.end(body.message);
    }
    res.writeHead(200, { "content-type": metrics.registry.contentType });
    res.end(req.method === "HEAD" ? undefined : body);
  };
}
