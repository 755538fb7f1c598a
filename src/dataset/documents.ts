// Source documents: the text files the facts were read from. A dataset names each by file name
// and sha256; the importer reads the file from the sources directory, refuses a different file,
// and stores its lines so every excerpt quotes exactly what was checked.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Dataset } from "./format.ts";

/** A file's lines: split on "\n"; a final newline ends the last line rather than adding one. */
export function splitLines(content: string): string[] {
  const lines = content.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Reads every source document of the dataset; problems are returned with the record's path. */
export async function readSourceDocuments(dataset: Dataset, dir: string): Promise<{ lines: Map<string, string[]>; problems: string[] }> {
  const lines = new Map<string, string[]>();
  const problems: string[] = [];
  for (const [i, doc] of dataset.sourceDocuments.entries()) {
    const path = resolve(dir, doc.fileName);
    const where = `sourceDocuments[${i}]`;
    const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
      problems.push(`${where}: cannot read ${path} (${err.code ?? err.message}); set PLACEGRAPH_SOURCES_DIR to the folder holding ${doc.fileName}`);
      return null;
    });
    if (!bytes) continue;
    const hash = createHash("sha256").update(bytes).digest("hex");
    if (hash !== doc.contentHash) {
      problems.push(`${where}: ${path} has sha256 ${hash}, but the dataset expects ${doc.contentHash}; it is not the file the facts were checked against`);
      continue;
    }
    lines.set(doc.id, splitLines(bytes.toString("utf8")));
  }
  return { lines, problems };
}
