// What a run found and could not read, for the person who runs it: every skipped line with its
// number and reason, names matched, created (to review) and ambiguous (not linked), and the
// money and measured figures with the sentence they sit in.
import type { NameDirectory } from "./names.ts";

export interface Skipped { line: number; reason: string; text: string }
export interface Figure { line: number; kind: "money" | "measure"; asWritten: string; sentence: string }

export class RunLog {
  readonly skipped: Skipped[] = [];
  readonly figures: Figure[] = [];
  readonly notes: string[] = [];

  skip(line: number, reason: string, text: string) {
    this.skipped.push({ line, reason, text });
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
  out.push(`Figures found: ${money.length} money amounts, ${log.figures.length - money.length} measured figures (not stored: the dataset format holds them only in pools and measurements, which need reading by hand)`);
  for (const f of money.slice(0, 40)) out.push(`  line ${f.line}: ${f.asWritten} in "${f.sentence.length > 140 ? `${f.sentence.slice(0, 137)}...` : f.sentence}"`);
  if (money.length > 40) out.push(`  ... and ${money.length - 40} more money amounts`);
  for (const note of log.notes) out.push(`Note: ${note}`);
  const junk = log.skipped.filter((s) => s.reason.startsWith("junk"));
  const other = log.skipped.filter((s) => !s.reason.startsWith("junk"));
  out.push(`Skipped lines: ${other.length} in the agenda and minutes not read as records, ${junk.length} conversion junk`);
  for (const s of other) out.push(`  line ${s.line}: ${s.reason}: ${s.text.length > 100 ? `${s.text.slice(0, 97)}...` : s.text}`);
  if (junk.length) out.push(`  junk lines: ${junk.map((s) => s.line).join(", ")}`);
  return out.join("\n");
}
