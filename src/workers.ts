// The embedded hub on every core: on PostgreSQL, a primary process prepares the database once
// and forks PLACEGRAPH_WORKERS processes (default: one per core) that share one port through
// node:cluster, each with its own gateway, subgraphs and connection pool. SIGINT/SIGTERM reach
// the primary, which stops the workers (each finishes its in-flight requests) and then exits.
import cluster, { type Worker } from "node:cluster";
import { once } from "node:events";
import { availableParallelism } from "node:os";
import type { Config } from "./config.ts";
import { openDatabase } from "./db/connection.ts";
import { prepareDatabase } from "./hub.ts";
import { serveClusterMetrics } from "./ops/cluster-metrics.ts";
import type { Logger } from "./log.ts";
import { readyLines } from "./startup.ts";

/** How many processes serve the hub: one on PGlite, else PLACEGRAPH_WORKERS or one per core. */
export function workerCount(config: Pick<Config, "DATABASE_URL" | "PLACEGRAPH_WORKERS">): number {
  return config.DATABASE_URL ? (config.PLACEGRAPH_WORKERS ?? availableParallelism()) : 1;
}

/** Prepares the database, then forks the workers and keeps them running until a signal. */
export async function runPrimary(config: Config, log: Logger, count: number): Promise<void> {
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, config, log);
  } finally {
    await db.close();
  }
  let stopping = false;
  const fork = (): Worker => {
    const worker = cluster.fork({ PLACEGRAPH_SEED: "false" });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      log.error(`Worker ${worker.process.pid} exited (${signal ?? `code ${code}`}): starting another`);
      fork();
    });
    return worker;
  };
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: stopping ${count} workers`);
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(alive.map((w) => {
      const exited = once(w, "exit");
      // The same signal: each worker finishes its in-flight requests and says which signal it got.
      w.process.kill(signal);
      return exited;
    }));
    process.exit(0);
  };
  // Each worker answers GET /metrics with every worker's figures, gathered here.
  serveClusterMetrics();
  // Before any worker starts: a signal while they start stops them too.
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  const workers = Array.from({ length: count }, fork);
  const [[address]] = (await Promise.all(workers.map((w) => once(w, "listening")))) as [{ port: number }][];
  log.info(`Placegraph is serving http://${config.HOST}:${address.port}/graphql with ${count} worker processes`);
  console.log(readyLines(`http://${config.HOST}:${address.port}/graphql`, config).join("\n"));
}
