// The governance subgraph's part of the dataset format and the data path: source documents (and
// their lines), meetings with their agendas, attendance, minutes, resolutions and declarations,
// and reports with their authors and recommendations.
import { z } from "zod";
import { day as date, list, optional, slug, sourced, text, time } from "../../dataset/fields.ts";
import type { Dataset } from "../../dataset/format.ts";
import { at, by, day, define, defineSlice, GeneratedId, numbered, type OwnerLookup, type OwnerRule, refer, sourceColumns, within } from "../../dataset/slice.ts";
import type { Row } from "../../dataset/sync.ts";
import { AttendanceStatus, ContributionRole, MeetingStatus, SourceDocumentKind } from "../../generated/prisma/enums.ts";

const sourceDocument = z.strictObject({
  id: slug, title: text, publisherId: slug, publishedOn: optional(date), kind: z.enum(SourceDocumentKind),
  fileName: z.string().regex(/^[\w.-]+$/, "must be a plain file name"), contentHash: z.string().regex(/^[0-9a-f]{64}$/, "must be a sha256 in hex"),
});
const agendaItem = z.strictObject({
  id: slug, order: text, number: z.number().int().positive(), title: text, section: optional(text), parentId: optional(slug),
  pageStart: optional(z.number().int().positive()), pageEnd: optional(z.number().int().positive()),
  timeSlot: optional(z.strictObject({ start: time, end: time })),
  contributors: list(z.strictObject({ personId: slug, organisationId: optional(slug), role: z.enum(ContributionRole), roleAsWritten: optional(text), ...sourced })),
  ...sourced,
});
const meeting = z.strictObject({
  id: slug, boardId: slug, date, startTime: optional(time), endTime: optional(time), venue: optional(text), status: z.enum(MeetingStatus),
  agendaItems: list(agendaItem),
  attendance: list(z.strictObject({
    personId: slug, status: z.enum(AttendanceStatus), category: optional(text), organisationId: optional(slug), role: optional(text), ...sourced,
  })),
  minuteItems: list(z.strictObject({
    number: z.number().int().positive(), title: text, text: z.string(),
    resolutions: list(z.strictObject({ number: optional(text), text, ledTo: optional(slug), ...sourced })),
    ...sourced,
  })),
  declarations: list(z.strictObject({ personId: optional(slug), minute: optional(z.number().int().positive()), text, ...sourced })),
  ...sourced,
});
const report = z.strictObject({
  id: slug, title: text, date: optional(date), agendaItemId: optional(slug),
  authors: list(z.strictObject({ personId: slug, organisationId: optional(slug), jobTitle: optional(text), ...sourced })),
  recommendations: list(z.strictObject({ number: optional(text), text, ...sourced })),
  ...sourced,
});

/** The governance sections of a dataset, in the order they are written. */
export const governanceSections = {
  sourceDocuments: list(sourceDocument),
  meetings: list(meeting),
  reports: list(report),
};

const boardRelation = "at a meeting of a board hosted by";
const reportRelation = "for a meeting of a board hosted by";

/** A minute item's generated id, by its meeting and number. */
const minuteItem = (meetingId: string, number: number) => new GeneratedId("minuteItem", { meetingId, number });

// A report belongs to the meeting its agenda item is in; one on no agenda is admin's.
const reportOwner: OwnerRule = (r, look) => (r.agendaItemId ? within(reportRelation, look("agendaItem", r.agendaItemId)) : by(reportRelation));

const meetingOfItem = (d: Dataset) => new Map(d.meetings.flatMap((m) => m.agendaItems.map((a) => [a.id, m.id] as const)));

/** A parent's owners through its own parent: a meeting's are its board's. */
const through = async (look: OwnerLookup, kind: string, parent: { [k: string]: unknown } | null, column: string) =>
  parent ? look(kind, parent[column]) : by("hosted by");

export const governanceSlice = defineSlice({
  subgraph: "governance",
  kinds: {
    "source document": { model: "sourceDocument", id: "id" },
    meeting: { model: "meeting", id: "id" },
    "agenda item": { model: "agendaItem", id: "id" },
  },
  records: [
    {
      type: "SourceDocument", model: "sourceDocument", key: ["id"], owner: (r) => by("published by", r.publisherId),
      rows: (d, lines) => d.sourceDocuments.map((s, i) => at(`sourceDocuments[${i}]`, { ...s, publishedOn: day(s.publishedOn), lineCount: lines.get(s.id)?.length ?? 0 })),
    },
    {
      type: "SourceLine", model: "sourceLine", key: ["documentId", "number"],
      owner: (r, look) => within("published by", look("sourceDocument", r.documentId)),
      // A line is part of its document's record, not a record of its own: it has the document's place.
      rows: (d, lines) => d.sourceDocuments.flatMap((s, i) => (lines.get(s.id) ?? []).map((text, n) => at(`sourceDocuments[${i}]`, { documentId: s.id, number: n + 1, text }))),
    },
    {
      type: "Meeting", model: "meeting", key: ["id"], owner: (r, look) => within("of a board hosted by", look("board", r.boardId)),
      rows: (d) =>
        d.meetings.map(({ agendaItems, attendance, minuteItems, declarations, source, ...m }, i) => at(`meetings[${i}]`, { ...m, date: day(m.date), ...sourceColumns(source) })),
    },
    {
      type: "AgendaItem", model: "agendaItem", key: ["id"], parent: "parentId", owner: (r, look) => within(boardRelation, look("meeting", r.meetingId)),
      rows: (d) =>
        d.meetings.flatMap((m, i) =>
          numbered(m.agendaItems).map(({ item: { contributors, timeSlot, source, ...a }, position }) => at(`meetings[${i}].agendaItems[${position - 1}]`, {
            ...a, meetingId: m.id, position, timeSlotStart: timeSlot?.start ?? null, timeSlotEnd: timeSlot?.end ?? null, ...sourceColumns(source),
          })),
        ),
    },
    {
      type: "AgendaItemContributor", model: "agendaItemContributor", key: ["agendaItemId", "personId", "role"],
      owner: (r, look) => within(boardRelation, look("agendaItem", r.agendaItemId)),
      rows: (d) =>
        d.meetings.flatMap((m, i) =>
          m.agendaItems.flatMap((a, j) =>
            numbered(a.contributors).map(({ item: { source, ...c }, position }) =>
              at(`meetings[${i}].agendaItems[${j}].contributors[${position - 1}]`, { ...c, agendaItemId: a.id, position, ...sourceColumns(source) }),
            ),
          ),
        ),
    },
    {
      type: "Attendance", model: "attendance", key: ["meetingId", "personId"], owner: (r, look) => within(boardRelation, look("meeting", r.meetingId)),
      rows: (d) =>
        d.meetings.flatMap((m, i) =>
          numbered(m.attendance).map(({ item: { source, ...a }, position }) => at(`meetings[${i}].attendance[${position - 1}]`, { ...a, meetingId: m.id, position, ...sourceColumns(source) })),
        ),
    },
    {
      type: "MinuteItem", model: "minuteItem", key: ["meetingId", "number"], owner: (r, look) => within(boardRelation, look("meeting", r.meetingId)),
      rows: (d) =>
        d.meetings.flatMap((m, i) => m.minuteItems.map(({ resolutions, source, ...mi }, j) => at(`meetings[${i}].minuteItems[${j}]`, { ...mi, meetingId: m.id, ...sourceColumns(source) }))),
    },
    {
      type: "Resolution", model: "resolution", key: ["minuteItemId", "position"], owner: (r, look) => within(boardRelation, look("minuteItem", r.minuteItemId)),
      rows: (d) =>
        d.meetings.flatMap((m, i) =>
          m.minuteItems.flatMap((mi, j) =>
            numbered(mi.resolutions).map(({ item: { ledTo, source, ...r }, position }) => at(`meetings[${i}].minuteItems[${j}].resolutions[${position - 1}]`, {
              ...r, minuteItemId: minuteItem(m.id, mi.number), position, ledToAgendaItemId: ledTo, ...sourceColumns(source),
            })),
          ),
        ),
    },
    {
      type: "Declaration", model: "declaration", key: ["meetingId", "personId", "text"], owner: (r, look) => within(boardRelation, look("meeting", r.meetingId)),
      rows: (d) =>
        d.meetings.flatMap((m, i) =>
          m.declarations.map(({ minute, source, ...x }, j) => at(`meetings[${i}].declarations[${j}]`, {
            ...x, meetingId: m.id, minuteItemId: minute === null ? null : minuteItem(m.id, minute), ...sourceColumns(source),
          })),
        ),
    },
    {
      type: "Report", model: "report", key: ["id"], owner: reportOwner,
      rows: (d) => {
        const meetings = meetingOfItem(d);
        return d.reports.map(({ authors, recommendations, source, ...r }, i) => at(`reports[${i}]`, {
          ...r, date: day(r.date), meetingId: r.agendaItemId ? (meetings.get(r.agendaItemId) ?? null) : null, ...sourceColumns(source),
        }));
      },
    },
    {
      type: "ReportAuthor", model: "reportAuthor", key: ["reportId", "personId"], owner: (r, look) => within(reportRelation, look("report", r.reportId)),
      rows: (d) =>
        d.reports.flatMap((r, i) =>
          numbered(r.authors).map(({ item: { source, ...a }, position }) => at(`reports[${i}].authors[${position - 1}]`, { ...a, reportId: r.id, position, ...sourceColumns(source) })),
        ),
    },
    {
      type: "Recommendation", model: "recommendation", key: ["reportId", "position"], owner: (r, look) => within(reportRelation, look("report", r.reportId)),
      rows: (d) =>
        d.reports.flatMap((r, i) =>
          numbered(r.recommendations).map(({ item: { source, ...x }, position }) =>
            at(`reports[${i}].recommendations[${position - 1}]`, { ...x, reportId: r.id, position, ...sourceColumns(source) }),
          ),
        ),
    },
  ],
  check(d, w) {
    d.sourceDocuments.forEach((s, i) => (define(w, "source document", s.id), refer(w, `sourceDocuments[${i}].publisherId`, "organisation", s.publisherId)));
    d.meetings.forEach((m, i) => {
      const at = `meetings[${i}]`;
      define(w, "meeting", m.id);
      refer(w, `${at}.boardId`, "board", m.boardId);
      m.agendaItems.forEach((a, j) => {
        define(w, "agenda item", a.id);
        refer(w, `${at}.agendaItems[${j}].parentId`, "agenda item", a.parentId);
        if (a.pageStart && a.pageEnd && a.pageEnd < a.pageStart) w.problems.push(`${at}.agendaItems[${j}].pageEnd: must not be before pageStart`);
        a.contributors.forEach((c, k) => {
          refer(w, `${at}.agendaItems[${j}].contributors[${k}].personId`, "person", c.personId);
          refer(w, `${at}.agendaItems[${j}].contributors[${k}].organisationId`, "organisation", c.organisationId);
        });
      });
      m.attendance.forEach((a, j) => {
        refer(w, `${at}.attendance[${j}].personId`, "person", a.personId);
        refer(w, `${at}.attendance[${j}].organisationId`, "organisation", a.organisationId);
      });
      m.minuteItems.forEach((x, j) => x.resolutions.forEach((r, k) => refer(w, `${at}.minuteItems[${j}].resolutions[${k}].ledTo`, "agenda item", r.ledTo)));
      m.declarations.forEach((x, j) => {
        refer(w, `${at}.declarations[${j}].personId`, "person", x.personId);
        if (x.minute !== null && !m.minuteItems.some((mi) => mi.number === x.minute)) w.problems.push(`${at}.declarations[${j}].minute: meeting ${m.id} has no minute ${x.minute} in this file`);
      });
    });
    d.reports.forEach((r, i) => {
      refer(w, `reports[${i}].agendaItemId`, "agenda item", r.agendaItemId);
      r.authors.forEach((a, j) => (refer(w, `reports[${i}].authors[${j}].personId`, "person", a.personId), refer(w, `reports[${i}].authors[${j}].organisationId`, "organisation", a.organisationId)));
    });
  },
  owners: {
    sourceDocument: async (id, tx) => by("published by", (await tx.sourceDocument.findUnique({ where: { id }, select: { publisherId: true } }))?.publisherId),
    meeting: async (id, tx, _d, look) => through(look, "board", await tx.meeting.findUnique({ where: { id }, select: { boardId: true } }), "boardId"),
    agendaItem: async (id, tx, _d, look) => through(look, "meeting", await tx.agendaItem.findUnique({ where: { id }, select: { meetingId: true } }), "meetingId"),
    minuteItem: async (id, tx, _d, look) => through(look, "meeting", await tx.minuteItem.findUnique({ where: { id: Number(id) }, select: { meetingId: true } }), "meetingId"),
    report: async (id, tx, _d, look) => {
      const report = await tx.report.findUnique({ where: { id } });
      return report ? reportOwner(report as unknown as Row, look) : by(reportRelation);
    },
  },
});
