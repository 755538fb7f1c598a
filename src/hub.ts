// Starting the embedded hub: open the database, apply pending migrations, load the seed data
// when empty, then serve the gateway with every subgraph in-process.
import cluster from "node:cluster";
import { readdir } from "node:fs/promises";
import { type Config, isInMemory } from "./config.ts";
import { openDatabase, type Database } from "./db/connection.ts";
import { applyPendingMigrations } from "./db/migrations.ts";
import { type Logger, loggerFrom } from "./log.ts";
import { clusterMetricsText } from "./ops/cluster-metrics.ts";
import { createMetrics, type Metrics } from "./ops/metrics.ts";
import type { Tracing } from "./ops/tracing.ts";
import { seedIfEmpty } from "./dataset/curated.ts";

export interface Hub {
  url: string;
  db: Database;
  close(): Promise<void>;
}

/** Migrates and seeds the database; shared by the embedded hub and the distributed launcher. */
export async function prepareDatabase(db: Database, config: Config, log: Logger): Promise<void> {
  const applied = await applyPendingMigrations(db);
  log.info(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");
  if (!config.PLACEGRAPH_SEED) return;
  const seeded = await seedIfEmpty(db.prisma, config.PLACEGRAPH_SOURCES_DIR);
  if (seeded) log.info(`Loaded ${seeded}`);
}

/** Whether this start creates the embedded database (no data directory yet, or an empty one). */
async function createsEmbeddedDatabase(config: Config): Promise<boolean> {
  if (config.DATABASE_URL || isInMemory(config)) return false;
  return (await readdir(config.PLACEGRAPH_DATA_DIR).catch(() => [])).length === 0;
}

/** A new embedded database starts from the prepared snapshot of the curated dataset when it is current. */
async function initialData(config: Config, log: Logger): Promise<Blob | undefined> {
  if (!config.PLACEGRAPH_SEED || !(await createsEmbeddedDatabase(config))) return undefined;
  const { currentSnapshot } = await import("./db/snapshot.ts");
  const snapshot = await currentSnapshot();
  log.info(snapshot ? "Restoring the curated dataset from its prepared snapshot" : "No current snapshot of the curated dataset (npm run build): importing it");
  return snapshot ?? undefined;
}

/** The hub's metrics; a worker of the workers layout answers /metrics with every worker's. */
function hubMetrics(db: Database): Metrics {
  const metrics = createMetrics(db);
  return cluster.isWorker ? { ...metrics, text: clusterMetricsText(metrics.registry) } : metrics;
}

export async function startHub(config: Config, log: Logger, tracing: Tracing | null = null): Promise<Hub> {
  // The gateway's modules (Hive Gateway's runtime, type-graphql, the subgraphs) load while the
  // database opens and migrations are checked, instead of before: the two take about as long.
  const gateway = import("./gateway/gateway.ts");
  gateway.catch(() => {}); // awaited below; a failed open must not leave it unhandled
  const db = await openDatabase(config, { initialData: await initialData(config, log) });
  try {
    await prepareDatabase(db, config, log);
    const { startEmbeddedGateway } = await gateway;
    const http = await startEmbeddedGateway(db.prisma, { host: config.HOST, port: config.PORT, log: loggerFrom(config, "gateway"), metrics: hubMetrics(db), tracing });
    return {
      url: http.url,
      db,
      async close() {
        await http.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
