// What `npm start` says first, in plain words for a person at a terminal: where the hub is,
// which database and data it uses, and how to stop it. Printed to stdout whatever the log format.
import { relative } from "node:path";
import type { Config } from "./config.ts";

/** The database in words; a PostgreSQL URL without its password. */
export function describeDatabase(config: Pick<Config, "DATABASE_URL" | "PLACEGRAPH_DATA_DIR">): string {
  if (!config.DATABASE_URL) {
    return config.PLACEGRAPH_DATA_DIR === "memory" ? "PGlite (embedded), in memory: nothing is kept" : `PGlite (embedded) in ${config.PLACEGRAPH_DATA_DIR}`;
  }
  const url = new URL(config.DATABASE_URL);
  return `PostgreSQL ${url.username ? `${decodeURIComponent(url.username)}@` : ""}${url.host}${url.pathname} (DATABASE_URL)`;
}

/** The data in words: the curated dataset and where its source documents are read from. */
export function describeData(config: Pick<Config, "PLACEGRAPH_SEED" | "PLACEGRAPH_SOURCES_DIR">, root = process.cwd()): string {
  if (!config.PLACEGRAPH_SEED) return "whatever the database holds (PLACEGRAPH_SEED=false: no curated dataset)";
  const sources = relative(root, config.PLACEGRAPH_SOURCES_DIR) || ".";
  return `the curated dataset (prisma/dataset/, source documents in ${sources.startsWith("..") ? config.PLACEGRAPH_SOURCES_DIR : `${sources}/`}), imported when the database is empty`;
}

/** The first line, before the database is opened (a first start takes a while). */
export function startingLine(config: Config): string {
  return `Placegraph is starting on http://${config.HOST}:${config.PORT} with ${describeDatabase(config)}...`;
}

/** The lines once the hub answers. */
export function readyLines(url: string, config: Config): string[] {
  const origin = new URL(url).origin;
  return [
    "Placegraph is ready.",
    `  GraphQL   ${origin}/graphql`,
    `  Explorer  ${origin}/explorer  (open it in a browser)`,
    `  Database  ${describeDatabase(config)}`,
    `  Data      ${describeData(config)}`,
    "Stop it with Ctrl-C.",
  ];
}
