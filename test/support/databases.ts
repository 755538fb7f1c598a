// Test databases: a fresh, migrated database per test file on either backend.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database } from "../../src/db/connection.ts";
import { applyMigrations } from "../../src/db/migrations.ts";

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

/** A PostgreSQL database of its own for one test file; returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `placegraph_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(inject("postgresUrl"));
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function openTestDatabase(backend: Backend, { migrate = true } = {}): Promise<TestDatabase> {
  if (backend === "pglite") {
    const db = await openDatabase({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: undefined });
    if (migrate) await applyMigrations(db.adapter);
    return { ...db, dispose: () => db.close() };
  }
  const { url, drop } = await createPostgresDatabase();
  const db = await openDatabase({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: url });
  if (migrate) await applyMigrations(db.adapter);
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
