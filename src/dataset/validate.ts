// Validation before anything is written: the shape (zod), duplicate keys inside the file, and
// references to records that exist neither in the file nor in the database. Every problem names
// its place in the file, e.g. `meetings[3].agendaItems[2].contributors[0].personId: unknown person "x"`.
import type { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { unstorableText } from "../subgraph/input.ts";
import { type Dataset, datasetSchema } from "./format.ts";
import { GeneratedId, placeOf, type RecordType, type Walk } from "./slice.ts";
import { slices } from "./slices.ts";
import { keyOf, type Row } from "./sync.ts";

export class DatasetError extends Error {
  override name = "DatasetError";
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n  ... and ${problems.length - shown.length} more` : "";
    super(`${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}, nothing was imported:\n  ${shown.join("\n  ")}${more}`);
  }
}

/** `meetings[3].agendaItems[2].title` from zod's path. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("") || "(file)";
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `${formatPath(issue.path)}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/** Parses the text and checks the shape; throws DatasetError listing every problem. */
export function parseDataset(file: string, text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DatasetError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  return checkDatasetShape(file, json);
}

/** Checks the shape of a dataset already parsed from JSON; `at` leads each path (the mutation's "dataset."). */
export function checkDatasetShape(file: string, json: unknown, at = ""): Dataset {
  const unstorable = unstorableIn(json, at.replace(/\.$/, ""));
  if (unstorable.length) throw new DatasetError(file, unstorable);
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) throw new DatasetError(file, parsed.error.issues.map((issue) => at + describeIssue(issue)));
  return parsed.data;
}

/**
 * Text PostgreSQL cannot store (a NUL, a lone surrogate), anywhere in the parsed file, by place.
 * The place is spelled out only for a problem: building the path of every value of a large file
 * cost more than the check itself.
 */
function unstorableIn(value: unknown, at: string): string[] {
  const found: string[] = [];
  const trail: (string | number)[] = [];
  const place = () => trail.reduce<string>((path, k) => (typeof k === "number" ? `${path}[${k}]` : path ? `${path}.${k}` : k), at) || "(the file)";
  const report = (text: string) => {
    const problem = unstorableText(text);
    if (problem) found.push(`${place()}: text that cannot be stored (${problem})`);
  };
  const walk = (item: unknown, step: string | number) => {
    trail.push(step);
    check(item);
    trail.pop();
  };
  const check = (item: unknown) => {
    if (typeof item === "string") report(item);
    else if (Array.isArray(item)) item.forEach(walk);
    else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        report(key);
        walk(child, key);
      }
    }
  };
  check(value);
  return found;
}

/** Where each kind of record lives, to look up references the file does not define. */
const kinds = Object.assign({}, ...slices.map((s) => s.kinds)) as Record<string, { model: string; id: string }>;

/** "agenda item" for AgendaItem: how problems name a record type. */
export const words = (type: string) => type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/** A key's values as a problem quotes them: "same-slug", or "p, b, MEMBER" for a composite key. */
export function keyText(type: RecordType, row: Row): string {
  return type.key
    .map((k) => row[k])
    .filter((v) => v !== null && v !== undefined)
    .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v instanceof GeneratedId ? Object.values(v.key).join(" ") : String(v)))
    .join(", ");
}

/** Rows of one record type that repeat a natural key (the key each record type declares once). */
function duplicates(type: RecordType, rows: Row[], problems: string[]) {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const key = keyOf(type, row);
    const first = seen.get(key);
    if (first) problems.push(`${placeOf(row)}: duplicate ${words(type.type)} "${keyText(type, row)}" (first at ${first})`);
    else seen.set(key, placeOf(row));
  }
}

/** Every `source` in the file, with its path. */
function sources(value: unknown, path: string, out: { path: string; document: string; lines: string }[]) {
  // Paths are built only for objects and lists, where a source may be: not for every value.
  if (Array.isArray(value)) value.forEach((v, i) => v && typeof v === "object" && sources(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (!v || typeof v !== "object") continue;
      if (k === "source") out.push({ path: `${path}.source`, ...(v as { document: string; lines: string }) });
      else sources(v, path ? `${path}.${k}` : k, out);
    }
  }
}

/**
 * Checks natural keys within the file (each record type's rows), references and sources against
 * the file and the database; returns the problems.
 */
export async function checkReferences(prisma: PrismaClient, d: Dataset, lineCounts: Map<string, number>, rows: Map<RecordType, Row[]>): Promise<string[]> {
  const w: Walk = { defined: new Map(), references: [], problems: [] };
  for (const [type, typeRows] of rows) duplicates(type, typeRows, w.problems);
  for (const slice of slices) slice.check(d, w);
  const cited: { path: string; document: string; lines: string }[] = [];
  sources(d, "", cited);
  for (const s of cited) w.references.push({ path: `${s.path}.document`, kind: "source document", id: s.document });

  const missing = new Map<string, Set<string>>();
  for (const r of w.references) {
    if (w.defined.get(r.kind)?.has(r.id)) continue;
    (missing.get(r.kind) ?? missing.set(r.kind, new Set()).get(r.kind)!).add(r.id);
  }
  const known = new Set<string>();
  for (const [kind, ids] of missing) {
    const { model, id } = kinds[kind];
    const rows = (await (prisma as unknown as Record<string, any>)[model].findMany({ where: { [id]: { in: [...ids] } }, select: { [id]: true } })) as Record<string, string>[];
    for (const row of rows) known.add(`${kind}:${row[id]}`);
  }
  for (const r of w.references) {
    if (!w.defined.get(r.kind)?.has(r.id) && !known.has(`${r.kind}:${r.id}`)) w.problems.push(`${r.path}: unknown ${r.kind} "${r.id}"`);
  }
  const storedCounts = await prisma.sourceDocument.findMany({ where: { id: { in: [...new Set(cited.map((s) => s.document))] } }, select: { id: true, lineCount: true } });
  const counts = new Map([...storedCounts.map((s) => [s.id, s.lineCount] as const), ...lineCounts]);
  for (const s of cited) {
    const [first, last = first] = s.lines.split("-").map(Number);
    const count = counts.get(s.document);
    if (last < first || first < 1) w.problems.push(`${s.path}.lines: "${s.lines}" is not an increasing line range`);
    else if (count !== undefined && last > count) w.problems.push(`${s.path}.lines: ${s.lines} lie outside source document ${s.document}, which has ${count} lines`);
  }
  return w.problems;
}
