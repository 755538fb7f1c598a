// Creating and applying Prisma Migrate migrations through the wasm schema engine. The files in
// prisma/migrations are in Prisma Migrate's own format, so the native `prisma migrate deploy`
// would accept the same history.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { type Database, openDatabase } from "./connection.ts";
import { openSchemaEngine } from "./engine.ts";
import { withAwaitedScripts } from "./whole-scripts.ts";
import { repoRoot } from "../paths.ts";

const root = repoRoot;
export const schemaDir = join(root, "prisma/schema");
export const migrationsDir = join(root, "prisma/migrations");
const lockfileName = "migration_lock.toml";
const noFilter = { externalTables: [], externalEnums: [] };

/** The Prisma schema files, one per subgraph, as [path, content] pairs. */
export async function readDatamodels(): Promise<[string, string][]> {
  const files = (await readdir(schemaDir)).filter((f) => f.endsWith(".prisma")).sort();
  return Promise.all(
    files.map(async (f): Promise<[string, string]> => [join(schemaDir, f), await readFile(join(schemaDir, f), "utf8")]),
  );
}

/** The migrations in prisma/migrations, in order; `upTo` (a folder name) stops after that one. */
async function readMigrationList(upTo?: string): Promise<MigrationList> {
  await mkdir(migrationsDir, { recursive: true });
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory() && (!upTo || e.name <= upTo)).map((e) => e.name).sort();
  const lockfile = await readFile(join(migrationsDir, lockfileName), "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfileName, content: lockfile },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (path) => ({
        path,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(join(migrationsDir, path, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (err: Error) => ({ tag: "error" as const, value: err.message }),
          ),
        },
      })),
    ),
  };
}

/**
 * Whether every migration in prisma/migrations is recorded as applied with its checksum (the
 * sha256 of its script, as Prisma Migrate records it): then a start need not load the schema
 * engine at all. Anything else (a new, failed or edited migration) goes through the engine.
 */
export async function migrationsUpToDate(prisma: PrismaClient): Promise<boolean> {
  const { migrationDirectories } = await readMigrationList();
  const rows = await prisma.$queryRaw<{ migration_name: string; checksum: string }[]>`
    SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`.catch(() => []);
  const recorded = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  return migrationDirectories.every(({ path, migrationFile: { content } }) =>
    content.tag === "ok" && recorded.get(path) === createHash("sha256").update(content.value).digest("hex"));
}

/**
 * Applies the migrations not yet applied and names them. A current database is checked without
 * the schema engine (a wasm module of several hundred MB resident), which loads only when a
 * migration is due.
 */
export async function applyPendingMigrations(db: Database): Promise<string[]> {
  return (await migrationsUpToDate(db.prisma)) ? [] : applyMigrations(db.adapter);
}

/** Opens the configured database with every migration applied: what the commands work on. */
export async function openMigratedDatabase(config: Parameters<typeof openDatabase>[0]): Promise<Database> {
  const db = await openDatabase(config);
  try {
    await applyPendingMigrations(db);
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}

/** Applies every migration not yet applied (up to `upTo`, for tests); returns the names it applied. */
export async function applyMigrations(adapter: SqlMigrationAwareDriverAdapterFactory, upTo?: string): Promise<string[]> {
  const engine = await openSchemaEngine(adapter, await readDatamodels());
  try {
    const out = await engine.applyMigrations({ migrationsList: await readMigrationList(upTo), filters: noFilter });
    return out.appliedMigrationNames;
  } catch (err) {
    await markFailedRolledBack(adapter);
    throw readableFailure(err as Error);
  } finally {
    engine.free();
  }
}

/** The database's own words from the engine's report of a failed migration, without its trace. */
function readableFailure(err: Error): Error {
  const said = /ERROR: ([\s\S]*?)\n\s+0: /.exec(err.message)?.[1];
  const name = /migration_name="([^"]+)"/.exec(err.message)?.[1];
  return said && name ? new Error(`Migration ${name} failed, nothing of it was applied: ${said}`) : err;
}

/**
 * A migration script runs whole on both databases (whole-scripts.ts), so one that failed changed
 * nothing: say so in Prisma's history (what `prisma migrate resolve --rolled-back` does), so
 * that once its cause is fixed (e.g. duplicates it named) the next migrate applies it again.
 */
async function markFailedRolledBack(adapter: SqlMigrationAwareDriverAdapterFactory): Promise<void> {
  const connection = await adapter.connect();
  try {
    await connection.executeRaw({
      sql: `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE finished_at IS NULL AND rolled_back_at IS NULL`,
      args: [],
      argTypes: [],
    });
  } catch {
    // no history table yet: nothing to mark
  } finally {
    await connection.dispose();
  }
}

/** Drops everything in the database (schema `public`), ready for migrations to run again. */
export async function resetDatabase(adapter: SqlMigrationAwareDriverAdapterFactory): Promise<void> {
  const engine = await openSchemaEngine(adapter, await readDatamodels());
  try {
    await engine.reset({ filter: noFilter });
  } finally {
    engine.free();
  }
}

/** The SQL that takes the migration history to the current schema; empty when in step. */
export async function pendingSchemaChange(): Promise<string> {
  // Both the history and its shadow database run on in-memory PGlite: no server needed.
  const adapter = withAwaitedScripts(new PrismaPGlite(new PGlite()));
  const engine = await openSchemaEngine(adapter, await readDatamodels());
  try {
    const files = (await readDatamodels()).map(([path, content]) => ({ path, content }));
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrationList()) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    const sql = result.stdout ?? "";
    return /^\s*(--[^\n]*\n?\s*)*$/.test(sql) || sql.includes("This is an empty migration") ? "" : sql;
  } finally {
    engine.free();
  }
}

/** Writes a new migration folder for the schema change, if there is one. */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Migration name "${name}" must be lower-case letters, digits and _`);
  const sql = await pendingSchemaChange();
  if (!sql) return null;
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "migration.sql"), sql);
  const lock = join(migrationsDir, lockfileName);
  const lockText = "# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = \"postgresql\"\n";
  await writeFile(lock, lockText);
  return dir;
}
