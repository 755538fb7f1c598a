// The governance seed fixture (prisma/fixtures/governance.json): the source documents with every
// line of their text, and the meetings, agendas, attendance, minutes and reports they record.
// The documents are read from PLACEGRAPH_SOURCES_DIR and must match the fixture's sha256, so
// every quoted line in the hub is the line of the file the facts were checked against.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { loadConfig } from "../config.ts";
import type { AttendanceStatus, ContributionRole, MeetingStatus, SourceDocumentKind } from "../generated/prisma/client.ts";
import type { Transaction } from "./index.ts";
import { type FixtureSource, sourceColumns } from "./sources.ts";

type Sourced = { source?: FixtureSource | null };

export interface GovernanceFixture {
  sourceDocuments: {
    id: string; title: string; publisherId: string; publishedOn: string | null; kind: SourceDocumentKind; fileName: string; contentHash: string;
  }[];
  meetings: (Sourced & {
    id: string; boardId: string; date: string; startTime: string | null; endTime: string | null; venue: string | null; status: MeetingStatus;
    agendaItems: (Sourced & {
      id: string; order: string; number: number; title: string; section: string | null; parentId: string | null;
      pageStart: number | null; pageEnd: number | null; timeSlot: { start: string; end: string } | null;
      contributors: (Sourced & { personId: string; organisationId: string | null; role: ContributionRole; roleAsWritten: string | null })[];
    })[];
    attendance: (Sourced & {
      personId: string; status: AttendanceStatus; category: string | null; organisationId: string | null; role: string | null;
    })[];
    minuteItems: (Sourced & {
      number: number; title: string; text: string;
      resolutions: (Sourced & { number: string | null; text: string; ledTo: string | null })[];
    })[];
    declarations: (Sourced & { personId: string | null; minute: number | null; text: string })[];
  })[];
  reports: (Sourced & {
    id: string; title: string; date: string | null; agendaItemId: string | null;
    authors: (Sourced & { personId: string; organisationId: string | null; jobTitle: string | null })[];
    recommendations: (Sourced & { number: string | null; text: string })[];
  })[];
}

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Rows per INSERT for the document lines, well under PostgreSQL's bind-parameter limit. */
const LINE_BATCH = 2000;

/** A file's lines: split on "\n"; a final newline ends the last line rather than adding one. */
export function splitLines(content: string): string[] {
  const lines = content.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

async function readDocument(dir: string, doc: GovernanceFixture["sourceDocuments"][number]): Promise<string[]> {
  const path = resolve(dir, doc.fileName);
  const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`Source document ${doc.id}: cannot read ${path} (${err.code ?? err.message}); set PLACEGRAPH_SOURCES_DIR to the folder holding ${doc.fileName}`);
  });
  const hash = createHash("sha256").update(bytes).digest("hex");
  if (hash !== doc.contentHash) {
    throw new Error(`Source document ${doc.id}: ${path} has sha256 ${hash}, but the fixture expects ${doc.contentHash}; the file is not the one the facts were checked against`);
  }
  return splitLines(bytes.toString("utf8"));
}

/** Checks that every source of the fixture names a known document and lies within it. */
function checkSources(f: GovernanceFixture, lineCounts: Map<string, number>) {
  const all: FixtureSource[] = [];
  const add = (r: Sourced) => r.source && all.push(r.source);
  for (const m of f.meetings) {
    [m, ...m.attendance, ...m.declarations].forEach(add);
    m.agendaItems.flatMap((a) => [a, ...a.contributors]).forEach(add);
    m.minuteItems.flatMap((mi) => [mi, ...mi.resolutions]).forEach(add);
  }
  f.reports.flatMap((r) => [r, ...r.authors, ...r.recommendations]).forEach(add);
  for (const s of all) {
    const count = lineCounts.get(s.document);
    if (count === undefined) throw new Error(`Fixture source names unknown document "${s.document}"`);
    const { sourceLastLine } = sourceColumns(s);
    if (sourceLastLine! > count) throw new Error(`Fixture source lines ${s.lines} lie outside ${s.document}, which has ${count} lines`);
  }
}

function checkTime(what: string, value: string | null) {
  if (value !== null && !TIME.test(value)) throw new Error(`${what} must look like "14:00", got "${value}"`);
}

async function loadDocuments(tx: Transaction, f: GovernanceFixture, dir: string): Promise<Map<string, number>> {
  const lineCounts = new Map<string, number>();
  for (const doc of f.sourceDocuments) {
    const lines = await readDocument(dir, doc);
    lineCounts.set(doc.id, lines.length);
    await tx.sourceDocument.create({ data: { ...doc, publishedOn: day(doc.publishedOn), lineCount: lines.length } });
    for (let start = 0; start < lines.length; start += LINE_BATCH) {
      const batch = lines.slice(start, start + LINE_BATCH).map((text, i) => ({ documentId: doc.id, number: start + i + 1, text }));
      await tx.sourceLine.createMany({ data: batch });
    }
  }
  return lineCounts;
}

type FixtureMeeting = GovernanceFixture["meetings"][number];

/** The meeting and its agenda; written for every meeting before any minutes, which may point at later agendas. */
async function loadMeetingAndAgenda(tx: Transaction, m: FixtureMeeting) {
  checkTime(`Meeting ${m.id} startTime`, m.startTime);
  checkTime(`Meeting ${m.id} endTime`, m.endTime);
  const { id, boardId, startTime, endTime, venue, status } = m;
  await tx.meeting.create({ data: { id, boardId, date: day(m.date)!, startTime, endTime, venue, status, ...sourceColumns(m.source) } });
  // Parents are listed before their sub-items, so one pass keeps the parent link valid.
  for (const [i, a] of m.agendaItems.entries()) {
    checkTime(`Agenda item ${a.id} time slot`, a.timeSlot?.start ?? null);
    checkTime(`Agenda item ${a.id} time slot`, a.timeSlot?.end ?? null);
    const { id: itemId, order, number, title, section, parentId, pageStart, pageEnd } = a;
    await tx.agendaItem.create({
      data: {
        id: itemId, meetingId: id, parentId, position: i + 1, order, number, title, section, pageStart, pageEnd,
        timeSlotStart: a.timeSlot?.start ?? null, timeSlotEnd: a.timeSlot?.end ?? null, ...sourceColumns(a.source),
      },
    });
  }
}

/** Who took part and what was minuted and resolved. */
async function loadProceedings(tx: Transaction, m: FixtureMeeting) {
  const { id } = m;
  await tx.agendaItemContributor.createMany({
    data: m.agendaItems.flatMap((a) =>
      a.contributors.map((c, i) => ({
        agendaItemId: a.id, personId: c.personId, organisationId: c.organisationId, role: c.role, roleAsWritten: c.roleAsWritten,
        position: i + 1, ...sourceColumns(c.source),
      })),
    ),
  });
  await tx.attendance.createMany({
    data: m.attendance.map((a, i) => ({
      meetingId: id, personId: a.personId, status: a.status, category: a.category, organisationId: a.organisationId, role: a.role,
      position: i + 1, ...sourceColumns(a.source),
    })),
  });
  const minuteIds = new Map<number, number>();
  for (const mi of m.minuteItems) {
    const row = await tx.minuteItem.create({
      data: { meetingId: id, number: mi.number, title: mi.title, text: mi.text, ...sourceColumns(mi.source) },
    });
    minuteIds.set(mi.number, row.id);
    await tx.resolution.createMany({
      data: mi.resolutions.map((r, i) => ({
        minuteItemId: row.id, number: r.number, position: i + 1, text: r.text, ledToAgendaItemId: r.ledTo, ...sourceColumns(r.source),
      })),
    });
  }
  await tx.declaration.createMany({
    data: m.declarations.map((d) => {
      const minuteItemId = d.minute === null ? null : minuteIds.get(d.minute);
      if (minuteItemId === undefined) throw new Error(`Declaration at ${m.id} names minute ${d.minute}, which the fixture does not list`);
      return { meetingId: id, personId: d.personId, minuteItemId, text: d.text, ...sourceColumns(d.source) };
    }),
  });
}

async function loadReports(tx: Transaction, f: GovernanceFixture) {
  const items = new Map(f.meetings.flatMap((m) => m.agendaItems.map((a) => [a.id, m.id] as const)));
  for (const r of f.reports) {
    const meetingId = r.agendaItemId ? items.get(r.agendaItemId) : null;
    if (meetingId === undefined) throw new Error(`Report ${r.id} belongs to agenda item ${r.agendaItemId}, which the fixture does not list`);
    await tx.report.create({
      data: { id: r.id, title: r.title, date: day(r.date), meetingId, agendaItemId: r.agendaItemId, ...sourceColumns(r.source) },
    });
    await tx.reportAuthor.createMany({
      data: r.authors.map((a, i) => ({
        reportId: r.id, personId: a.personId, organisationId: a.organisationId, jobTitle: a.jobTitle, position: i + 1, ...sourceColumns(a.source),
      })),
    });
    await tx.recommendation.createMany({
      data: r.recommendations.map((x, i) => ({ reportId: r.id, number: x.number, position: i + 1, text: x.text, ...sourceColumns(x.source) })),
    });
  }
}

/** Writes the governance fixture; reads the source documents from `sourcesDir`. */
export async function loadGovernanceFixture(
  tx: Transaction,
  f: GovernanceFixture,
  sourcesDir: string = loadConfig().PLACEGRAPH_SOURCES_DIR,
): Promise<string> {
  const lineCounts = await loadDocuments(tx, f, sourcesDir);
  checkSources(f, lineCounts);
  for (const m of f.meetings) await loadMeetingAndAgenda(tx, m);
  for (const m of f.meetings) await loadProceedings(tx, m);
  await loadReports(tx, f);
  const lines = [...lineCounts.values()].reduce((a, b) => a + b, 0);
  const items = f.meetings.reduce((n, m) => n + m.agendaItems.length, 0);
  return `${f.sourceDocuments.length} source documents (${lines} lines), ${f.meetings.length} meetings, ${items} agenda items, ${f.reports.length} reports`;
}
