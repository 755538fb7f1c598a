// What a run found and could not read, for the person who runs it: every skipped line with its
// number and reason, names matched, created (to review) and ambiguous (not linked), and the
// money and measured figures with the sentence they sit in.
import type { NameDirectory } from "./names.ts";

export interface Skipped { line: number; reason: string; text: string }
export interface Figure { line: number; kind: "money" | "count" | "range" | "measure" | "table value"; asWritten: string; sentence: string }
/** Where a heuristic chose how to read a record: the line, the kind of record, and what was chosen. */
export interface Confidence { line: number; record: string; note: string }

export class RunLog {
  readonly skipped: Skipped[] = [];
  readonly figures: Figure[] = [];
  readonly notes: string[] = [];
  readonly confidence: Confidence[] = [];
  /** Structural checks that failed: each names the lines at fault. */
  readonly warnings: string[] = [];

  skip(line: number, reason: string, text: string) {
    this.skipped.push({ line, reason, text });
  }

  note(line: number, record: string, note: string) {
    this.confidence.push({ line, record, note });
  }
}

export function formatRunLog(log: RunLog, names: NameDirectory, counts: Record<string, number>): string {
  const out: string[] = [];
  out.push("Read from the pack:");
  for (const [type, n] of Object.entries(counts)) out.push(`  ${type.padEnd(24)} ${String(n).padStart(5)}`);
  const people = names.events.filter((e) => e.result.status === "matched");
  out.push(`Name look-ups matched: ${people.length} (${names.events.filter((e) => e.kind === "person" && e.result.status === "matched").length} people, ${names.events.filter((e) => e.kind === "organisation" && e.result.status === "matched").length} organisations)`);
  const created = names.events.filter((e) => e.result.status === "created");
  out.push(`Created, needs review: ${created.length}`);
  for (const e of created) out.push(`  line ${e.line}: ${e.kind} "${e.asWritten}" -> new ${e.kind} ${e.result.id}`);
  const ambiguous = names.events.filter((e) => e.result.status === "ambiguous");
  out.push(`Ambiguous, not linked: ${ambiguous.length}`);
  for (const e of ambiguous) out.push(`  line ${e.line}: ${e.kind} "${e.asWritten}" could be ${e.result.status === "ambiguous" ? e.result.candidates.join(", ") : ""}`);
  const money = log.figures.filter((f) => f.kind === "money");
  const kinds = ["range", "measure", "count", "table value"].map((k) => `${log.figures.filter((f) => f.kind === k).length} ${k === "measure" ? "measures" : `${k}s`}`).join(", ");
  out.push(`Figures found: ${money.length} money amounts, ${kinds} (not stored: the dataset format holds them only in pools and measurements, which need reading by hand)`);
  for (const f of money.slice(0, 40)) out.push(`  line ${f.line}: ${f.asWritten} in "${f.sentence.length > 140 ? `${f.sentence.slice(0, 137)}...` : f.sentence}"`);
  if (money.length > 40) out.push(`  ... and ${money.length - 40} more money amounts`);
  for (const note of log.notes) out.push(`Note: ${note}`);
  out.push(`Confidence notes (where a heuristic chose): ${log.confidence.length}`);
  for (const c of log.confidence) out.push(`  line ${c.line}: ${c.record}: ${c.note}`);
  if (log.warnings.length) out.push(`Structural checks failed: ${log.warnings.length} (imported because --accept-warnings was given)`);
  for (const w of log.warnings) out.push(`  ${w}`);
  const junk = log.skipped.filter((s) => s.reason.startsWith("junk"));
  const other = log.skipped.filter((s) => !s.reason.startsWith("junk"));
  out.push(`Skipped lines: ${other.length} in the agenda and minutes not read as records, ${junk.length} conversion junk`);
  for (const s of other) out.push(`  line ${s.line}: ${s.reason}: ${s.text.length > 100 ? `${s.text.slice(0, 97)}...` : s.text}`);
  if (junk.length) out.push(`  junk lines: ${junk.map((s) => s.line).join(", ")}`);
  return out.join("\n");
}
