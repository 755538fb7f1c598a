// Structural checks on a reading, so that a pack is never read wrong in silence: agenda numbers in
// order, every sub-item under an item that exists, every presenter between their item and the
// next, attendance counts a meeting can have, dates in range. Each failure names the lines at fault.
import type { Dataset } from "../dataset/format.ts";
import type { Line } from "./lines.ts";
import type { RunLog } from "./report.ts";

const first = (s: { source: { lines: string } | null }) => Number(s.source?.lines.split("-")[0] ?? 0);
const days = (a: string, b: string) => (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/** The failed checks, each a sentence naming its lines; [] when the reading holds together. */
export function runChecks(dataset: Dataset, meetingId: string, lines: Line[], log: RunLog, today = new Date()): string[] {
  const out: string[] = [];
  const meeting = dataset.meetings.find((m) => m.id === meetingId);
  if (!meeting) return [`the pack's own meeting ${meetingId} was not read`];
  const items = meeting.agendaItems;
  const tops = items.filter((a) => !a.parentId);
  tops.forEach((a, k) => {
    if (a.number !== k + 1) out.push(`agenda item ${a.order} (line ${first(a)}) is number ${a.number} where ${k + 1} was expected: items out of order or missing`);
  });
  for (const s of log.skipped) {
    if (/sub-item .* is not under item/.test(s.reason)) out.push(`line ${s.line}: ${s.reason}`);
  }
  // A numbered line inside the agenda that no item took: the numbering went wrong there.
  for (const s of log.skipped) {
    if (/^(?:- )?(?:\d{1,2}|[IVX]{1,5})[.)]\s+[A-Z0-9]/.test(s.text) && /agenda text/.test(s.reason)) out.push(`line ${s.line}: "${s.text}" looks like an agenda item but is out of sequence`);
  }
  for (const a of items.filter((x) => x.parentId)) {
    const parent = items.find((p) => p.id === a.parentId);
    if (!parent) out.push(`sub-item ${a.order} (line ${first(a)}) is under item ${a.parentId}, which does not exist`);
    else if (parent.number !== a.number || first(parent) > first(a)) out.push(`sub-item ${a.order} (line ${first(a)}) does not follow its item ${parent.order} (line ${first(parent)})`);
  }
  tops.forEach((a, k) => {
    const next = tops[k + 1] ? first(tops[k + 1]) : Number.POSITIVE_INFINITY;
    for (const c of a.contributors.filter((x) => x.role !== "REPORT_AUTHOR")) {
      const at = first(c);
      if (at < first(a) || at >= next) out.push(`presenter ${c.personId} (line ${at}) is on item ${a.order} (lines ${first(a)}-${Number.isFinite(next) ? next - 1 : "end"}) but written outside it`);
    }
  });
  const limit = new Date(today.getTime() + 2 * 365 * 86_400_000).toISOString().slice(0, 10);
  for (const m of dataset.meetings) {
    if (m.date < "1990-01-01" || m.date > limit) out.push(`meeting ${m.id} (line ${first(m)}) is dated ${m.date}, outside 1990-01-01..${limit}`);
    if (m.id === meetingId) continue;
    const gap = days(meeting.date, m.date);
    if (gap <= 0 || gap > 400) out.push(`the minutes at line ${first(m)} are dated ${m.date}, ${gap <= 0 ? "not before" : "more than 400 days before"} the meeting of ${meeting.date}`);
    const present = m.attendance.filter((a) => a.status === "PRESENT").length;
    if (m.minuteItems.length && present < 2) out.push(`the minutes at line ${first(m)} name ${present} ${present === 1 ? "person" : "people"} present: attendance not read`);
    if (present > 80) out.push(`the minutes at line ${first(m)} name ${present} people present, more than a board seats: attendance misread`);
    if (m.minuteItems.length === 0) out.push(`the minutes at line ${first(m)} have no numbered minute items`);
  }
  for (const r of dataset.reports) {
    if (r.date && Math.abs(days(r.date, meeting.date)) > 120) out.push(`report "${r.title}" (line ${first(r)}) is dated ${r.date}, far from the meeting of ${meeting.date}`);
  }
  void lines;
  return out;
}
