// A validated dataset as table rows, in the order the importer writes them (parents before
// children). Each step names its table, the natural key that finds an existing row, and the
// GraphQL type it is reported as. Rows that point at generated ids (a resolution's minute item,
// a delivery's priority) look those ids up once their parents are written.
import { normaliseName } from "../subgraphs/partners/names.ts";
import type { Dataset, DatasetSource } from "./format.ts";
import { idsByKey, keyOf, type Row, type TableSpec } from "./sync.ts";
import type { Transaction } from "./transaction.ts";

export interface ImportStep extends TableSpec {
  /** The record type as analysts know it (the GraphQL type name). */
  type: string;
  rows(tx: Transaction): Promise<Row[]> | Row[];
}

const day = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** The four provenance columns of a sourced row. */
export function sourceColumns(source: DatasetSource | null | undefined) {
  if (!source) return { sourceDocumentId: null, sourceFirstLine: null, sourceLastLine: null, asWritten: null };
  const [first, last = first] = source.lines.split("-").map(Number);
  return { sourceDocumentId: source.document, sourceFirstLine: first, sourceLastLine: last, asWritten: source.asWritten };
}

const numbered = <T>(items: T[]) => items.map((item, i) => ({ item, position: i + 1 }));

/** Rows of a self-referencing table with every parent before its children, so inserts never dangle. */
export function parentsFirst(rows: Row[], id: string, parent: string): Row[] {
  const byId = new Map(rows.map((r) => [r[id], r]));
  const placed = new Set<unknown>();
  const out: Row[] = [];
  const place = (row: Row, depth = 0) => {
    if (placed.has(row[id]) || depth > rows.length) return;
    const up = byId.get(row[parent]);
    if (up) place(up, depth + 1);
    placed.add(row[id]);
    out.push(row);
  };
  rows.forEach((row) => place(row));
  return out;
}

function partnersSteps(d: Dataset): ImportStep[] {
  return [
    { type: "Area", model: "area", key: ["code"], rows: () => parentsFirst(d.areas.map((a) => ({ ...a })), "code", "parentCode") },
    {
      type: "Organisation", model: "organisation", key: ["id"],
      rows: () => parentsFirst(d.organisations.map(({ aliases, identifiers, source, ...o }) => ({ ...o, ...sourceColumns(source) })), "id", "parentId"),
    },
    {
      type: "OrganisationAlias", model: "organisationAlias", key: ["organisationId", "alias"],
      rows: () => d.organisations.flatMap((o) => o.aliases.map((alias) => ({ organisationId: o.id, alias, normalised: normaliseName(alias) }))),
    },
    {
      type: "OrganisationIdentifier", model: "organisationIdentifier", key: ["scheme", "code", "organisationId"],
      rows: () => d.organisations.flatMap((o) => o.identifiers.map((i) => ({ organisationId: o.id, ...i, validFrom: day(i.validFrom), validTo: day(i.validTo) }))),
    },
    { type: "Succession", model: "succession", key: ["predecessorId", "successorId"], rows: () => d.successions.map((s) => ({ ...s, effectiveDate: day(s.effectiveDate) })) },
    { type: "Person", model: "person", key: ["id"], rows: () => d.people.map(({ aliases, ...p }) => p) },
    {
      type: "PersonAlias", model: "personAlias", key: ["personId", "alias"],
      rows: () => d.people.flatMap((p) => p.aliases.map((alias) => ({ personId: p.id, alias, normalised: normaliseName(alias) }))),
    },
    { type: "Board", model: "board", key: ["id"], rows: () => d.boards.map(({ source, ...b }) => ({ ...b, ...sourceColumns(source) })) },
    { type: "Post", model: "post", key: ["id"], rows: () => d.posts.map(({ source, ...p }) => ({ ...p, ...sourceColumns(source) })) },
    {
      type: "Membership", model: "membership", key: ["personId", "boardId", "role", "startDate"],
      rows: () => d.memberships.map(({ source, ...m }) => ({ ...m, startDate: day(m.startDate), endDate: day(m.endDate), ...sourceColumns(source) })),
    },
    {
      type: "ContactDetail", model: "contactDetail", key: ["personId", "type", "value"],
      rows: () => d.contactDetails.map(({ source, ...c }) => ({ ...c, ...sourceColumns(source) })),
    },
  ];
}

function governanceSteps(d: Dataset, lines: Map<string, string[]>): ImportStep[] {
  const minuteSpec: TableSpec = { model: "minuteItem", key: ["meetingId", "number"] };
  const minuteIds = (tx: Transaction) =>
    idsByKey(tx, minuteSpec, d.meetings.flatMap((m) => m.minuteItems.map((mi) => ({ meetingId: m.id, number: mi.number }))));
  const meetingOfItem = new Map(d.meetings.flatMap((m) => m.agendaItems.map((a) => [a.id, m.id] as const)));
  return [
    {
      type: "SourceDocument", model: "sourceDocument", key: ["id"],
      rows: () => d.sourceDocuments.map((s) => ({ ...s, publishedOn: day(s.publishedOn), lineCount: lines.get(s.id)!.length })),
    },
    {
      type: "SourceLine", model: "sourceLine", key: ["documentId", "number"],
      rows: () => d.sourceDocuments.flatMap((s) => lines.get(s.id)!.map((text, i) => ({ documentId: s.id, number: i + 1, text }))),
    },
    {
      type: "Meeting", model: "meeting", key: ["id"],
      rows: () => d.meetings.map(({ agendaItems, attendance, minuteItems, declarations, source, ...m }) => ({ ...m, date: day(m.date), ...sourceColumns(source) })),
    },
    {
      type: "AgendaItem", model: "agendaItem", key: ["id"],
      rows: () =>
        parentsFirst(
          d.meetings.flatMap((m) =>
            numbered(m.agendaItems).map(({ item: { contributors, timeSlot, source, ...a }, position }) => ({
              ...a, meetingId: m.id, position, timeSlotStart: timeSlot?.start ?? null, timeSlotEnd: timeSlot?.end ?? null, ...sourceColumns(source),
            })),
          ),
          "id",
          "parentId",
        ),
    },
    {
      type: "AgendaItemContributor", model: "agendaItemContributor", key: ["agendaItemId", "personId", "role"],
      rows: () =>
        d.meetings.flatMap((m) =>
          m.agendaItems.flatMap((a) =>
            numbered(a.contributors).map(({ item: { source, ...c }, position }) => ({ ...c, agendaItemId: a.id, position, ...sourceColumns(source) })),
          ),
        ),
    },
    {
      type: "Attendance", model: "attendance", key: ["meetingId", "personId"],
      rows: () =>
        d.meetings.flatMap((m) => numbered(m.attendance).map(({ item: { source, ...a }, position }) => ({ ...a, meetingId: m.id, position, ...sourceColumns(source) }))),
    },
    {
      type: "MinuteItem", ...minuteSpec,
      rows: () => d.meetings.flatMap((m) => m.minuteItems.map(({ resolutions, source, ...mi }) => ({ ...mi, meetingId: m.id, ...sourceColumns(source) }))),
    },
    {
      type: "Resolution", model: "resolution", key: ["minuteItemId", "position"],
      rows: async (tx) => {
        const ids = await minuteIds(tx);
        return d.meetings.flatMap((m) =>
          m.minuteItems.flatMap((mi) =>
            numbered(mi.resolutions).map(({ item: { ledTo, source, ...r }, position }) => ({
              ...r, minuteItemId: ids.get(keyOf(minuteSpec, { meetingId: m.id, number: mi.number }))!, position, ledToAgendaItemId: ledTo,
              ...sourceColumns(source),
            })),
          ),
        );
      },
    },
    {
      type: "Declaration", model: "declaration", key: ["meetingId", "personId", "text"],
      rows: async (tx) => {
        const ids = await minuteIds(tx);
        return d.meetings.flatMap((m) =>
          m.declarations.map(({ minute, source, ...x }) => ({
            ...x, meetingId: m.id, minuteItemId: minute === null ? null : ids.get(keyOf(minuteSpec, { meetingId: m.id, number: minute }))!,
            ...sourceColumns(source),
          })),
        );
      },
    },
    {
      type: "Report", model: "report", key: ["id"],
      rows: () =>
        d.reports.map(({ authors, recommendations, source, ...r }) => ({
          ...r, date: day(r.date), meetingId: r.agendaItemId ? (meetingOfItem.get(r.agendaItemId) ?? null) : null, ...sourceColumns(source),
        })),
    },
    {
      type: "ReportAuthor", model: "reportAuthor", key: ["reportId", "personId"],
      rows: () =>
        d.reports.flatMap((r) => numbered(r.authors).map(({ item: { source, ...a }, position }) => ({ ...a, reportId: r.id, position, ...sourceColumns(source) }))),
    },
    {
      type: "Recommendation", model: "recommendation", key: ["reportId", "position"],
      rows: () =>
        d.reports.flatMap((r) =>
          numbered(r.recommendations).map(({ item: { source, ...x }, position }) => ({ ...x, reportId: r.id, position, ...sourceColumns(source) })),
        ),
    },
  ];
}

function programmesSteps(d: Dataset): ImportStep[] {
  const prioritySpec: TableSpec = { model: "priority", key: ["strategyId", "position"] };
  return [
    {
      type: "Strategy", model: "strategy", key: ["id"],
      rows: () =>
        d.strategies.map(({ approval, owners, priorities, source, ...s }) => {
          const a = sourceColumns(approval?.source);
          return {
            ...s, periodStart: day(s.periodStart), periodEnd: day(s.periodEnd), approvedById: approval?.boardId ?? null,
            approvedAtId: approval?.meetingId ?? null, approvedOn: day(approval?.approvedOn), approvalAsWritten: a.asWritten,
            approvalSourceDocumentId: a.sourceDocumentId, approvalSourceFirstLine: a.sourceFirstLine, approvalSourceLastLine: a.sourceLastLine,
            ...sourceColumns(source),
          };
        }),
    },
    {
      type: "Priority", ...prioritySpec,
      rows: () => d.strategies.flatMap((s) => s.priorities.map(({ source, ...p }) => ({ ...p, strategyId: s.id, ...sourceColumns(source) }))),
    },
    {
      type: "StrategyOwnership", model: "strategyOwnership", key: ["strategyId", "organisationId"],
      rows: () => d.strategies.flatMap((s) => s.owners.map(({ source, ...o }) => ({ ...o, strategyId: s.id, ...sourceColumns(source) }))),
    },
    {
      type: "Programme", model: "programme", key: ["id"],
      rows: () =>
        parentsFirst(
          d.programmes.map(({ aliases, statusUpdates, delivers, source, ...p }) => ({
            ...p, startDate: day(p.startDate), endDate: day(p.endDate), ...sourceColumns(source),
          })),
          "id",
          "parentId",
        ),
    },
    {
      type: "ProgrammeAlias", model: "programmeAlias", key: ["programmeId", "alias"],
      rows: () =>
        d.programmes.flatMap((p) => p.aliases.map(({ alias, source }) => ({ programmeId: p.id, alias, normalised: normaliseName(alias), ...sourceColumns(source) }))),
    },
    {
      type: "StatusUpdate", model: "statusUpdate", key: ["programmeId", "date", "sourceDocumentId", "sourceFirstLine"],
      rows: () =>
        d.programmes.flatMap((p) =>
          p.statusUpdates.map(({ reportedTo, source, ...u }) => ({ ...u, programmeId: p.id, date: day(u.date), reportedToId: reportedTo, ...sourceColumns(source) })),
        ),
    },
    {
      type: "StrategyDelivery", model: "strategyDelivery", key: ["programmeId", "strategyId"],
      rows: async (tx) => {
        const wanted = d.programmes.flatMap((p) => p.delivers.filter((x) => x.priority !== null).map((x) => ({ strategyId: x.strategyId, position: x.priority })));
        const ids = await idsByKey(tx, prioritySpec, wanted);
        return d.programmes.flatMap((p) =>
          p.delivers.map(({ priority, source, strategyId }) => ({
            programmeId: p.id, strategyId,
            priorityId: priority === null ? null : ids.get(keyOf(prioritySpec, { strategyId, position: priority }))!,
            ...sourceColumns(source),
          })),
        );
      },
    },
  ];
}

function fundingSteps(d: Dataset): ImportStep[] {
  const inPools = <K extends "contributions" | "allocations" | "statedTotals">(key: K) =>
    d.fundingPools.flatMap((p) => (p[key] as { source: DatasetSource | null }[]).map(({ source, ...row }) => ({ ...row, poolId: p.id, ...sourceColumns(source) })));
  return [
    {
      type: "FundingPool", model: "fundingPool", key: ["id"],
      rows: () =>
        d.fundingPools.map(({ contributions, allocations, statedTotals, source, ...p }) => ({
          ...p, periodStart: day(p.periodStart), periodEnd: day(p.periodEnd), ...sourceColumns(source),
        })),
    },
    { type: "Contribution", model: "contribution", key: ["id"], rows: () => inPools("contributions") },
    { type: "Allocation", model: "allocation", key: ["id"], rows: () => inPools("allocations") },
    {
      type: "FundingPoolStatedTotal", model: "fundingPoolStatedTotal", key: ["poolId", "label", "measure", "organisationId", "financialYear"],
      rows: () => inPools("statedTotals"),
    },
    {
      type: "Grant", model: "grant", key: ["id"],
      rows: () =>
        d.grants.map(({ source, ...g }) => ({
          ...g, awardDate: day(g.awardDate), plannedStartDate: day(g.plannedStartDate), plannedEndDate: day(g.plannedEndDate), ...sourceColumns(source),
        })),
    },
  ];
}

function outcomesSteps(d: Dataset): ImportStep[] {
  const valueKey = ["indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine"];
  const measured = <T extends { indicator: string; area: string; periodStart: string; periodEnd: string | null; source: DatasetSource | null }>(
    { indicator, area, periodStart, periodEnd, source, ...rest }: T,
  ) => ({ ...rest, indicatorCode: indicator, areaCode: area, periodStart: day(periodStart), periodEnd: day(periodEnd), ...sourceColumns(source) });
  return [
    { type: "Framework", model: "framework", key: ["code"], rows: () => d.frameworks.map(({ source, ...f }) => ({ ...f, ...sourceColumns(source) })) },
    {
      // A successor is written before the indicators it succeeds, so the link never dangles.
      type: "Indicator", model: "indicator", key: ["code"],
      rows: () =>
        parentsFirst(
          d.indicators.map(({ frameworks, programmes, source, ...i }) => ({ ...i, discontinuedOn: day(i.discontinuedOn), ...sourceColumns(source) })),
          "code",
          "successorCode",
        ),
    },
    {
      type: "IndicatorFramework", model: "indicatorFramework", key: ["indicatorCode", "frameworkCode"],
      rows: () =>
        d.indicators.flatMap((i) => i.frameworks.map(({ code, source, ...f }) => ({ ...f, indicatorCode: i.code, frameworkCode: code, ...sourceColumns(source) }))),
    },
    {
      type: "IndicatorProgramme", model: "indicatorProgramme", key: ["indicatorCode", "programmeId"],
      rows: () => d.indicators.flatMap((i) => i.programmes.map(({ id, source }) => ({ indicatorCode: i.code, programmeId: id, ...sourceColumns(source) }))),
    },
    {
      type: "Measurement", model: "measurement", key: valueKey,
      rows: () => d.measurements.map(({ reportedBy, ...m }) => ({ ...measured(m), reportedById: reportedBy })),
    },
    {
      type: "Target", model: "target", key: valueKey,
      rows: () => d.targets.map(({ setBy, ...t }) => ({ ...measured(t), setById: setBy })),
    },
  ];
}

/** Every table write of a dataset, in order; `lines` holds each source document's lines. */
export function importSteps(d: Dataset, lines: Map<string, string[]>): ImportStep[] {
  return [...partnersSteps(d), ...governanceSteps(d, lines), ...programmesSteps(d), ...fundingSteps(d), ...outcomesSteps(d)];
}
