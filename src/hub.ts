// Starting the embedded hub: open the database, apply pending migrations, load the seed data
// when empty, then serve the gateway with every subgraph in-process.
import type { Config } from "./config.ts";
import { openDatabase, type Database } from "./db/connection.ts";
import { applyMigrations, migrationsUpToDate } from "./db/migrations.ts";
import { startEmbeddedGateway } from "./gateway/gateway.ts";
import { type Logger, loggerFrom } from "./log.ts";
import { createMetrics } from "./ops/metrics.ts";
import type { Tracing } from "./ops/tracing.ts";
import { seedIfEmpty } from "./dataset/curated.ts";

export interface Hub {
  url: string;
  db: Database;
  close(): Promise<void>;
}

/** Migrates and seeds the database; shared by the embedded hub and the distributed launcher. */
export async function prepareDatabase(db: Database, config: Config, log: Logger): Promise<void> {
  // An existing, current database starts without loading the schema engine (several hundred MB of wasm).
  const applied = (await migrationsUpToDate(db.prisma)) ? [] : await applyMigrations(db.adapter);
  log.info(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");
  if (!config.PLACEGRAPH_SEED) return;
  const seeded = await seedIfEmpty(db.prisma, config.PLACEGRAPH_SOURCES_DIR);
  if (seeded) log.info(`Loaded ${seeded}`);
}

export async function startHub(config: Config, log: Logger, tracing: Tracing | null = null): Promise<Hub> {
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, config, log);
    const http = await startEmbeddedGateway(db.prisma, { host: config.HOST, port: config.PORT, log: loggerFrom(config, "gateway"), metrics: createMetrics(db), tracing });
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
