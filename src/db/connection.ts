// Opens the hub's database: PGlite in a data directory (or memory) by default, PostgreSQL when
// DATABASE_URL is set. Both run the same Prisma schema and migrations through driver adapters.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
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
  /** SQL statements sent so far; tests read it to prove batching. */
  statements: { count: number; log: string[] };
  close(): Promise<void>;
}

type DatabaseConfig = Pick<Config, "DATABASE_URL" | "PLACEGRAPH_DATA_DIR">;

/** A data directory archive (PGlite's dumpDataDir) a new embedded database starts from. */
export interface OpenOptions {
  initialData?: Blob;
}

async function openAdapter(config: DatabaseConfig, { initialData }: OpenOptions) {
  if (config.DATABASE_URL) {
    const adapter = withWholeScripts(new PrismaPg({ connectionString: config.DATABASE_URL }));
    return { adapter, kind: "postgresql" as const, closeDriver: async () => {} };
  }
  if (isInMemory(config)) {
    const pglite = new PGlite(undefined, { loadDataDir: initialData });
    await pglite.waitReady;
    return { adapter: withAwaitedScripts(new PrismaPGlite(pglite)), kind: "pglite" as const, closeDriver: () => pglite.close() };
  }
  await mkdir(config.PLACEGRAPH_DATA_DIR, { recursive: true });
  // One process at a time: a second one refuses here, before PGlite touches the directory (owner.ts).
  const lock = lockDataDirectory(config.PLACEGRAPH_DATA_DIR);
  try {
    const pglite = new PGlite(config.PLACEGRAPH_DATA_DIR, { loadDataDir: initialData });
    await pglite.waitReady;
    const closeDriver = () => pglite.close().finally(() => lock.release());
    return { adapter: withAwaitedScripts(new PrismaPGlite(pglite)), kind: "pglite" as const, closeDriver };
  } catch (err) {
    lock.release();
    throw err;
  }
}

export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  const { adapter, kind, closeDriver } = await openAdapter(config, options);
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
    statements,
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}
