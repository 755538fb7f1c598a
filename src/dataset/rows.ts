// A validated dataset as table rows, in the order the importer writes them (parents before
// children). Each step names its table, the natural key that finds an existing row, and the
// GraphQL type it is reported as. Rows that point at generated ids (a resolution's minute item,
// a delivery's priority) look those ids up once their parents are written.
import { Prisma } from "../generated/prisma/client.ts";
import type { Publication } from "../generated/prisma/enums.ts";
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

/**
 * Where each row came from in the dataset, e.g. "meetings[0].agendaItems[2]", so that a refusal
 * can name the record (src/dataset/ownership.ts). Kept beside the rows rather than in them: the
 * rows go to Prisma as they are.
 */
const places = new WeakMap<Row, string>();
const at = <R extends Row>(place: string, row: R): R => (places.set(row, place), row);
export const placeOf = (row: Row) => places.get(row) ?? "(dataset)";

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
    { type: "Area", model: "area", key: ["code"], rows: () => parentsFirst(d.areas.map((a, i) => at(`areas[${i}]`, { ...a })), "code", "parentCode") },
    {
      type: "Organisation", model: "organisation", key: ["id"],
      rows: () =>
        parentsFirst(d.organisations.map(({ aliases, identifiers, source, ...o }, i) => at(`organisations[${i}]`, { ...o, ...sourceColumns(source) })), "id", "parentId"),
    },
    {
      type: "OrganisationAlias", model: "organisationAlias", key: ["organisationId", "alias"],
      rows: () =>
        d.organisations.flatMap((o, i) => o.aliases.map((alias, j) => at(`organisations[${i}].aliases[${j}]`, { organisationId: o.id, alias, normalised: normaliseName(alias) }))),
    },
    {
      type: "OrganisationIdentifier", model: "organisationIdentifier", key: ["scheme", "code", "organisationId"],
      rows: () =>
        d.organisations.flatMap((o, i) =>
          o.identifiers.map((x, j) => at(`organisations[${i}].identifiers[${j}]`, { organisationId: o.id, ...x, validFrom: day(x.validFrom), validTo: day(x.validTo) })),
        ),
    },
    { type: "Succession", model: "succession", key: ["predecessorId", "successorId"], rows: () => d.successions.map((s, i) => at(`successions[${i}]`, { ...s, effectiveDate: day(s.effectiveDate) })) },
    { type: "Person", model: "person", key: ["id"], rows: () => d.people.map(({ aliases, ...p }, i) => at(`people[${i}]`, p)) },
    {
      type: "PersonAlias", model: "personAlias", key: ["personId", "alias"],
      rows: () => d.people.flatMap((p, i) => p.aliases.map((alias, j) => at(`people[${i}].aliases[${j}]`, { personId: p.id, alias, normalised: normaliseName(alias) }))),
    },
    { type: "Board", model: "board", key: ["id"], rows: () => d.boards.map(({ source, ...b }, i) => at(`boards[${i}]`, { ...b, ...sourceColumns(source) })) },
    { type: "Post", model: "post", key: ["id"], rows: () => d.posts.map(({ source, ...p }, i) => at(`posts[${i}]`, { ...p, ...sourceColumns(source) })) },
    {
      type: "Membership", model: "membership", key: ["personId", "boardId", "role", "startDate"],
      rows: () =>
        d.memberships.map(({ source, ...m }, i) => at(`memberships[${i}]`, { ...m, startDate: day(m.startDate), endDate: day(m.endDate), ...sourceColumns(source) })),
    },
    {
      type: "ContactDetail", model: "contactDetail", key: ["personId", "type", "value"],
      rows: () => d.contactDetails.map(({ source, ...c }, i) => at(`contactDetails[${i}]`, { ...c, ...sourceColumns(source) })),
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
      rows: () => d.sourceDocuments.map((s, i) => at(`sourceDocuments[${i}]`, { ...s, publishedOn: day(s.publishedOn), lineCount: lines.get(s.id)!.length })),
    },
    {
      type: "SourceLine", model: "sourceLine", key: ["documentId", "number"],
      // A line is part of its document's record, not a record of its own: it has the document's place.
      rows: () => d.sourceDocuments.flatMap((s, i) => lines.get(s.id)!.map((text, n) => at(`sourceDocuments[${i}]`, { documentId: s.id, number: n + 1, text }))),
    },
    {
      type: "Meeting", model: "meeting", key: ["id"],
      rows: () =>
        d.meetings.map(({ agendaItems, attendance, minuteItems, declarations, source, ...m }, i) => at(`meetings[${i}]`, { ...m, date: day(m.date), ...sourceColumns(source) })),
    },
    {
      type: "AgendaItem", model: "agendaItem", key: ["id"],
      rows: () =>
        parentsFirst(
          d.meetings.flatMap((m, i) =>
            numbered(m.agendaItems).map(({ item: { contributors, timeSlot, source, ...a }, position }) => at(`meetings[${i}].agendaItems[${position - 1}]`, {
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
        d.meetings.flatMap((m, i) =>
          m.agendaItems.flatMap((a, j) =>
            numbered(a.contributors).map(({ item: { source, ...c }, position }) =>
              at(`meetings[${i}].agendaItems[${j}].contributors[${position - 1}]`, { ...c, agendaItemId: a.id, position, ...sourceColumns(source) }),
            ),
          ),
        ),
    },
    {
      type: "Attendance", model: "attendance", key: ["meetingId", "personId"],
      rows: () =>
        d.meetings.flatMap((m, i) =>
          numbered(m.attendance).map(({ item: { source, ...a }, position }) => at(`meetings[${i}].attendance[${position - 1}]`, { ...a, meetingId: m.id, position, ...sourceColumns(source) })),
        ),
    },
    {
      type: "MinuteItem", ...minuteSpec,
      rows: () =>
        d.meetings.flatMap((m, i) => m.minuteItems.map(({ resolutions, source, ...mi }, j) => at(`meetings[${i}].minuteItems[${j}]`, { ...mi, meetingId: m.id, ...sourceColumns(source) }))),
    },
    {
      type: "Resolution", model: "resolution", key: ["minuteItemId", "position"],
      rows: async (tx) => {
        const ids = await minuteIds(tx);
        return d.meetings.flatMap((m, i) =>
          m.minuteItems.flatMap((mi, j) =>
            numbered(mi.resolutions).map(({ item: { ledTo, source, ...r }, position }) => at(`meetings[${i}].minuteItems[${j}].resolutions[${position - 1}]`, {
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
        return d.meetings.flatMap((m, i) =>
          m.declarations.map(({ minute, source, ...x }, j) => at(`meetings[${i}].declarations[${j}]`, {
            ...x, meetingId: m.id, minuteItemId: minute === null ? null : ids.get(keyOf(minuteSpec, { meetingId: m.id, number: minute }))!,
            ...sourceColumns(source),
          })),
        );
      },
    },
    {
      type: "Report", model: "report", key: ["id"],
      rows: () =>
        d.reports.map(({ authors, recommendations, source, ...r }, i) => at(`reports[${i}]`, {
          ...r, date: day(r.date), meetingId: r.agendaItemId ? (meetingOfItem.get(r.agendaItemId) ?? null) : null, ...sourceColumns(source),
        })),
    },
    {
      type: "ReportAuthor", model: "reportAuthor", key: ["reportId", "personId"],
      rows: () =>
        d.reports.flatMap((r, i) =>
          numbered(r.authors).map(({ item: { source, ...a }, position }) => at(`reports[${i}].authors[${position - 1}]`, { ...a, reportId: r.id, position, ...sourceColumns(source) })),
        ),
    },
    {
      type: "Recommendation", model: "recommendation", key: ["reportId", "position"],
      rows: () =>
        d.reports.flatMap((r, i) =>
          numbered(r.recommendations).map(({ item: { source, ...x }, position }) =>
            at(`reports[${i}].recommendations[${position - 1}]`, { ...x, reportId: r.id, position, ...sourceColumns(source) }),
          ),
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
        d.strategies.map(({ approval, owners, priorities, source, ...s }, i) => {
          const a = sourceColumns(approval?.source);
          return at(`strategies[${i}]`, {
            ...s, periodStart: day(s.periodStart), periodEnd: day(s.periodEnd), approvedById: approval?.boardId ?? null,
            approvedAtId: approval?.meetingId ?? null, approvedOn: day(approval?.approvedOn), approvalAsWritten: a.asWritten,
            approvalSourceDocumentId: a.sourceDocumentId, approvalSourceFirstLine: a.sourceFirstLine, approvalSourceLastLine: a.sourceLastLine,
            ...sourceColumns(source),
          });
        }),
    },
    {
      type: "Priority", ...prioritySpec,
      rows: () =>
        d.strategies.flatMap((s, i) => s.priorities.map(({ source, ...p }, j) => at(`strategies[${i}].priorities[${j}]`, { ...p, strategyId: s.id, ...sourceColumns(source) }))),
    },
    {
      type: "StrategyOwnership", model: "strategyOwnership", key: ["strategyId", "organisationId"],
      rows: () => d.strategies.flatMap((s, i) => s.owners.map(({ source, ...o }, j) => at(`strategies[${i}].owners[${j}]`, { ...o, strategyId: s.id, ...sourceColumns(source) }))),
    },
    {
      type: "Programme", model: "programme", key: ["id"],
      rows: () =>
        parentsFirst(
          d.programmes.map(({ aliases, statusUpdates, delivers, source, ...p }, i) => at(`programmes[${i}]`, {
            ...p, startDate: day(p.startDate), endDate: day(p.endDate), ...sourceColumns(source),
          })),
          "id",
          "parentId",
        ),
    },
    {
      type: "ProgrammeAlias", model: "programmeAlias", key: ["programmeId", "alias"],
      rows: () =>
        d.programmes.flatMap((p, i) =>
          p.aliases.map(({ alias, source }, j) => at(`programmes[${i}].aliases[${j}]`, { programmeId: p.id, alias, normalised: normaliseName(alias), ...sourceColumns(source) })),
        ),
    },
    {
      type: "StatusUpdate", model: "statusUpdate", key: ["programmeId", "date", "sourceDocumentId", "sourceFirstLine"],
      rows: () =>
        d.programmes.flatMap((p, i) =>
          p.statusUpdates.map(({ reportedTo, source, ...u }, j) =>
            at(`programmes[${i}].statusUpdates[${j}]`, { ...u, programmeId: p.id, date: day(u.date), reportedToId: reportedTo, ...sourceColumns(source) }),
          ),
        ),
    },
    {
      type: "StrategyDelivery", model: "strategyDelivery", key: ["programmeId", "strategyId"],
      rows: async (tx) => {
        const wanted = d.programmes.flatMap((p) => p.delivers.filter((x) => x.priority !== null).map((x) => ({ strategyId: x.strategyId, position: x.priority })));
        const ids = await idsByKey(tx, prioritySpec, wanted);
        return d.programmes.flatMap((p, i) =>
          p.delivers.map(({ priority, source, strategyId }, j) => at(`programmes[${i}].delivers[${j}]`, {
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
    d.fundingPools.flatMap((p, i) =>
      (p[key] as { source: DatasetSource | null }[]).map(({ source, ...row }, j) => at(`fundingPools[${i}].${key}[${j}]`, { ...row, poolId: p.id, ...sourceColumns(source) })),
    );
  return [
    {
      type: "FundingPool", model: "fundingPool", key: ["id"],
      rows: () =>
        d.fundingPools.map(({ contributions, allocations, statedTotals, source, ...p }, i) => at(`fundingPools[${i}]`, {
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
        d.grants.map(({ source, ...g }, i) => at(`grants[${i}]`, {
          ...g, awardDate: day(g.awardDate), plannedStartDate: day(g.plannedStartDate), plannedEndDate: day(g.plannedEndDate), ...sourceColumns(source),
        })),
    },
  ];
}

/** The publication thresholds of indicators, as stored (the dataset's own indicators are written first). */
async function publicationThresholds(tx: Transaction, codes: string[]): Promise<Map<string, Prisma.Decimal>> {
  const rows = await tx.indicator.findMany({ where: { code: { in: [...new Set(codes)] }, publicationThreshold: { not: null } }, select: { code: true, publicationThreshold: true } });
  return new Map(rows.map((r) => [r.code, r.publicationThreshold!]));
}

/**
 * A measurement's publication: a draft stays a draft; a value under its indicator's threshold is
 * BELOW_PUBLICATION_LEVEL whatever the sender says (the hub, not each partner, keeps the rule);
 * otherwise as sent, PUBLISHED by default.
 */
export function publicationOf(value: string, sent: Publication | null, threshold: Prisma.Decimal | undefined): Publication {
  if (sent === "DRAFT") return "DRAFT";
  if (threshold && new Prisma.Decimal(value).lt(threshold)) return "BELOW_PUBLICATION_LEVEL";
  return sent ?? "PUBLISHED";
}

function outcomesSteps(d: Dataset): ImportStep[] {
  const valueKey = ["indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine"];
  const measured = <T extends { indicator: string; area: string; periodStart: string; periodEnd: string | null; source: DatasetSource | null }>(
    { indicator, area, periodStart, periodEnd, source, ...rest }: T,
  ) => ({ ...rest, indicatorCode: indicator, areaCode: area, periodStart: day(periodStart), periodEnd: day(periodEnd), ...sourceColumns(source) });
  return [
    { type: "Framework", model: "framework", key: ["code"], rows: () => d.frameworks.map(({ source, ...f }, i) => at(`frameworks[${i}]`, { ...f, ...sourceColumns(source) })) },
    {
      // A successor is written before the indicators it succeeds, so the link never dangles.
      type: "Indicator", model: "indicator", key: ["code"],
      rows: () =>
        parentsFirst(
          d.indicators.map(({ frameworks, programmes, source, ...x }, i) => at(`indicators[${i}]`, { ...x, discontinuedOn: day(x.discontinuedOn), ...sourceColumns(source) })),
          "code",
          "successorCode",
        ),
    },
    {
      type: "IndicatorFramework", model: "indicatorFramework", key: ["indicatorCode", "frameworkCode"],
      rows: () =>
        d.indicators.flatMap((x, i) =>
          x.frameworks.map(({ code, source, ...f }, j) => at(`indicators[${i}].frameworks[${j}]`, { ...f, indicatorCode: x.code, frameworkCode: code, ...sourceColumns(source) })),
        ),
    },
    {
      type: "IndicatorProgramme", model: "indicatorProgramme", key: ["indicatorCode", "programmeId"],
      rows: () =>
        d.indicators.flatMap((x, i) => x.programmes.map(({ id, source }, j) => at(`indicators[${i}].programmes[${j}]`, { indicatorCode: x.code, programmeId: id, ...sourceColumns(source) }))),
    },
    {
      // After the indicators: a value under its indicator's publication threshold is withheld.
      type: "Measurement", model: "measurement", key: valueKey,
      rows: async (tx) => {
        if (!d.measurements.length) return [];
        const thresholds = await publicationThresholds(tx, d.measurements.map((m) => m.indicator));
        return d.measurements.map(({ reportedBy, publication, ...m }, i) =>
          at(`measurements[${i}]`, { ...measured(m), reportedById: reportedBy, publication: publicationOf(m.value, publication, thresholds.get(m.indicator)) }),
        );
      },
    },
    {
      type: "Target", model: "target", key: valueKey,
      rows: () => d.targets.map(({ setBy, ...t }, i) => at(`targets[${i}]`, { ...measured(t), setById: setBy })),
    },
  ];
}

/** Every table write of a dataset, in order; `lines` holds each source document's lines. */
export function importSteps(d: Dataset, lines: Map<string, string[]>): ImportStep[] {
  return [...partnersSteps(d), ...governanceSteps(d, lines), ...programmesSteps(d), ...fundingSteps(d), ...outcomesSteps(d)];
}
