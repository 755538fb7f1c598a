// Source documents are split into lines as the importer stores them; excerpt ranges are merged
// before the lines are queried. (Missing or changed documents: test/integration/import.test.ts.)
import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/dataset/documents.ts";
import { excerptError, mergeRanges } from "../../src/subgraphs/governance/loaders.ts";

describe("source document lines", () => {
  it("splits lines so that a final newline ends the last line", () => {
    expect(splitLines("a\nb")).toEqual(["a", "b"]);
    expect(splitLines("a\nb\n")).toEqual(["a", "b"]);
    expect(splitLines("a\n\n")).toEqual(["a", ""]);
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
