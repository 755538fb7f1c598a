// The start-up lines in words: the database without its password, the data and its sources.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { describeData, describeDatabase, readyLines, startingLine } from "../../src/startup.ts";

const root = resolve(import.meta.dirname, "../..");

describe("start-up lines", () => {
  it("name the database, never a password", () => {
    expect(describeDatabase(loadConfig({}))).toBe("PGlite (embedded) in data/pglite");
    expect(describeDatabase(loadConfig({ PLACEGRAPH_DATA_DIR: "memory" }))).toBe("PGlite (embedded), in memory: nothing is kept");
    expect(describeDatabase(loadConfig({ DATABASE_URL: "postgresql://hub:s3cret@db.internal:5432/placegraph" }))).toBe("PostgreSQL hub@db.internal:5432/placegraph (DATABASE_URL)");
  });

  it("name the data and where its source documents are read from", () => {
    expect(describeData(loadConfig({}), root)).toBe("the curated dataset (prisma/dataset/, source documents in sources/), imported when the database is empty");
    expect(describeData(loadConfig({ PLACEGRAPH_SOURCES_DIR: "/srv/papers" }), root)).toBe("the curated dataset (prisma/dataset/, source documents in /srv/papers), imported when the database is empty");
    expect(describeData(loadConfig({ PLACEGRAPH_SEED: "false" }), root)).toBe("whatever the database holds (PLACEGRAPH_SEED=false: no curated dataset)");
  });

  it("say where the hub listens, where the explorer is and how to stop it", () => {
    const config = loadConfig({ PORT: "4000" });
    expect(startingLine(config)).toBe("Placegraph is starting on http://127.0.0.1:4000 with PGlite (embedded) in data/pglite...");
    expect(readyLines("http://127.0.0.1:4000/graphql", config)).toEqual([
      "Placegraph is ready.",
      "  GraphQL   http://127.0.0.1:4000/graphql",
      "  Explorer  http://127.0.0.1:4000/explorer  (open it in a browser)",
      "  Database  PGlite (embedded) in data/pglite",
      `  Data      ${describeData(config)}`,
      "Stop it with Ctrl-C.",
    ]);
  });
});
