// Templates of test databases: a migrated database (empty, holding the curated dataset, or holding
// only the reference data the ingest tests start from) is built once and copied for every test
// database that asks for it, instead of migrating and importing again each time (seconds per
// database; a copy takes milliseconds on PostgreSQL and under a second on PGlite).
// - PostgreSQL: template databases in the test server, built by the first worker that needs one
//   (the others wait on an advisory lock), named after the run and dropped when the run ends
//   (postgres-setup.ts); each test database is `CREATE DATABASE ... TEMPLATE`.
// - PGlite: a dump of the data directory (`dumpDataDir()`), cached on disk under the hash of
//   everything its content depends on (migrations, schema, product code, curated dataset, source
//   papers, lockfile, this file): any change to those builds it again, never a stale one.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { inject } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { type Database, openDatabase } from "../../src/db/connection.ts";
import { applyMigrations } from "../../src/db/migrations.ts";
import { withAwaitedScripts } from "../../src/db/whole-scripts.ts";
import { seedIfEmpty } from "../../src/dataset/curated.ts";
import { PrismaClient } from "../../src/generated/prisma/client.ts";
import { loadReferenceOnly } from "../../src/ingest/score.ts";
import { templatePrefix } from "./postgres-setup.ts";

/** What a template holds beyond the migrated schema. */
export type TemplateData = "empty" | "curated" | "reference";

const root = resolve(import.meta.dirname, "../..");
const cacheDir = join(root, "node_modules/.cache/placegraph-test-templates");

/** The files a template's content depends on. */
const inputs = () => [join(root, "prisma"), join(root, "src"), loadConfig().PLACEGRAPH_SOURCES_DIR, join(root, "package-lock.json"), import.meta.filename];

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOTDIR") return null;
    throw err;
  });
  if (!entries) return [path];
  const nested = await Promise.all(entries.map((e) => filesUnder(join(path, e.name))));
  return nested.flat().sort();
}

let keyOnce: Promise<string> | undefined;

/** sha256 over the names and contents of every input file (16 hex digits). */
export function templateKey(): Promise<string> {
  keyOnce ??= (async () => {
    const hash = createHash("sha256");
    for (const file of (await Promise.all(inputs().map(filesUnder))).flat()) {
      hash.update(relative(root, file)).update("\0").update(await readFile(file)).update("\0");
    }
    return hash.digest("hex").slice(0, 16);
  })();
  return keyOnce;
}

/** Migrates an empty database, or fills a migrated one with `data`. */
async function fill(prisma: PrismaClient, adapter: Database["adapter"], data: TemplateData | "migrate") {
  if (data === "migrate") await applyMigrations(adapter);
  else if (data === "curated") await seedIfEmpty(prisma);
  else if (data === "reference") await loadReferenceOnly(prisma, loadConfig().PLACEGRAPH_SOURCES_DIR);
}

// PGlite ------------------------------------------------------------------------------------

async function buildPgliteDump(data: TemplateData): Promise<Blob> {
  const pglite = new PGlite(data === "empty" ? {} : { loadDataDir: await pgliteTemplate("empty") });
  await pglite.waitReady;
  const adapter = withAwaitedScripts(new PrismaPGlite(pglite));
  const prisma = new PrismaClient({ adapter });
  try {
    await fill(prisma, adapter, data === "empty" ? "migrate" : data);
    await prisma.$disconnect();
    return await pglite.dumpDataDir("none");
  } finally {
    await pglite.close();
  }
}

/** The dump from the disk cache, or built and written there (atomically: a rename). */
async function cachedPgliteDump(data: TemplateData): Promise<Blob> {
  const file = join(cacheDir, `pglite-${await templateKey()}-${data}.tar`);
  const cached = await readFile(file).catch(() => null);
  if (cached) return new Blob([cached]);
  const dump = await buildPgliteDump(data);
  await mkdir(cacheDir, { recursive: true });
  const partial = `${file}.${randomBytes(4).toString("hex")}.partial`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  await pruneOtherKeys(await templateKey());
  return dump;
}

/** Dumps of earlier keys are never used again. */
async function pruneOtherKeys(key: string) {
  for (const name of await readdir(cacheDir)) {
    if (name.startsWith("pglite-") && !name.startsWith(`pglite-${key}-`) && !name.endsWith(".partial")) await rm(join(cacheDir, name), { force: true });
  }
}

/** `build` once per kind of template in this process; a failed build is tried again next time. */
function oncePerKind<T>(build: (data: TemplateData) => Promise<T>): (data: TemplateData) => Promise<T> {
  const built = new Map<TemplateData, Promise<T>>();
  return (data) => {
    let result = built.get(data);
    if (!result) {
      result = build(data);
      result.catch(() => built.delete(data));
      built.set(data, result);
    }
    return result;
  };
}

/** The PGlite data directory of a template (built once per key; kept in memory for this process). */
export const pgliteTemplate = oncePerKind(cachedPgliteDump);

// PostgreSQL --------------------------------------------------------------------------------

/** The name of a template database on the test server, built if no worker has built it yet. */
export const postgresTemplate = oncePerKind(buildPostgresTemplate);

async function buildPostgresTemplate(data: TemplateData): Promise<string> {
  const parent = data === "empty" ? null : await postgresTemplate("empty");
  const name = `${templatePrefix(inject("templateRun"))}${(await templateKey()).slice(0, 12)}_${data}`;
  const admin = new pg.Client({ connectionString: inject("postgresUrl") });
  await admin.connect();
  try {
    // One builder per template across the workers; the others find it built.
    await admin.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return name;
    await admin.query(`CREATE DATABASE ${name}${parent ? ` TEMPLATE ${parent}` : ""}`);
    try {
      const url = new URL(inject("postgresUrl"));
      url.pathname = `/${name}`;
      const db = await openDatabase({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: url.toString() });
      try {
        await fill(db.prisma, db.adapter, data === "empty" ? "migrate" : data);
      } finally {
        await db.close();
      }
      // Copying needs no session in the template: end any the pools left, and refuse new ones.
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    } catch (err) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      throw err;
    }
    return name;
  } finally {
    await admin.end(); // ends the session, and with it the advisory lock
  }
}
