// Ingesting a pack: parse it, then hand the dataset to the one importer, with the pack's own
// folder as the sources directory so the importer checks the file and stores its lines.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { type ImportReport, importDataset } from "../dataset/importer.ts";
import type { TableCounts } from "../dataset/sync.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { PackError } from "./layout.ts";
import { type ParsedPack, parsePack } from "./pack.ts";

export interface IngestOptions {
  actor: string;
  board?: string;
  newBoard?: string;
  acceptWarnings?: boolean;
  dryRun?: boolean;
  onProgress?: (message: string) => void;
}

export interface IngestResult { parsed: ParsedPack; report: ImportReport }

export async function ingestPack(prisma: PrismaClient, path: string, options: IngestOptions): Promise<IngestResult> {
  const content = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new PackError(`${path}: cannot read the pack (${err.code ?? err.message})`);
  });
  options.onProgress?.(`reading ${path} (${content.length} bytes)`);
  const parsed = await parsePack(prisma, path, content, { board: options.board, newBoard: options.newBoard, acceptWarnings: options.acceptWarnings, onProgress: options.onProgress });
  options.onProgress?.(`parsed: ${parsed.layout} layout, ${Object.entries(parsed.counts).map(([k, v]) => `${v} ${k}`).join(", ")}`);
  const report = await importDataset(prisma, `${path} (ingested)`, parsed.contentHash, parsed.dataset, {
    actor: options.actor,
    dryRun: options.dryRun,
    sourcesDir: dirname(resolve(path)),
    onProgress: (type: string, c: TableCounts, done: number, total: number) =>
      options.onProgress?.(`[${done}/${total}] ${type}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`),
  });
  return { parsed, report };
}
