// Measuring the parser against the curated dataset (prisma/dataset: records read by hand from
// the same packs): for each record type, the records both have (compared on the fields that
// say what the record is), precision = shared / parsed and recall = shared / curated.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { curatedDatasetDir } from "../dataset/curated.ts";
import { DATASET_FORMAT, type Dataset, datasetSchema } from "../dataset/format.ts";
import { importDataset } from "../dataset/importer.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { normaliseName } from "../subgraphs/partners/names.ts";

export const RECORD_TYPES = [
  "meetings", "agenda items", "presenters and speakers", "authors on agenda items", "attendance", "minute items", "resolutions", "declarations", "reports", "recommendations", "report authors",
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Each record type's records of one document, as comparable keys. */
export type Keys = Record<RecordType, string[]>;

const n = (t: string | null | undefined) => normaliseName(t ?? "");
const onDocument = (doc: string) => (x: { source: { document: string } | null }) => x.source?.document === doc;

/** The keys of every record in `datasets` whose source is document `doc`. */
export function recordKeys(datasets: Dataset[], doc: string): Keys {
  const keys = Object.fromEntries(RECORD_TYPES.map((t) => [t, [] as string[]])) as unknown as Keys;
  const on = onDocument(doc);
  const childrenOf = (m: Dataset["meetings"][number]) => [...m.agendaItems, ...m.attendance, ...m.minuteItems, ...m.declarations];
  // The boards whose papers the document is: those it gives an agenda, attendance or minutes for.
  // Another body's meeting a report only mentions (a group "last met on ...") is not the pack's.
  const packBoards = new Set(datasets.flatMap((d) => d.meetings.filter((m) => childrenOf(m).some(on)).map((m) => m.boardId)));
  for (const d of datasets) {
    for (const m of d.meetings) {
      // A meeting counts for a document when the document states it or any of its records.
      if (packBoards.has(m.boardId) && (on(m) || childrenOf(m).some(on))) keys.meetings.push([m.id, m.date, m.startTime].join("|"));
      for (const a of m.agendaItems) {
        if (on(a)) {
          keys["agenda items"].push(
            [m.id, a.id, a.order, a.number, a.title, a.section, a.parentId, a.pageStart, a.pageEnd, a.timeSlot?.start, a.timeSlot?.end, a.source?.lines].join("|"),
          );
        }
        for (const c of a.contributors) {
          if (on(c)) keys[c.role === "REPORT_AUTHOR" ? "authors on agenda items" : "presenters and speakers"].push([m.id, a.id, c.personId, c.role].join("|"));
        }
      }
      for (const a of m.attendance) if (on(a)) keys.attendance.push([m.id, a.personId, a.status].join("|"));
      for (const x of m.minuteItems) {
        if (on(x)) keys["minute items"].push([m.id, x.number, n(x.title)].join("|"));
        for (const r of x.resolutions) if (on(r)) keys.resolutions.push([m.id, x.number, r.number, n(r.text)].join("|"));
      }
      for (const x of m.declarations) if (on(x)) keys.declarations.push([m.id, x.minute, x.personId, n(x.text)].join("|"));
    }
    for (const r of d.reports) {
      // Keys start with the meeting, to score only the meetings the curated dataset has.
      const meeting = r.agendaItemId?.replace(/-item-.*$/, "") ?? "";
      if (on(r)) keys.reports.push([meeting, r.agendaItemId, n(r.title)].join("|"));
      for (const x of r.recommendations) if (on(x)) keys.recommendations.push([meeting, n(r.title), x.number, n(x.text)].join("|"));
      for (const x of r.authors) if (on(x)) keys["report authors"].push([meeting, n(r.title), x.personId].join("|"));
    }
  }
  return keys;
}

export interface Score { type: RecordType; read: number; parsed: number; curated: number; shared: number; precision: number | null; recall: number | null }

/**
 * Precision and recall per type, over what the curated dataset covers: the records of meetings it
 * has for the document, and only the types it has records of (the curated files do not read
 * everything in every pack, e.g. the minutes in the Warwickshire pack); the rest is "not curated".
 */
export function score(parsed: Keys, curated: Keys): Score[] {
  const meetings = new Set(curated.meetings.map((k) => k.split("|")[0]));
  const inScope = (key: string) => meetings.has(key.split("|")[0]);
  return RECORD_TYPES.map((type) => {
    const gold = new Set(curated[type]);
    const mine = new Set(parsed[type].filter((k) => gold.size > 0 && inScope(k)));
    const shared = [...mine].filter((k) => gold.has(k)).length;
    return {
      type, read: new Set(parsed[type]).size, parsed: mine.size, curated: gold.size, shared,
      precision: mine.size ? shared / mine.size : null,
      recall: gold.size ? shared / gold.size : null,
    };
  });
}

/** The curated dataset files, parsed. */
export async function curatedDatasets(): Promise<{ file: string; dataset: Dataset }[]> {
  const files = (await readdir(curatedDatasetDir)).filter((f) => f.endsWith(".json")).sort();
  return Promise.all(files.map(async (file) => ({ file, dataset: datasetSchema.parse(JSON.parse(await readFile(join(curatedDatasetDir, file), "utf8"))) })));
}

/**
 * Loads the register of partners (reference.json) and nothing else a pack would add. The register
 * cites the packs for its boards, so the source documents (just the files' names and hashes) come
 * with it; no meeting, agenda, minute or report is loaded.
 */
export async function loadReferenceOnly(prisma: PrismaClient, sourcesDir: string): Promise<void> {
  const all = await curatedDatasets();
  const reference = all.find((c) => c.file === "reference.json")!.dataset;
  const dataset = datasetSchema.parse({
    ...Object.fromEntries(Object.entries(reference).filter(([, v]) => !Array.isArray(v) || v.length)),
    format: DATASET_FORMAT,
    sourceDocuments: all.flatMap((c) => c.dataset.sourceDocuments),
  });
  await importDataset(prisma, "reference.json + source documents", "reference", dataset, { actor: "ingest-score", sourcesDir });
}

const pct = (x: number | null) => (x === null ? "  n/a" : `${(100 * x).toFixed(0).padStart(4)}%`);

const f1 = (s: Score) => (s.precision === null || s.recall === null ? "n/a" : s.precision + s.recall ? ((2 * s.precision * s.recall) / (s.precision + s.recall)).toFixed(2) : "0.00");

export function formatScores(pack: string, scores: Score[]): string {
  const rows = scores
    .filter((s) => s.read || s.curated)
    .map((s) => `| ${pack} | ${s.type} | ${s.read} | ${s.curated || "not curated"} | ${s.curated ? s.shared : ""} | ${pct(s.precision).trim()} | ${pct(s.recall).trim()} | ${f1(s)} |`);
  return rows.join("\n");
}
