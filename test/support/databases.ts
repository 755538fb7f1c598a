// Test databases: a database of its own per test file (or test) on either backend: migrated, and
// holding the curated dataset or the reference data when asked, copied from a template built once
// (templates.ts); `migrate: false` gives an empty one that has never seen a migration.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database } from "../../src/db/connection.ts";
import { pgliteTemplate, postgresTemplate, type TemplateData } from "./templates.ts";

export const backends = ["pglite", "postgresql"] as const;
export type Backend = (typeof backends)[number];

export interface TestDatabase extends Database {
  url?: string;
  /** Closes the client and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: inject("postgresUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A PostgreSQL database of its own for one test file (a copy of `template`, else empty); returns its URL. */
export async function createPostgresDatabase(template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `placegraph_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  const url = new URL(inject("postgresUrl"));
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface TestDatabaseOptions {
  /** false: an empty database, no migration applied. */
  migrate?: boolean;
  /** What the migrated database holds: nothing, the curated dataset, or the reference data only. */
  data?: TemplateData;
}

export async function openTestDatabase(backend: Backend, { migrate = true, data = "empty" }: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (backend === "pglite") {
    const initialData = migrate ? await pgliteTemplate(data) : undefined;
    const db = await openDatabase({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: undefined }, { initialData });
    return { ...db, dispose: () => db.close() };
  }
  const { url, drop } = await createPostgresDatabase(migrate ? await postgresTemplate(data) : undefined);
  const db = await openDatabase({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: url });
  return {
    ...db,
    url,
    async dispose() {
      await db.close();
      await drop();
    },
  };
}

/** Counts the SQL statements that `work` sends. */
export async function countStatements(db: Database, work: () => Promise<unknown>): Promise<{ count: number; sql: string[] }> {
  db.statements.count = 0;
  db.statements.log.length = 0;
  await work();
  return { count: db.statements.count, sql: [...db.statements.log] };
}
