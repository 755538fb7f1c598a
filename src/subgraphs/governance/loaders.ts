// Per-request DataLoaders of the governance subgraph: one SQL query per batch of keys.
import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import { type Citation, citationsOf } from "../../dataset/citations.ts";
import { badUserInput } from "../../subgraph/errors.ts";
import type { Meeting, PrismaClient, Report, SourceDocument } from "../../generated/prisma/client.ts";
import type { SubgraphRequest } from "../../subgraph/definition.ts";
import { loaderByKey, loaderOfMany, loadLinked } from "../../subgraph/loaders.ts";
import type { SourceExcerptKey } from "../../subgraph/provenance.ts";

/** The tables this subgraph owns; it reads no others. */
export type GovernanceStore = Pick<
  PrismaClient,
  | "sourceDocument" | "sourceLine" | "meeting" | "agendaItem" | "agendaItemContributor" | "attendance"
  | "minuteItem" | "resolution" | "declaration" | "report" | "reportAuthor" | "recommendation" | "$queryRaw"
>;

/** An excerpt with its text: the lines of the range joined with "\n", exactly as in the file. */
export interface ExcerptText extends SourceExcerptKey {
  text: string;
}

const inList = <K>(keys: K[]) => ({ in: keys });
const excerptCacheKey = (k: SourceExcerptKey) => `${k.documentId}\u0000${k.firstLine}\u0000${k.lastLine}`;

/** Merges the requested ranges of each document, so overlapping excerpts query their lines once. */
export function mergeRanges(keys: readonly SourceExcerptKey[]): SourceExcerptKey[] {
  const sorted = [...keys].sort((a, b) => a.documentId.localeCompare(b.documentId) || a.firstLine - b.firstLine);
  const merged: SourceExcerptKey[] = [];
  for (const k of sorted) {
    const last = merged.at(-1);
    if (last && last.documentId === k.documentId && k.firstLine <= last.lastLine + 1) last.lastLine = Math.max(last.lastLine, k.lastLine);
    else merged.push({ ...k });
  }
  return merged;
}

/** Why an excerpt key is not a range of its document, or null when it is. */
export function excerptError(key: SourceExcerptKey, document: Pick<SourceDocument, "id" | "lineCount"> | null): GraphQLError | null {
  const range = `Lines ${key.firstLine}-${key.lastLine}`;
  if (!document) return new GraphQLError(`No source document "${key.documentId}"`, { extensions: { code: "NOT_FOUND" } });
  const valid = Number.isInteger(key.firstLine) && Number.isInteger(key.lastLine) && key.firstLine >= 1 && key.firstLine <= key.lastLine;
  if (!valid || key.lastLine > document.lineCount) {
    return badUserInput(`${range} lie outside source document ${document.id}, which has lines 1-${document.lineCount}`);
  }
  return null;
}

/** Excerpts in batches: one query for the documents, one for the lines of every requested range. */
function excerptLoader(db: GovernanceStore, documents: DataLoader<string, SourceDocument | null>) {
  return new DataLoader<SourceExcerptKey, ExcerptText, string>(
    async (keys) => {
      const ranges = mergeRanges(keys.filter((k) => k.firstLine <= k.lastLine));
      const [docs, lines] = await Promise.all([
        documents.loadMany([...new Set(keys.map((k) => k.documentId))]),
        db.sourceLine.findMany({
          where: { OR: ranges.map((r) => ({ documentId: r.documentId, number: { gte: r.firstLine, lte: r.lastLine } })) },
          orderBy: [{ documentId: "asc" }, { number: "asc" }],
        }),
      ]);
      const byDocument = new Map<string, SourceDocument>();
      for (const d of docs) if (d && !(d instanceof Error)) byDocument.set(d.id, d);
      const text = new Map(lines.map((l) => [`${l.documentId}\u0000${l.number}`, l.text]));
      return keys.map((key) => {
        const error = excerptError(key, byDocument.get(key.documentId) ?? null);
        if (error) return error;
        const quoted: string[] = [];
        for (let n = key.firstLine; n <= key.lastLine; n++) quoted.push(text.get(`${key.documentId}\u0000${n}`) ?? "");
        return { ...key, text: quoted.join("\n") };
      });
    },
    { cacheKeyFn: excerptCacheKey },
  );
}

/** Loads, for each key, the rows a link table points at (deduplicated, in link order). */
function linkedLoader<V>(fetchLinks: (keys: string[]) => Promise<{ key: string; id: string }[]>, target: DataLoader<string, V | null>) {
  return new DataLoader<string, V[]>(async (keys) => {
    const links = await fetchLinks([...keys]);
    const groups = new Map<string, string[]>(keys.map((k) => [k, []]));
    for (const { key, id } of links) if (!groups.get(key)!.includes(id)) groups.get(key)!.push(id);
    return Promise.all(keys.map((k) => loadLinked(target, groups.get(k)!)));
  });
}

const newestFirst = <T extends { id: string }>(dateOf: (row: T) => Date | null) => (a: T, b: T) =>
  (dateOf(b)?.getTime() ?? 0) - (dateOf(a)?.getTime() ?? 0) || a.id.localeCompare(b.id);

export function createGovernanceLoaders(db: GovernanceStore) {
  const sourceDocument = loaderByKey((ids: string[]) => db.sourceDocument.findMany({ where: { id: inList(ids) } }), (d) => d.id);
  const meeting = loaderByKey((ids: string[]) => db.meeting.findMany({ where: { id: inList(ids) } }), (m) => m.id);
  const agendaItem = loaderByKey((ids: string[]) => db.agendaItem.findMany({ where: { id: inList(ids) } }), (a) => a.id);
  const report = loaderByKey((ids: string[]) => db.report.findMany({ where: { id: inList(ids) } }), (r) => r.id);

  const meetingsAttended = linkedLoader<Meeting>(async (orgIds) => {
    const rows = await db.attendance.findMany({
      where: { organisationId: inList(orgIds), status: { not: "APOLOGIES" } },
      select: { organisationId: true, meetingId: true },
    });
    return rows.map((r) => ({ key: r.organisationId!, id: r.meetingId }));
  }, meeting);

  const reportsAuthored = linkedLoader<Report>(async (orgIds) => {
    const rows = await db.reportAuthor.findMany({ where: { organisationId: inList(orgIds) }, select: { organisationId: true, reportId: true } });
    return rows.map((r) => ({ key: r.organisationId!, id: r.reportId }));
  }, report);

  const itemsPresented = linkedLoader(async (personIds) => {
    const rows = await db.agendaItemContributor.findMany({
      where: { personId: inList(personIds), role: { in: ["PRESENTER", "SPEAKER"] } },
      select: { personId: true, agendaItemId: true },
      orderBy: [{ agendaItem: { meeting: { date: "desc" } } }, { agendaItem: { meetingId: "asc" } }, { agendaItem: { position: "asc" } }],
    });
    return rows.map((r) => ({ key: r.personId, id: r.agendaItemId }));
  }, agendaItem);

  return {
    sourceDocument,
    excerpt: excerptLoader(db, sourceDocument),
    meeting,
    meetingsOfBoard: loaderOfMany(
      (ids: string[]) => db.meeting.findMany({ where: { boardId: inList(ids) }, orderBy: [{ date: "asc" }, { id: "asc" }] }),
      (m) => m.boardId,
    ),
    meetingsAttendedByOrganisation: {
      load: async (orgId: string) => (await meetingsAttended.load(orgId)).sort(newestFirst((m) => m.date)),
    },
    agendaItem,
    agendaItemsOfMeeting: loaderOfMany(
      (ids: string[]) => db.agendaItem.findMany({ where: { meetingId: inList(ids) }, orderBy: { position: "asc" } }),
      (a) => a.meetingId,
    ),
    subItems: loaderOfMany(
      (ids: string[]) => db.agendaItem.findMany({ where: { parentId: inList(ids) }, orderBy: { position: "asc" } }),
      (a) => a.parentId!,
    ),
    contributorsOfItem: loaderOfMany(
      (ids: string[]) => db.agendaItemContributor.findMany({ where: { agendaItemId: inList(ids) }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
      (c) => c.agendaItemId,
    ),
    itemsPresentedByPerson: itemsPresented,
    attendanceOfMeeting: loaderOfMany(
      (ids: string[]) => db.attendance.findMany({ where: { meetingId: inList(ids) }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
      (a) => a.meetingId,
    ),
    attendanceOfPerson: loaderOfMany(
      (ids: string[]) =>
        db.attendance.findMany({ where: { personId: inList(ids) }, orderBy: [{ meeting: { date: "desc" } }, { meetingId: "asc" }] }),
      (a) => a.personId,
    ),
    minuteItem: loaderByKey((ids: number[]) => db.minuteItem.findMany({ where: { id: inList(ids) } }), (m) => m.id),
    minuteItemsOfMeeting: loaderOfMany(
      (ids: string[]) => db.minuteItem.findMany({ where: { meetingId: inList(ids) }, orderBy: { number: "asc" } }),
      (m) => m.meetingId,
    ),
    resolutionsOfMinuteItem: loaderOfMany(
      (ids: number[]) => db.resolution.findMany({ where: { minuteItemId: inList(ids) }, orderBy: { position: "asc" } }),
      (r) => r.minuteItemId,
    ),
    resolutionsLeadingTo: loaderOfMany(
      (ids: string[]) => db.resolution.findMany({ where: { ledToAgendaItemId: inList(ids) }, orderBy: { id: "asc" } }),
      (r) => r.ledToAgendaItemId!,
    ),
    declarationsOfMeeting: loaderOfMany(
      (ids: string[]) => db.declaration.findMany({ where: { meetingId: inList(ids) }, orderBy: { id: "asc" } }),
      (d) => d.meetingId,
    ),
    declarationsOfMinuteItem: loaderOfMany(
      (ids: number[]) => db.declaration.findMany({ where: { minuteItemId: inList(ids) }, orderBy: { id: "asc" } }),
      (d) => d.minuteItemId!,
    ),
    report,
    reportsOfMeeting: loaderOfMany(
      (ids: string[]) =>
        db.report.findMany({ where: { meetingId: inList(ids) }, orderBy: [{ agendaItem: { position: "asc" } }, { id: "asc" }] }),
      (r) => r.meetingId!,
    ),
    reportsOfAgendaItem: loaderOfMany(
      (ids: string[]) => db.report.findMany({ where: { agendaItemId: inList(ids) }, orderBy: { id: "asc" } }),
      (r) => r.agendaItemId!,
    ),
    reportsAuthoredByOrganisation: {
      load: async (orgId: string) => (await reportsAuthored.load(orgId)).sort(newestFirst((r) => r.date)),
    },
    authorsOfReport: loaderOfMany(
      (ids: string[]) => db.reportAuthor.findMany({ where: { reportId: inList(ids) }, orderBy: { position: "asc" } }),
      (a) => a.reportId,
    ),
    recommendationsOfReport: loaderOfMany(
      (ids: string[]) => db.recommendation.findMany({ where: { reportId: inList(ids) }, orderBy: { position: "asc" } }),
      (r) => r.reportId,
    ),
  };
}

export type GovernanceLoaders = ReturnType<typeof createGovernanceLoaders>;

export interface GovernanceContext {
  store: GovernanceStore;
  loaders: GovernanceLoaders;
  request: SubgraphRequest;
  /** The records of every subgraph that cite given lines (src/dataset/citations.ts, the data path's one reader across tables). */
  citationsOf: (ranges: SourceExcerptKey[]) => Promise<Citation[]>;
}

export function createGovernanceContext(prisma: PrismaClient, request: SubgraphRequest): GovernanceContext {
  return {
    store: prisma,
    loaders: createGovernanceLoaders(prisma),
    request,
    citationsOf: (ranges) => citationsOf(prisma, ranges),
  };
}
