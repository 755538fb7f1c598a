// The one way data comes in: validate the whole file, then write it in one transaction, each
// table idempotently by natural key, and leave an audit record. A dry run does the same work
// inside a transaction that is rolled back, so its report is exact and nothing is written.
// An import restricted to one organisation's records (write:own) is checked row by row inside
// that transaction, against the rows as stored, and refused whole if any row is not its own.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { readSourceDocuments } from "./documents.ts";
import { readDatasetFiles } from "./files.ts";
import type { Dataset } from "./format.ts";
import { ownershipCheck } from "./ownership.ts";
import { GeneratedId, type RecordType, type SourceLines } from "./slice.ts";
import { recordTypes } from "./slices.ts";
import { applyPlan, idsByKey, keyOf, planTable, type Row, type TableCounts } from "./sync.ts";
import { announceImport, type ImportOutcome } from "./import-events.ts";
import type { Transaction } from "./transaction.ts";
import { DatasetError, checkReferences } from "./validate.ts";

export interface ImportOptions {
  /** Who imports: "cli:<user>", "graphql:admin", "seed". */
  actor: string;
  /** Report what would change without writing anything. */
  dryRun?: boolean;
  /** Folder of the source documents the dataset names. */
  sourcesDir: string;
  /**
   * Only records this organisation owns may be created or changed (a write:own caller; rules in
   * ownership.ts). Unset, everything may be: admin, the command line, the curated dataset.
   */
  ownRecordsOf?: string;
  /** Called after each record type is written: (type, counts, step number, steps). */
  onProgress?: (type: string, counts: TableCounts, done: number, total: number) => void;
  /** Called while a large record type is written: (type, rows written, rows). */
  onRows?: (type: string, done: number, total: number) => void;
}

export interface ImportReport {
  fileName: string;
  contentHash: string;
  dryRun: boolean;
  /** Counts per record type, in the order they were written; types without records are left out. */
  types: ({ type: string } & TableCounts)[];
  totals: TableCounts;
  /** The audit record's id; null for a dry run. */
  importRunId: number | null;
}

class DryRunRollback extends Error {}

/** Every record type's rows, in dataset order (before anything is written). */
function datasetRows(dataset: Dataset, lines: SourceLines): Map<RecordType, Row[]> {
  return new Map(recordTypes.map((type) => [type, type.rows(dataset, lines)]));
}

/** Rows of a self-referencing table with every parent before its children, so inserts never dangle. */
export function parentsFirst(rows: Row[], id: string, parent: string): Row[] {
  const byId = new Map(rows.map((r) => [r[id], r]));
  const placed = new Set<unknown>();
  const out: Row[] = [];
  const place = (row: Row, depth = 0) => {
    if (placed.has(row[id]) || depth > rows.length) return;
    const up = byId.get(row[parent]);
    if (up) place(up, depth + 1);
    placed.add(row[id]);
    out.push(row);
  };
  rows.forEach((row) => place(row));
  return out;
}

/** Replaces each GeneratedId with the id of the row it names, written earlier in this import: one query per table. */
async function resolveGeneratedIds(tx: Transaction, rows: Row[]): Promise<void> {
  const pending = rows.flatMap((row) => Object.entries(row).filter((e): e is [string, GeneratedId] => e[1] instanceof GeneratedId).map(([column, ref]) => ({ row, column, ref })));
  const byModel = new Map<string, typeof pending>();
  for (const p of pending) (byModel.get(p.ref.model) ?? byModel.set(p.ref.model, []).get(p.ref.model)!).push(p);
  for (const [model, refs] of byModel) {
    const spec = { model, key: Object.keys(refs[0].ref.key) };
    const ids = await idsByKey(tx, spec, refs.map((r) => r.ref.key));
    for (const { row, column, ref } of refs) row[column] = ids.get(keyOf(spec, ref.key)) ?? null;
  }
}

/** A record type's rows as written: parents first, generated ids resolved, database-derived values completed. */
async function rowsToWrite(tx: Transaction, type: RecordType, rows: Row[], dataset: Dataset): Promise<Row[]> {
  const ordered = type.parent ? parentsFirst(rows, type.key[0], type.parent) : rows;
  await resolveGeneratedIds(tx, ordered);
  return type.complete ? type.complete(tx, ordered, dataset) : ordered;
}

/** Most refused records named in a refusal's message; all of them are in `records`. */
const SHOWN_REFUSALS = 20;

/** An import refused because the caller may not write some of its records; nothing of it was written. */
export class WriteRefused extends Error {
  override name = "WriteRefused";
  constructor(
    readonly file: string,
    readonly organisationId: string,
    readonly records: string[],
    /** The audit record of the refused attempt (dry runs are audited too). */
    readonly importRunId: number | null = null,
  ) {
    const shown = records.slice(0, SHOWN_REFUSALS);
    const more = records.length > shown.length ? `\n  ... and ${records.length - shown.length} more` : "";
    const count = records.length === 1 ? "1 record is" : `${records.length} records are`;
    super(`${file}: ${count} not ${organisationId}'s to write, nothing was imported:\n  ${shown.join("\n  ")}${more}`);
  }
}

const TRANSACTION = { timeout: 10 * 60_000, maxWait: 60_000 };

/** Any number that no other advisory lock of the hub uses: "imports" on the keypad. */
const IMPORT_LOCK = 4677678;

/**
 * Imports run one at a time: each waits here, inside its transaction, until the one before has
 * committed or rolled back, and only then reads what is stored, so two imports of the same new
 * file cannot both plan "create". Released with the transaction. (PGlite runs one transaction at
 * a time anyway; the lock costs it one statement.)
 */
async function importsOneAtATime(tx: Transaction) {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);
}

/** Validates and imports dataset files (or folders of them) as one dataset. */
export async function importDatasetFiles(prisma: PrismaClient, paths: string[], options: ImportOptions): Promise<ImportReport> {
  const { fileName, contentHash, dataset, locate } = await readDatasetFiles(paths);
  return importDataset(prisma, fileName, contentHash, dataset, options, locate);
}

/** Imports one dataset; every run is announced (import-events.ts) with its outcome. */
export async function importDataset(...args: Parameters<typeof importOnce>): Promise<ImportReport> {
  try {
    const report = await importOnce(...args);
    announceImport({ outcome: report.dryRun ? "dry_run" : "imported", totals: report.totals });
    return report;
  } catch (err) {
    announceImport({ outcome: outcomeOf(err) });
    throw err;
  }
}

const outcomeOf = (err: unknown): ImportOutcome => (err instanceof WriteRefused ? "refused" : err instanceof DatasetError ? "invalid" : "failed");

async function importOnce(
  prisma: PrismaClient,
  fileName: string,
  contentHash: string,
  dataset: Dataset,
  options: ImportOptions,
  locate: (path: string) => string = (path) => path,
): Promise<ImportReport> {
  const { lines, problems } = await readSourceDocuments(dataset, options.sourcesDir);
  const rows = datasetRows(dataset, lines);
  problems.push(...(await checkReferences(prisma, dataset, new Map([...lines].map(([id, l]) => [id, l.length])), rows)));
  if (problems.length) throw new DatasetError(fileName, problems.map(locate));

  const steps = recordTypes;
  const startedAt = new Date();
  let report: ImportReport | undefined;
  const refused: string[] = [];
  try {
    await prisma.$transaction(async (tx) => {
      await importsOneAtATime(tx);
      const types: ImportReport["types"] = [];
      const check = options.ownRecordsOf ? ownershipCheck(tx, dataset, options.ownRecordsOf) : null;
      // The audit record is written first, so that rows can name the import that wrote them; its counts at the end.
      const run = options.dryRun ? null : await tx.importRun.create({ data: { startedAt, finishedAt: startedAt, actor: options.actor, fileName, contentHash, counts: {} } });
      const writer = { organisationId: options.ownRecordsOf, importRunId: run?.id ?? null };
      for (const [i, step] of steps.entries()) {
        const plan = await planTable(tx, step, await rowsToWrite(tx, step, rows.get(step)!, dataset));
        // Refused rows are written all the same, so that later steps find their parents and every
        // refused record is listed; the transaction is rolled back below.
        if (check) refused.push(...(await check(step, plan)));
        await step.stamp?.(tx, plan.filter((p) => p.change !== "same").map((p) => p.row), writer);
        const counts = await applyPlan(tx, step, plan, (done, total) => options.onRows?.(step.type, done, total));
        if (counts.created + counts.updated + counts.unchanged > 0) types.push({ type: step.type, ...counts });
        options.onProgress?.(step.type, counts, i + 1, steps.length);
      }
      if (refused.length) throw new WriteRefused(fileName, options.ownRecordsOf!, refused);
      const totals = sum(types);
      report = { fileName, contentHash, dryRun: Boolean(options.dryRun), types, totals, importRunId: null };
      if (!run) throw new DryRunRollback();
      await tx.importRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), counts: { types, totals } as unknown as Prisma.InputJsonObject } });
      report.importRunId = run.id;
    }, TRANSACTION);
  } catch (err) {
    if (err instanceof DryRunRollback) return report!;
    // A write that failed after a refusal (e.g. on a row taken from another record) is answered with the refusal.
    if (refused.length) throw await recordRefusal(prisma, new WriteRefused(fileName, options.ownRecordsOf!, refused), startedAt, contentHash, options);
    throw err;
  }
  return report!;
}

/** A refused attempt stays visible, dry run or not: an audit record with the refusal and nothing counted. */
async function recordRefusal(prisma: PrismaClient, refusal: WriteRefused, startedAt: Date, contentHash: string, options: ImportOptions): Promise<WriteRefused> {
  const nothing = { created: 0, updated: 0, unchanged: 0 };
  const run = await prisma.importRun.create({
    data: {
      startedAt, finishedAt: new Date(), actor: options.actor, fileName: refusal.file, contentHash, counts: { types: [], totals: nothing }, refusal: refusal.message, dryRun: Boolean(options.dryRun),
    },
  });
  return new WriteRefused(refusal.file, refusal.organisationId, refusal.records, run.id);
}

function sum(types: TableCounts[]): TableCounts {
  return types.reduce((t, c) => ({ created: t.created + c.created, updated: t.updated + c.updated, unchanged: t.unchanged + c.unchanged }), {
    created: 0,
    updated: 0,
    unchanged: 0,
  });
}

/** The report as the CLI prints it. */
export function formatReport(report: ImportReport): string {
  const rows = report.types.map((t) => `  ${t.type.padEnd(24)} ${String(t.created).padStart(7)} ${String(t.updated).padStart(7)} ${String(t.unchanged).padStart(9)}`);
  const { created, updated, unchanged } = report.totals;
  const verdict = report.dryRun ? "Dry run: nothing was written." : `Imported (audit record ${report.importRunId}).`;
  return [
    `${report.fileName} (sha256 ${report.contentHash.slice(0, 12)}...)`,
    `  ${"record type".padEnd(24)} ${"created".padStart(7)} ${"updated".padStart(7)} ${"unchanged".padStart(9)}`,
    ...rows,
    `  ${"total".padEnd(24)} ${String(created).padStart(7)} ${String(updated).padStart(7)} ${String(unchanged).padStart(9)}`,
    verdict,
  ].join("\n");
}
