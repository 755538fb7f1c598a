// The governance seed loader refuses source documents that are missing or differ from the files
// the facts were checked against, and fixture sources outside their documents; excerpt ranges
// are merged before the lines are queried.
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { fixtureDir } from "../../src/seed/index.ts";
import { type GovernanceFixture, loadGovernanceFixture, splitLines } from "../../src/seed/governance.ts";
import { excerptError, mergeRanges } from "../../src/subgraphs/governance/loaders.ts";

const sources = loadConfig().PLACEGRAPH_SOURCES_DIR;
const fixture = async (): Promise<GovernanceFixture> => JSON.parse(await readFile(join(fixtureDir, "governance.json"), "utf8"));
// A transaction that accepts the document writes and nothing else: the checks come first.
const documentsOnly = { sourceDocument: { create: async () => ({}) }, sourceLine: { createMany: async () => ({ count: 0 }) } } as never;

describe("governance source documents", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "placegraph-sources-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("splits lines so that a final newline ends the last line", () => {
    expect(splitLines("a\nb")).toEqual(["a", "b"]);
    expect(splitLines("a\nb\n")).toEqual(["a", "b"]);
    expect(splitLines("a\n\n")).toEqual(["a", ""]);
  });

  it("names the missing file and the variable to set", async () => {
    await expect(loadGovernanceFixture(documentsOnly, await fixture(), dir)).rejects.toThrow(
      `Source document coventry-hwb-2019-01-14: cannot read ${resolve(dir, "000_0acbd59825e2002a.txt")} (ENOENT); ` +
        "set PLACEGRAPH_SOURCES_DIR to the folder holding 000_0acbd59825e2002a.txt",
    );
  });

  it("refuses a file whose sha256 differs from the fixture's", async () => {
    const path = join(dir, "000_0acbd59825e2002a.txt");
    await writeFile(path, `${await readFile(join(sources, "000_0acbd59825e2002a.txt"), "utf8")}\n`);
    await expect(loadGovernanceFixture(documentsOnly, await fixture(), dir)).rejects.toThrow(
      new RegExp(`^Source document coventry-hwb-2019-01-14: ${path.replace(/[.]/g, "[.]")} has sha256 [0-9a-f]{64}, but the fixture expects 771ac514`),
    );
  });

  it("refuses a fixture source outside its document", async () => {
    for (const file of ["000_0acbd59825e2002a.txt", "001_a1962bd04f6d0873.txt", "002_66b854f02e2a154a.txt", "003_7976878203b5d6a9.txt", "004_e7b8ad470a829e92.txt"]) {
      await copyFile(join(sources, file), join(dir, file));
    }
    const f = await fixture();
    f.reports.find((r) => r.id === "coventry-camhs-ltp-refresh-2023")!.source!.lines = "5-158";
    await expect(loadGovernanceFixture(documentsOnly, f, dir)).rejects.toThrow(
      "Fixture source lines 5-158 lie outside coventry-camhs-ltp-refresh-2023, which has 157 lines",
    );
  });
});

describe("excerpt ranges", () => {
  it("merges overlapping and adjacent ranges of a document before querying lines", () => {
    const d = "coventry-hwb-2019-01-14";
    expect(mergeRanges([
      { documentId: d, firstLine: 10, lastLine: 12 },
      { documentId: "other", firstLine: 1, lastLine: 1 },
      { documentId: d, firstLine: 1, lastLine: 3 },
      { documentId: d, firstLine: 13, lastLine: 14 },
      { documentId: d, firstLine: 11, lastLine: 11 },
    ])).toEqual([
      { documentId: d, firstLine: 1, lastLine: 3 },
      { documentId: d, firstLine: 10, lastLine: 14 },
      { documentId: "other", firstLine: 1, lastLine: 1 },
    ]);
  });

  it("explains a range outside its document", () => {
    const doc = { id: "coventry-camhs-ltp-refresh-2023", lineCount: 157 };
    expect(excerptError({ documentId: doc.id, firstLine: 1, lastLine: 157 }, doc)).toBeNull();
    expect(excerptError({ documentId: doc.id, firstLine: 0, lastLine: 2 }, doc)?.message).toBe(
      "Lines 0-2 lie outside source document coventry-camhs-ltp-refresh-2023, which has lines 1-157",
    );
    expect(excerptError({ documentId: "nope", firstLine: 1, lastLine: 1 }, null)?.message).toBe('No source document "nope"');
  });
});
