// Measuring the parser on packs written for the purpose (test/fixtures/packs/): each pack has a
// ground truth written by hand before the parser read it, naming records the way a reader would
// (people by name, agenda items by their order as written, the first line of each record). The
// parser's dataset is turned into the same keys and compared: precision, recall and F1 per type.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { Dataset } from "../dataset/format.ts";
import { normaliseName } from "../subgraphs/partners/names.ts";
import { stripHonorifics } from "./names.ts";

const line = z.number().int().positive();
const truthSchema = z.strictObject({
  board: z.string(),
  meetings: z.array(z.tuple([z.string(), z.string().nullable(), line])),
  agendaItems: z.array(z.tuple([z.string(), z.string(), line])),
  presenters: z.array(z.tuple([z.string(), z.string()])),
  attendance: z.array(z.tuple([z.string(), z.string(), z.string(), line])),
  minuteItems: z.array(z.tuple([z.number().int(), z.string(), line])),
  resolutions: z.array(z.tuple([z.number().int(), z.string().nullable(), z.string(), line])),
  declarations: z.array(z.tuple([z.number().int(), z.string(), line])),
  reports: z.array(z.tuple([z.string(), line])),
  recommendations: z.array(z.tuple([z.string(), z.string().nullable(), z.string(), line])),
  reportAuthors: z.array(z.tuple([z.string(), z.string(), line])),
});
export type Truth = z.output<typeof truthSchema>;

export const TRUTH_TYPES = [
  "meetings", "agenda items", "presenters and speakers", "attendance", "minute items", "resolutions", "declarations", "reports", "recommendations", "report authors",
] as const;
export type TruthType = (typeof TRUTH_TYPES)[number];
export type TruthKeys = Record<TruthType, string[]>;

const n = (t: string | null | undefined) => normaliseName(t ?? "");
const person = (name: string) => n(stripHonorifics(name).name);
const first = (lines: string | undefined) => Number(lines?.split("-")[0] ?? 0);
const key = (...parts: (string | number | null | undefined)[]) => parts.map((p) => (typeof p === "string" ? n(p) : String(p ?? ""))).join("|");

export function truthKeys(t: Truth): TruthKeys {
  return {
    meetings: t.meetings.map(([date, time]) => `${date}|${time ?? ""}`),
    "agenda items": t.agendaItems.map(([order, title, l]) => key(order, title, l)),
    "presenters and speakers": t.presenters.map(([order, who]) => key(order, person(who))),
    attendance: t.attendance.map(([date, who, status]) => `${date}|${person(who)}|${status}`),
    "minute items": t.minuteItems.map(([number, title, l]) => key(number, title, l)),
    resolutions: t.resolutions.map(([minute, number, text]) => key(minute, number ?? "", text)),
    declarations: t.declarations.map(([minute, who, l]) => key(minute, who ? person(who) : "", l)),
    reports: t.reports.map(([title]) => key(title)),
    recommendations: t.recommendations.map(([report, number, text]) => key(report, number ?? "", text)),
    "report authors": t.reportAuthors.map(([report, who]) => key(report, person(who))),
  };
}

/** The same keys from a parsed dataset; `nameOf` gives a person's name from their id. */
export function datasetKeys(d: Dataset, nameOf: (personId: string) => string): TruthKeys {
  const who = (id: string | null | undefined) => (id ? person(nameOf(id)) : "");
  const keys = Object.fromEntries(TRUTH_TYPES.map((t) => [t, [] as string[]])) as unknown as TruthKeys;
  for (const m of d.meetings) {
    keys.meetings.push(`${m.date}|${m.startTime ?? ""}`);
    for (const a of m.agendaItems) {
      keys["agenda items"].push(key(a.order, a.title, first(a.source?.lines)));
      for (const c of a.contributors) if (c.role !== "REPORT_AUTHOR") keys["presenters and speakers"].push(key(a.order, who(c.personId)));
    }
    for (const a of m.attendance) keys.attendance.push(`${m.date}|${who(a.personId)}|${a.status}`);
    for (const x of m.minuteItems) {
      keys["minute items"].push(key(x.number, x.title, first(x.source?.lines)));
      for (const r of x.resolutions) keys.resolutions.push(key(x.number, r.number ?? "", r.text));
    }
    for (const x of m.declarations) keys.declarations.push(key(x.minute ?? 0, who(x.personId), first(x.source?.lines)));
  }
  for (const r of d.reports) {
    keys.reports.push(key(r.title));
    for (const x of r.recommendations) keys.recommendations.push(key(r.title, x.number ?? "", x.text));
    for (const a of r.authors) keys["report authors"].push(key(r.title, who(a.personId)));
  }
  return keys;
}

export interface TruthScore { type: TruthType; parsed: number; truth: number; shared: number; precision: number; recall: number; f1: number }

export function scoreKeys(parsed: TruthKeys, truth: TruthKeys): TruthScore[] {
  return TRUTH_TYPES.map((type) => {
    const gold = new Set(truth[type]);
    const mine = new Set(parsed[type]);
    const shared = [...mine].filter((k) => gold.has(k)).length;
    const precision = mine.size ? shared / mine.size : gold.size ? 0 : 1;
    const recall = gold.size ? shared / gold.size : 1;
    return { type, parsed: mine.size, truth: gold.size, shared, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  });
}

/** Sums per type over several packs (micro-averaged). */
export function totalScores(all: TruthScore[][]): TruthScore[] {
  return TRUTH_TYPES.map((type) => {
    const rows = all.map((s) => s.find((x) => x.type === type)!);
    const [parsed, truth, shared] = ["parsed", "truth", "shared"].map((k) => rows.reduce((sum, r) => sum + (r[k as "parsed"] as number), 0));
    const precision = parsed ? shared / parsed : truth ? 0 : 1;
    const recall = truth ? shared / truth : 1;
    return { type, parsed, truth, shared, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  });
}

/** The misses and extras of one type, to see what went wrong. */
export function differences(parsed: TruthKeys, truth: TruthKeys, type: TruthType): { missed: string[]; extra: string[] } {
  const [mine, gold] = [new Set(parsed[type]), new Set(truth[type])];
  return { missed: [...gold].filter((k) => !mine.has(k)), extra: [...mine].filter((k) => !gold.has(k)) };
}

export interface TruthPack { file: string; path: string; truth: Truth }

/** The packs of one folder (dev or holdout) with their ground truth. */
export async function truthPacks(dir: string): Promise<TruthPack[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  return Promise.all(files.map(async (file) => ({
    file, path: join(dir, file), truth: truthSchema.parse(JSON.parse(await readFile(join(dir, file.replace(/\.txt$/, ".truth.json")), "utf8"))),
  })));
}
