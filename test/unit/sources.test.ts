// The source documents the curated dataset cites are part of the repository (sources/, the
// default PLACEGRAPH_SOURCES_DIR), each byte-identical to the file its facts were checked against.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { curatedDatasetDir } from "../../src/dataset/curated.ts";

const cited = readdirSync(curatedDatasetDir)
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => (JSON.parse(readFileSync(join(curatedDatasetDir, f), "utf8")).sourceDocuments ?? []) as { fileName: string; contentHash: string }[]);

describe("source documents", () => {
  it("are in sources/ by default, one file per document the curated dataset cites, with the SHA-256 it records", () => {
    const dir = loadConfig({}).PLACEGRAPH_SOURCES_DIR;
    expect(dir).toBe(resolve(import.meta.dirname, "../../sources"));
    expect(cited.map((d) => d.fileName).sort()).toEqual(readdirSync(dir).filter((f) => f.endsWith(".txt")).sort());
    for (const doc of cited) {
      expect([doc.fileName, createHash("sha256").update(readFileSync(join(dir, doc.fileName))).digest("hex")]).toEqual([doc.fileName, doc.contentHash]);
    }
    expect(cited).toHaveLength(5);
  });
});
