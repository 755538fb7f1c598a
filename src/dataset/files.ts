// Dataset files on disk: one file, several, or a folder of them (the curated dataset is one file
// per source document plus a register of partners). Several files are imported together, as
// one dataset in one transaction, so they may refer to each other's records; problems still
// name the file and the place in it.
import { createHash, type Hash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { DATASET_FORMAT, type Dataset, sections } from "./format.ts";
import { DatasetError, parseDataset } from "./validate.ts";

export interface DatasetFiles {
  /** The files' names, as reported and audited. */
  fileName: string;
  /** sha256 over the files' names and contents. */
  contentHash: string;
  dataset: Dataset;
  /** Turns a path in the merged dataset (`meetings[7].title`) into the file's own (`a.json: meetings[2].title`). */
  locate(path: string): string;
}

/** The .json files of the given files and folders, folders' files in name order. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new DatasetError(path, ["no such file or folder"]);
    if (!info.isDirectory()) files.push(path);
    else files.push(...(await readdir(path)).filter((f) => f.endsWith(".json")).sort().map((f) => join(path, f)));
  }
  if (files.length === 0) throw new DatasetError(paths.join(", "), ["no .json dataset files found"]);
  return files;
}

/**
 * A file's text, its name and bytes added to the hash as read (hashing the decoded text would
 * encode it again); the bytes are not kept while the text is parsed and checked.
 */
async function readHashed(file: string, hash: Hash): Promise<string> {
  const bytes = await readFile(file);
  hash.update(`${basename(file)}\n`).update(bytes).update("\n");
  return bytes.toString("utf8");
}

export async function readDatasetFiles(paths: string[]): Promise<DatasetFiles> {
  const files = await expandPaths(paths);
  const hash = createHash("sha256");
  const origins = new Map<string, { file: string; index: number }[]>();
  const merged = { format: DATASET_FORMAT, description: null } as Dataset;
  for (const file of files) {
    const dataset = parseDataset(file, await readHashed(file, hash));
    for (const section of sections) {
      const records = dataset[section] as unknown[];
      ((merged[section] as unknown[]) ??= []).push(...records);
      const list = origins.get(section) ?? origins.set(section, []).get(section)!;
      records.forEach((_, index) => list.push({ file, index }));
    }
  }
  // With several files, the problem's own path and any "(first at ...)" path get their file's name.
  const locate = (problem: string) =>
    files.length === 1 ? problem : problem.replace(/(^|first at )(\w+)\[(\d+)\]/g, (whole, lead: string, section: string, i: string) => {
      const origin = origins.get(section)?.[Number(i)];
      return origin ? `${lead}${basename(origin.file)}: ${section}[${origin.index}]` : whole;
    });
  const fileName = files.length === 1 ? files[0] : `${files.length} files: ${files.map((f) => basename(f)).join(", ")}`;
  return { fileName, contentHash: hash.digest("hex"), dataset: merged, locate };
}
