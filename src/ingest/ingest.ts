// Ingesting a pack: parse it, then hand the dataset to the one importer, with the pack's own
// folder as the sources directory so the importer checks the file and stores its lines.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { type ImportReport, importDataset } from "../dataset/importer.ts";
import type { TableCounts } from "../dataset/sync.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { PackError } from "./layout.ts";
import { type ParsedPack, parsePack } from "./pack.ts";
import { isPdf, pdfToText } from "./pdf.ts";

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
  if (isPdf(content)) return ingestPdf(prisma, path, content, options);
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

/**
 * A PDF pack: its text (lines rebuilt from positions) is written beside a temporary copy as
 * "<name>.pdf.txt", and that text is the source document the records cite, line by line; the
 * text is the same for the same PDF, so ingesting it again changes nothing.
 */
async function ingestPdf(prisma: PrismaClient, path: string, content: Buffer, options: IngestOptions): Promise<IngestResult> {
  const text = await pdfToText(content, basename(path));
  options.onProgress?.(`PDF: ${text.split("\n").length} lines of text extracted`);
  const dir = await mkdtemp(join(tmpdir(), "placegraph-pdf-"));
  try {
    const textPath = join(dir, `${basename(path).replace(/[^\w.-]/g, "_")}.txt`);
    await writeFile(textPath, text);
    return await ingestPack(prisma, textPath, options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
