// The outcomes subgraph's part of the dataset format and the data path: frameworks, indicators
// (their frameworks and programmes), measurements (also a programme's or service's outputs, with
// breakdowns by cohort and category and values "as at" a day) and targets.
import { z } from "zod";
import { areaCode, day as date, decimal, list, optional, slug, sourced, text } from "../../dataset/fields.ts";
import type { DatasetSource } from "../../dataset/fields.ts";
import { adminOnly, at, by, day, define, defineSlice, refer, sourceColumns, within } from "../../dataset/slice.ts";
import type { Transaction } from "../../dataset/transaction.ts";
import type { Row } from "../../dataset/sync.ts";
import type { Writer } from "../../dataset/slice.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { IndicatorStatus, IndicatorUnit, MeasurementBasis, Polarity, Publication, Sex } from "../../generated/prisma/enums.ts";

const framework = z.strictObject({ code: slug, name: text, description: text, ...sourced });
const indicator = z.strictObject({
  code: slug, name: text, definition: optional(text), unit: z.enum(IndicatorUnit), unitAsWritten: optional(text), polarity: z.enum(Polarity),
  status: z.enum(IndicatorStatus).default("ACTIVE"), discontinuedOn: optional(date), discontinuedNote: optional(text), successorCode: optional(slug),
  publicationThreshold: optional(decimal),
  // The organisation responsible for the official series: required (docs/dataset-format.md).
  steward: slug,
  frameworks: list(z.strictObject({ code: slug, reference: optional(text), ...sourced })),
  programmes: list(z.strictObject({ id: slug, ...sourced })),
  ...sourced,
});
const period = { period: text, periodStart: date };
const measurement = z.strictObject({
  indicator: slug, area: areaCode, sex: z.enum(Sex).default("PERSONS"), ...period, periodEnd: date, value: decimal,
  count: optional(decimal), denominator: optional(decimal), lowerConfidenceLimit: optional(decimal), upperConfidenceLimit: optional(decimal),
  // An output of a programme or service, a value "as at" a day, and breakdowns beyond area and sex.
  asAt: optional(date), programmeId: optional(slug), cohort: optional(text), category: optional(text),
  // A planned or proposed value (teams to be rolled out, a staffing proposal) rather than a measured one.
  basis: z.enum(MeasurementBasis).default("ACTUAL"),
  // Unset: PUBLISHED, or BELOW_PUBLICATION_LEVEL under the indicator's publicationThreshold.
  reportedBy: optional(slug), publication: optional(z.enum(Publication)), ...sourced,
});
const target = z.strictObject({
  indicator: slug, area: areaCode, sex: z.enum(Sex).default("PERSONS"), ...period, periodEnd: optional(date), value: decimal, setBy: optional(slug), ...sourced,
});

/** The outcomes sections of a dataset, in the order they are written. */
export const outcomesSections = {
  frameworks: list(framework),
  indicators: list(indicator),
  measurements: list(measurement),
  targets: list(target),
};

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

/**
 * A figure written (created or changed) by an import: official when admin or the indicator's
 * steward writes it, otherwise proposed, to be accepted by the steward or an admin (a changed
 * figure is proposed afresh); and the import that wrote it, its provenance without a document.
 */
async function stampMeasurements(tx: Transaction, rows: Row[], writer: Writer): Promise<void> {
  if (!rows.length) return;
  const codes = [...new Set(rows.map((r) => String(r.indicatorCode)))];
  const stewards = new Map((await tx.indicator.findMany({ where: { code: { in: codes } }, select: { code: true, stewardId: true } })).map((i) => [i.code, i.stewardId]));
  for (const row of rows) {
    const official = !writer.organisationId || stewards.get(String(row.indicatorCode)) === writer.organisationId;
    Object.assign(row, { standing: official ? "OFFICIAL" : "PROPOSED", acceptedBy: null, acceptedAt: null, importRunId: writer.importRunId });
  }
}

const targetKey = ["indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine"];
/** A measurement's key: a target's, and the programme and breakdowns it is for. */
const measurementKey = [...targetKey, "programmeId", "cohort", "category"];
const measured = <T extends { indicator: string; area: string; periodStart: string; periodEnd: string | null; source: DatasetSource | null }>(
  { indicator, area, periodStart, periodEnd, source, ...rest }: T,
) => ({ ...rest, indicatorCode: indicator, areaCode: area, periodStart: day(periodStart), periodEnd: day(periodEnd), ...sourceColumns(source) });

/**
 * A measurement's row, every column named in one literal: rows built by spreading (`{ ...rest }`)
 * turned into slow dictionary-mode objects once stamped, which cost an import of 50,000 figures
 * about a kilobyte and a half per row and much of its CPU (bench/results/import.md).
 */
function measurementRow(m: z.output<typeof measurement>): Row {
  const source = sourceColumns(m.source);
  return {
    indicatorCode: m.indicator, areaCode: m.area, sex: m.sex, period: m.period, periodStart: day(m.periodStart), periodEnd: day(m.periodEnd),
    value: m.value, count: m.count, denominator: m.denominator, lowerConfidenceLimit: m.lowerConfidenceLimit, upperConfidenceLimit: m.upperConfidenceLimit,
    asAt: day(m.asAt), programmeId: m.programmeId, cohort: m.cohort, category: m.category, basis: m.basis, reportedById: m.reportedBy, publication: m.publication,
    sourceDocumentId: source.sourceDocumentId, sourceFirstLine: source.sourceFirstLine, sourceLastLine: source.sourceLastLine, asWritten: source.asWritten,
  };
}

export const outcomesSlice = defineSlice({
  subgraph: "outcomes",
  kinds: {
    indicator: { model: "indicator", id: "code" },
    framework: { model: "framework", id: "code" },
  },
  records: [
    {
      type: "Framework", model: "framework", key: ["code"], owner: adminOnly("frameworks"),
      rows: (d) => d.frameworks.map(({ source, ...f }, i) => at(`frameworks[${i}]`, { ...f, ...sourceColumns(source) })),
    },
    {
      // A successor is written before the indicators it succeeds, so the link never dangles.
      type: "Indicator", model: "indicator", key: ["code"], parent: "successorCode", owner: adminOnly("indicators"),
      rows: (d) =>
        d.indicators.map(({ frameworks, programmes, source, steward, ...x }, i) => at(`indicators[${i}]`, { ...x, stewardId: steward, discontinuedOn: day(x.discontinuedOn), ...sourceColumns(source) })),
    },
    {
      type: "IndicatorFramework", model: "indicatorFramework", key: ["indicatorCode", "frameworkCode"], owner: adminOnly("indicators"),
      rows: (d) =>
        d.indicators.flatMap((x, i) =>
          x.frameworks.map(({ code, source, ...f }, j) => at(`indicators[${i}].frameworks[${j}]`, { ...f, indicatorCode: x.code, frameworkCode: code, ...sourceColumns(source) })),
        ),
    },
    {
      // An indicator's link to a programme belongs to the programme's lead.
      type: "IndicatorProgramme", model: "indicatorProgramme", key: ["indicatorCode", "programmeId"],
      owner: (r, look) => within("linking a programme led by", look("programme", r.programmeId)),
      rows: (d) =>
        d.indicators.flatMap((x, i) => x.programmes.map(({ id, source }, j) => at(`indicators[${i}].programmes[${j}]`, { indicatorCode: x.code, programmeId: id, ...sourceColumns(source) }))),
    },
    {
      // After the indicators: a value under its indicator's publication threshold is withheld.
      type: "Measurement", model: "measurement", key: measurementKey, owner: (r) => by("reported by", r.reportedById),
      // DRAFT and BELOW_PUBLICATION_LEVEL figures are read only by their reporter (and read:restricted).
      hidden: (stored) => stored.publication !== "PUBLISHED",
      rows: (d) => d.measurements.map((m, i) => at(`measurements[${i}]`, measurementRow(m))),
      complete: async (tx, rows) => {
        if (!rows.length) return rows;
        const thresholds = await publicationThresholds(tx, rows.map((m) => String(m.indicatorCode)));
        for (const row of rows) row.publication = publicationOf(String(row.value), row.publication as Publication | null, thresholds.get(String(row.indicatorCode)));
        return rows;
      },
      stamp: stampMeasurements,
    },
    {
      type: "Target", model: "target", key: targetKey, owner: (r) => by("set by", r.setById),
      rows: (d) => d.targets.map(({ setBy, ...t }, i) => at(`targets[${i}]`, { ...measured(t), setById: setBy })),
    },
  ],
  check(d, w) {
    d.frameworks.forEach((f) => define(w, "framework", f.code));
    d.indicators.forEach((x, i) => {
      define(w, "indicator", x.code);
      refer(w, `indicators[${i}].steward`, "organisation", x.steward);
      refer(w, `indicators[${i}].successorCode`, "indicator", x.successorCode);
      x.frameworks.forEach((f, j) => refer(w, `indicators[${i}].frameworks[${j}].code`, "framework", f.code));
      x.programmes.forEach((p, j) => refer(w, `indicators[${i}].programmes[${j}].id`, "programme", p.id));
    });
    for (const [section, rows] of [["measurements", d.measurements], ["targets", d.targets]] as const) {
      rows.forEach((m, i) => {
        refer(w, `${section}[${i}].indicator`, "indicator", m.indicator);
        refer(w, `${section}[${i}].area`, "area", m.area);
        refer(w, `${section}[${i}].${"reportedBy" in m ? "reportedBy" : "setBy"}`, "organisation", "reportedBy" in m ? m.reportedBy : m.setBy);
        if (m.periodEnd && m.periodEnd < m.periodStart) w.problems.push(`${section}[${i}].periodEnd: must not be before periodStart`);
        if ("asAt" in m && m.asAt && (m.asAt < m.periodStart || (m.periodEnd && m.asAt > m.periodEnd))) {
          w.problems.push(`${section}[${i}].asAt: must lie within periodStart-periodEnd (for a value as at a day, both are that day)`);
        }
        if ("programmeId" in m) refer(w, `${section}[${i}].programmeId`, "programme", m.programmeId);
      });
    }
  },
});
