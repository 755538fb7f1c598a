// Global setup: every run tests PostgreSQL as well as PGlite. CI passes its server in
// PLACEGRAPH_TEST_DATABASE_URL; otherwise a throwaway local server is started for the run
// (scripts/local-postgres.sh installs PostgreSQL when missing). No server means a failed run.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

const script = resolve(import.meta.dirname, "../../scripts/local-postgres.sh");

export default function setup(project: TestProject) {
  const given = process.env.PLACEGRAPH_TEST_DATABASE_URL;
  if (given) {
    project.provide("postgresUrl", given);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "placegraph-pg-"));
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const url = execFileSync("bash", [script, "start", dir, port], { encoding: "utf8" }).trim();
  project.provide("postgresUrl", url);
  return () => {
    execFileSync("bash", [script, "stop", dir]);
    rmSync(dir, { recursive: true, force: true });
  };
}
