// The outcomes seed fixture (prisma/fixtures/outcomes.json): indicators, frameworks, measured
// values and targets from the board papers, each with its source lines and the figure as
// written. Values are decimal strings so nothing is rounded on the way in.
import type { IndicatorStatus, IndicatorUnit, Polarity, Sex } from "../generated/prisma/client.ts";
import type { Transaction } from "./index.ts";
import { type FixtureSource, sourceColumns } from "./sources.ts";

export interface OutcomesFixture {
  frameworks: { code: string; name: string; description: string; source?: FixtureSource }[];
  indicators: {
    code: string; name: string; definition?: string; unit: IndicatorUnit; unitAsWritten?: string; polarity: Polarity;
    status: IndicatorStatus; discontinuedOn?: string; discontinuedNote?: string; successorCode?: string; source?: FixtureSource;
    frameworks: { code: string; reference?: string; source?: FixtureSource }[];
    programmes: { id: string; source?: FixtureSource }[];
  }[];
  measurements: {
    indicator: string; area: string; sex?: Sex; period: string; periodStart: string; periodEnd: string; value: string;
    count?: string; denominator?: string; lowerConfidenceLimit?: string; upperConfidenceLimit?: string; reportedBy?: string;
    source?: FixtureSource;
  }[];
  targets: {
    indicator: string; area: string; sex?: Sex; period: string; periodStart: string; periodEnd: string | null; value: string;
    setBy?: string; source?: FixtureSource;
  }[];
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function decimal(text: string | undefined, what: string): string | null {
  if (text === undefined) return null;
  if (!DECIMAL.test(text)) throw new Error(`${what} must be a decimal string such as "66.1", got ${JSON.stringify(text)}`);
  return text;
}

function day(text: string | null | undefined, what: string): Date | null {
  if (text === null || text === undefined) return null;
  const date = new Date(`${text}T00:00:00Z`);
  if (!DAY.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new Error(`${what} must be a day such as "2018-03-31", got ${JSON.stringify(text)}`);
  }
  return date;
}

function period(row: { period: string; periodStart: string; periodEnd: string | null }, what: string) {
  const periodStart = day(row.periodStart, `${what} periodStart`)!;
  const periodEnd = day(row.periodEnd, `${what} periodEnd`);
  if (periodEnd && periodEnd < periodStart) throw new Error(`${what} period "${row.period}" ends before it starts`);
  return { period: row.period, periodStart, periodEnd };
}

/** Writes the outcomes fixture; indicators first, their successors linked once all exist. */
export async function loadOutcomesFixture(tx: Transaction, f: OutcomesFixture): Promise<string> {
  await tx.framework.createMany({
    data: f.frameworks.map(({ code, name, description, source }) => ({ code, name, description, ...sourceColumns(source) })),
  });
  await tx.indicator.createMany({
    data: f.indicators.map((i) => ({
      code: i.code, name: i.name, definition: i.definition ?? null, unit: i.unit, unitAsWritten: i.unitAsWritten ?? null,
      polarity: i.polarity, status: i.status, discontinuedOn: day(i.discontinuedOn, `${i.code} discontinuedOn`),
      discontinuedNote: i.discontinuedNote ?? null, ...sourceColumns(i.source),
    })),
  });
  for (const i of f.indicators.filter((i) => i.successorCode)) {
    await tx.indicator.update({ where: { code: i.code }, data: { successorCode: i.successorCode } });
  }
  await tx.indicatorFramework.createMany({
    data: f.indicators.flatMap((i) =>
      i.frameworks.map((fw) => ({ indicatorCode: i.code, frameworkCode: fw.code, reference: fw.reference ?? null, ...sourceColumns(fw.source) })),
    ),
  });
  await tx.indicatorProgramme.createMany({
    data: f.indicators.flatMap((i) => i.programmes.map((p) => ({ indicatorCode: i.code, programmeId: p.id, ...sourceColumns(p.source) }))),
  });
  await tx.measurement.createMany({
    data: f.measurements.map((m, n) => {
      const what = `measurement ${n + 1} (${m.indicator}, ${m.area})`;
      const { period: label, periodStart, periodEnd } = period(m, what);
      if (!periodEnd) throw new Error(`${what} needs a periodEnd`);
      return {
        indicatorCode: m.indicator, areaCode: m.area, sex: m.sex ?? "PERSONS", period: label, periodStart, periodEnd,
        value: decimal(m.value, `${what} value`)!, count: decimal(m.count, `${what} count`), denominator: decimal(m.denominator, `${what} denominator`),
        lowerConfidenceLimit: decimal(m.lowerConfidenceLimit, `${what} lowerConfidenceLimit`),
        upperConfidenceLimit: decimal(m.upperConfidenceLimit, `${what} upperConfidenceLimit`),
        reportedById: m.reportedBy ?? null, ...sourceColumns(m.source),
      };
    }),
  });
  await tx.target.createMany({
    data: f.targets.map((t, n) => {
      const what = `target ${n + 1} (${t.indicator}, ${t.area})`;
      return {
        indicatorCode: t.indicator, areaCode: t.area, sex: t.sex ?? "PERSONS", ...period(t, what),
        value: decimal(t.value, `${what} value`)!, setById: t.setBy ?? null, ...sourceColumns(t.source),
      };
    }),
  });
  return `${f.indicators.length} indicators, ${f.frameworks.length} frameworks, ${f.measurements.length} measurements, ${f.targets.length} targets`;
}
