// Opens the hub's database: PGlite in a data directory (or memory) by default, PostgreSQL when
// DATABASE_URL is set. Both run the same Prisma schema and migrations through driver adapters.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type Config, isInMemory } from "../config.ts";
import { PrismaClient } from "../generated/prisma/client.ts";
import { lockDataDirectory } from "./owner.ts";
import { withAwaitedScripts, withWholeScripts } from "./whole-scripts.ts";

export interface Database {
  prisma: PrismaClient;
  /** The adapter factory, for the schema engine (migrations, reset). */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  kind: "pglite" | "postgresql";
  /** The PostgreSQL pools' connections now (total, idle, waiting); zeros on PGlite, which has no pool. */
  pool(): PoolState;
  /** SQL statements sent so far; tests read it to prove batching. */
  statements: { count: number; log: string[] };
  close(): Promise<void>;
}

export interface PoolState {
  total: number;
  idle: number;
  waiting: number;
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The pools @prisma/adapter-pg opens (one per connection of the factory: Prisma Client's, and the
 * migration engine's while it runs), kept while open so that the metrics can read them.
 */
function trackPools(factory: SqlMigrationAwareDriverAdapterFactory, pools: Set<PgPool>) {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const pool = (adapter as unknown as { client: PgPool }).client;
    pools.add(pool);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => (pools.delete(pool), dispose());
    return adapter;
  };
  return factory;
}

const poolState = (pools: Set<PgPool>): PoolState =>
  [...pools].reduce((s, p) => ({ total: s.total + p.totalCount, idle: s.idle + p.idleCount, waiting: s.waiting + p.waitingCount }), { total: 0, idle: 0, waiting: 0 });

type DatabaseConfig = Pick<Config, "DATABASE_URL" | "PLACEGRAPH_DATA_DIR">;

export interface OpenOptions {
  /**
   * A data directory archive (PGlite's dumpDataDir) a new embedded database starts from: the
   * prepared snapshot of the curated dataset, or the tests' migrated templates.
   */
  initialData?: Blob;
}

/**
 * PGlite's Postgres with 16 MB of shared buffers instead of its default 128 MB: the wasm memory
 * behind them is resident from the start, and this halves what an open embedded database costs
 * (bench/pglite-memory.ts: +107 MiB against +229 MiB at rest). Its own start parameters are kept.
 */
const pgliteStart = { startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"] };

async function openAdapter(config: DatabaseConfig, pools: Set<PgPool>, { initialData }: OpenOptions) {
  if (config.DATABASE_URL) {
    // The PostgreSQL driver loads only for PostgreSQL: the embedded hub starts without it.
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const adapter = trackPools(withWholeScripts(new PrismaPg({ connectionString: config.DATABASE_URL })), pools);
    return { adapter, kind: "postgresql" as const, closeDriver: async () => {} };
  }
  if (isInMemory(config)) {
    // One argument: PGlite ignores the options given after an undefined data directory.
    const pglite = new PGlite({ ...pgliteStart, loadDataDir: initialData });
    await pglite.waitReady;
    return { adapter: withAwaitedScripts(new PrismaPGlite(pglite)), kind: "pglite" as const, closeDriver: () => pglite.close() };
  }
  await mkdir(config.PLACEGRAPH_DATA_DIR, { recursive: true });
  // One process at a time: a second one refuses here, before PGlite touches the directory (owner.ts).
  const lock = lockDataDirectory(config.PLACEGRAPH_DATA_DIR);
  try {
    const pglite = new PGlite(config.PLACEGRAPH_DATA_DIR, { ...pgliteStart, loadDataDir: initialData });
    await pglite.waitReady;
    const closeDriver = () => pglite.close().finally(() => lock.release());
    return { adapter: withAwaitedScripts(new PrismaPGlite(pglite)), kind: "pglite" as const, closeDriver };
  } catch (err) {
    lock.release();
    throw err;
  }
}

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  const pools = new Set<PgPool>();
  const { adapter, kind, closeDriver } = await openAdapter(config, pools, options);
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const statements = { count: 0, log: [] as string[] };
  prisma.$on("query", (event) => {
    statements.count += 1;
    if (statements.log.length < 1000) statements.log.push(event.query);
  });
  return {
    prisma,
    adapter,
    kind,
    pool: () => poolState(pools),
    statements,
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}
