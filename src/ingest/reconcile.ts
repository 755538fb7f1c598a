// A pack may be ingested into a hub that already holds what someone read from it (the curated
// dataset) or from a neighbouring pack. The importer writes whole rows by natural key, so
// before it does, the parsed records are lined up with the stored ones: a meeting keeps what
// another pack said about it, a report keeps the id it already has, and an organisation a
// reader added where the pack names none is kept rather than blanked. Nothing else is changed.
import type { Dataset } from "../dataset/format.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { normaliseName } from "../subgraphs/partners/names.ts";

type Meetings = Dataset["meetings"];

async function meetings(prisma: PrismaClient, list: Meetings): Promise<Meetings> {
  const stored = await prisma.meeting.findMany({ where: { id: { in: list.map((m) => m.id) } } });
  return list.map((m) => {
    const old = stored.find((x) => x.id === m.id);
    if (!old) return m;
    // Known only from the minutes (no venue): the agenda that named the meeting stays its source.
    const fromMinutes = m.status === "HELD" && m.venue === null;
    const first = old.sourceFirstLine;
    const oldSource = old.sourceDocumentId && first
      ? { document: old.sourceDocumentId, lines: old.sourceLastLine && old.sourceLastLine > first ? `${first}-${old.sourceLastLine}` : String(first), asWritten: old.asWritten }
      : null;
    return {
      ...m,
      startTime: m.startTime ?? old.startTime, endTime: m.endTime ?? old.endTime, venue: m.venue ?? old.venue,
      status: old.status === "HELD" ? "HELD" : m.status,
      source: fromMinutes && old.venue !== null && oldSource ? oldSource : m.source,
    };
  });
}

export async function reconcile(prisma: PrismaClient, dataset: Dataset): Promise<Dataset> {
  const list = await meetings(prisma, dataset.meetings);
  const itemIds = list.flatMap((m) => m.agendaItems.map((a) => a.id));
  const [contributors, attendance, reports] = await Promise.all([
    prisma.agendaItemContributor.findMany({ where: { agendaItemId: { in: itemIds } }, select: { agendaItemId: true, personId: true, role: true, organisationId: true } }),
    prisma.attendance.findMany({ where: { meetingId: { in: list.map((m) => m.id) } }, select: { meetingId: true, personId: true, organisationId: true } }),
    prisma.report.findMany({ where: { agendaItemId: { in: itemIds } }, select: { id: true, title: true, agendaItemId: true } }),
  ]);
  // A resolution that a reader linked to the agenda item it led to keeps that link.
  const minuteItems = await prisma.minuteItem.findMany({
    where: { meetingId: { in: list.map((m) => m.id) } },
    select: { meetingId: true, number: true, resolutions: { select: { position: true, ledToAgendaItemId: true } } },
  });
  const ledTo = (meetingId: string, number: number, position: number) =>
    minuteItems.find((x) => x.meetingId === meetingId && x.number === number)?.resolutions.find((r) => r.position === position)?.ledToAgendaItemId ?? null;
  const authors = await prisma.reportAuthor.findMany({ where: { reportId: { in: reports.map((r) => r.id) } }, select: { reportId: true, personId: true, organisationId: true } });
  const storedReport = (r: Dataset["reports"][number]) =>
    reports.find((x) => x.agendaItemId === r.agendaItemId && normaliseName(x.title) === normaliseName(r.title));
  return {
    ...dataset,
    meetings: list.map((m) => ({
      ...m,
      agendaItems: m.agendaItems.map((a) => ({
        ...a,
        contributors: a.contributors.map((c) => ({
          ...c,
          organisationId: c.organisationId ?? contributors.find((x) => x.agendaItemId === a.id && x.personId === c.personId && x.role === c.role)?.organisationId ?? null,
        })),
      })),
      minuteItems: m.minuteItems.map((x) => ({
        ...x,
        resolutions: x.resolutions.map((r, i) => ({ ...r, ledTo: r.ledTo ?? ledTo(m.id, x.number, i + 1) })),
      })),
      attendance: m.attendance.map((a) => ({
        ...a,
        organisationId: a.organisationId ?? attendance.find((x) => x.meetingId === m.id && x.personId === a.personId)?.organisationId ?? null,
      })),
    })),
    reports: dataset.reports.map((r) => {
      const old = storedReport(r);
      if (!old) return r;
      return {
        ...r,
        id: old.id,
        authors: r.authors.map((a) => ({ ...a, organisationId: a.organisationId ?? authors.find((x) => x.reportId === old.id && x.personId === a.personId)?.organisationId ?? null })),
      };
    }),
  };
}
