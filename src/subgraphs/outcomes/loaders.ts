// Per-request DataLoaders of the outcomes subgraph: one SQL query per batch of keys.
import DataLoader from "dataloader";
import { type Measurement, type MeasurementStanding, Prisma, type PrismaClient, type Sex } from "../../generated/prisma/client.ts";
import { hasScope } from "../../access/identity.ts";
import type { SubgraphRequest } from "../../subgraph/definition.ts";
import { loaderByKey, loaderOfMany } from "../../subgraph/loaders.ts";
import { ENGLAND, WEST_MIDLANDS } from "./assessment.ts";

/** The tables this subgraph owns; it reads no others. */
export type OutcomesStore = Pick<PrismaClient, "framework" | "indicator" | "indicatorFramework" | "indicatorProgramme" | "measurement" | "target" | "$queryRaw">;

const inList = <K>(keys: K[]) => ({ in: keys });

/** Measurements in a stable order: indicator, area, period, sex, then id. */
export const measurementOrder: Prisma.MeasurementOrderByWithRelationInput[] = [
  { indicatorCode: "asc" }, { areaCode: "asc" }, { periodStart: "asc" }, { periodEnd: "asc" }, { sex: "asc" }, { id: "asc" },
];

/** An indicator in one area: the key of an area's series of values. */
export interface SeriesKey {
  indicatorCode: string;
  areaCode: string;
}

/** What Area.measurements may be narrowed by, besides the area. */
export interface AreaMeasurementsKey {
  areaCode: string;
  indicatorCode: string | null;
  frameworkCode: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
}

/**
 * The measurements a request may see: published ones; drafts and figures below publication level
 * only to the organisation that reported them and to identities with read:restricted. Every
 * measurement query goes through it.
 */
export function visibleMeasurements(request: SubgraphRequest): Prisma.MeasurementWhereInput {
  const identity = request.identity;
  if (hasScope(identity, "read:restricted")) return {};
  if (identity) return { OR: [{ publication: "PUBLISHED" }, { reportedById: identity.organisationId }] };
  return { publication: "PUBLISHED" };
}

/** visibleMeasurements as an SQL condition on the Measurement row aliased "m", for raw queries. */
export function visibleMeasurementsSql(request: SubgraphRequest): Prisma.Sql {
  const identity = request.identity;
  if (hasScope(identity, "read:restricted")) return Prisma.sql`TRUE`;
  if (identity) return Prisma.sql`(m."publication" = 'PUBLISHED' OR m."reportedById" = ${identity.organisationId})`;
  return Prisma.sql`m."publication" = 'PUBLISHED'`;
}

/**
 * The official series: figures the indicator's steward or an admin wrote (OFFICIAL) or accepted
 * (ACCEPTED). Other partners' PROPOSED figures are kept and listed when asked for by standing,
 * but never make a latest value, a status against target, a trend or a comparison.
 */
export const officialStandings: MeasurementStanding[] = ["OFFICIAL", "ACCEPTED"];
export const officialSeries: Prisma.MeasurementWhereInput = { standing: { in: officialStandings } };

/** One area's series of one sex: the key of Indicator.latestMeasurement. */
export interface LatestKey extends SeriesKey {
  sex: Sex;
}

const seriesId = (k: SeriesKey) => `${k.indicatorCode}\u0000${k.areaCode}`;

/** One query for many (indicator, area) series. */
function seriesLoader(db: OutcomesStore, visible: Prisma.MeasurementWhereInput) {
  return new DataLoader<SeriesKey, Measurement[], string>(
    async (keys) => {
      const rows = await db.measurement.findMany({
        where: { AND: [visible, { OR: keys.map((k) => ({ indicatorCode: k.indicatorCode, areaCode: k.areaCode })) }] },
        orderBy: measurementOrder,
      });
      const groups = new Map(keys.map((k) => [seriesId(k), [] as Measurement[]]));
      for (const row of rows) groups.get(seriesId(row))?.push(row);
      return keys.map((k) => groups.get(seriesId(k)) ?? []);
    },
    { cacheKeyFn: seriesId },
  );
}

const latestId = (k: LatestKey) => `${seriesId(k)}\u0000${k.sex}`;

/**
 * The latest visible measurement of many series in one statement that reads one index entry per
 * series (Measurement_latest_idx), however long the series grow: latest end, then latest start,
 * then the one recorded last.
 */
function latestLoader(db: OutcomesStore, visible: Prisma.Sql) {
  return new DataLoader<LatestKey, Measurement | null, string>(
    async (keys) => {
      const rows = await db.$queryRaw<Measurement[]>`
        SELECT latest.* FROM unnest(${keys.map((k) => k.indicatorCode)}::text[], ${keys.map((k) => k.areaCode)}::text[], ${keys.map((k) => k.sex)}::text[])
          AS k("indicatorCode", "areaCode", "sex")
        CROSS JOIN LATERAL (
          SELECT m.* FROM "public"."Measurement" AS m
          WHERE m."indicatorCode" = k."indicatorCode" AND m."areaCode" = k."areaCode" AND m."sex" = k."sex"::"Sex" AND ${visible}
            AND m."standing" <> 'PROPOSED'
          ORDER BY m."periodEnd" DESC, m."periodStart" DESC, m."id" DESC
          LIMIT 1
        ) AS latest`;
      const byKey = new Map(rows.map((row) => [latestId(row), row]));
      return keys.map((k) => byKey.get(latestId(k)) ?? null);
    },
    { cacheKeyFn: latestId },
  );
}

function areaFilter(key: Omit<AreaMeasurementsKey, "areaCode">): Prisma.MeasurementWhereInput {
  const where: Prisma.MeasurementWhereInput = {};
  if (key.indicatorCode) where.indicatorCode = key.indicatorCode;
  if (key.frameworkCode) where.indicator = { frameworks: { some: { frameworkCode: key.frameworkCode } } };
  if (key.periodStart) where.periodStart = { gte: key.periodStart };
  if (key.periodEnd) where.periodEnd = { lte: key.periodEnd };
  return where;
}

/**
 * Area.measurements for many areas: keys asking with the same narrowing share one query over
 * all their areas (so a list of areas asking the same question costs one statement).
 */
function areaMeasurementsLoader(db: OutcomesStore, visible: Prisma.MeasurementWhereInput) {
  const filterId = ({ areaCode: _, ...rest }: AreaMeasurementsKey) => JSON.stringify(rest);
  return new DataLoader<AreaMeasurementsKey, Measurement[], string>(
    async (keys) => {
      const byFilter = new Map<string, AreaMeasurementsKey[]>();
      for (const key of keys) byFilter.set(filterId(key), [...(byFilter.get(filterId(key)) ?? []), key]);
      const results = new Map<string, Measurement[]>();
      await Promise.all(
        [...byFilter.values()].map(async (group) => {
          const areaCodes = [...new Set(group.map((k) => k.areaCode))];
          const rows = await db.measurement.findMany({ where: { AND: [visible, { ...areaFilter(group[0]), areaCode: inList(areaCodes) }] }, orderBy: measurementOrder });
          for (const key of group) results.set(JSON.stringify(key), rows.filter((r) => r.areaCode === key.areaCode));
        }),
      );
      return keys.map((k) => results.get(JSON.stringify(k)) ?? []);
    },
    { cacheKeyFn: (k) => JSON.stringify(k) },
  );
}

export function createOutcomesLoaders(db: OutcomesStore, request: SubgraphRequest) {
  const visibleAll = visibleMeasurements(request);
  // Every loader but an organisation's own list reads the official series only.
  const visible: Prisma.MeasurementWhereInput = { AND: [visibleAll, officialSeries] };
  return {
    indicator: loaderByKey((codes: string[]) => db.indicator.findMany({ where: { code: inList(codes) } }), (i) => i.code),
    framework: loaderByKey((codes: string[]) => db.framework.findMany({ where: { code: inList(codes) } }), (f) => f.code),
    predecessors: loaderOfMany(
      (codes: string[]) => db.indicator.findMany({ where: { successorCode: inList(codes) }, orderBy: { code: "asc" } }),
      (i) => i.successorCode!,
    ),
    membershipsOfIndicator: loaderOfMany(
      (codes: string[]) => db.indicatorFramework.findMany({ where: { indicatorCode: inList(codes) }, orderBy: { frameworkCode: "asc" } }),
      (m) => m.indicatorCode,
    ),
    membershipsOfFramework: loaderOfMany(
      (codes: string[]) => db.indicatorFramework.findMany({ where: { frameworkCode: inList(codes) }, orderBy: { indicatorCode: "asc" } }),
      (m) => m.frameworkCode,
    ),
    programmeMeasuresOfIndicator: loaderOfMany(
      (codes: string[]) => db.indicatorProgramme.findMany({ where: { indicatorCode: inList(codes) }, orderBy: { programmeId: "asc" } }),
      (p) => p.indicatorCode,
    ),
    programmeMeasuresOfProgramme: loaderOfMany(
      (ids: string[]) => db.indicatorProgramme.findMany({ where: { programmeId: inList(ids) }, orderBy: { indicatorCode: "asc" } }),
      (p) => p.programmeId,
    ),
    measurementsOfIndicator: loaderOfMany(
      (codes: string[]) => db.measurement.findMany({ where: { AND: [visible, { indicatorCode: inList(codes) }] }, orderBy: measurementOrder }),
      (m) => m.indicatorCode,
    ),
    series: seriesLoader(db, visible),
    latest: latestLoader(db, visibleMeasurementsSql(request)),
    /** England's and the West Midlands' measurements of each indicator: the comparators. */
    benchmarks: loaderOfMany(
      (codes: string[]) =>
        db.measurement.findMany({ where: { AND: [visible, { indicatorCode: inList(codes), areaCode: inList([ENGLAND, WEST_MIDLANDS]) }] }, orderBy: measurementOrder }),
      (m) => m.indicatorCode,
    ),
    targetsOfIndicator: loaderOfMany(
      (codes: string[]) =>
        db.target.findMany({ where: { indicatorCode: inList(codes) }, orderBy: [{ areaCode: "asc" }, { periodStart: "asc" }, { id: "asc" }] }),
      (t) => t.indicatorCode,
    ),
    outputsOfProgramme: loaderOfMany(
      (ids: string[]) => db.measurement.findMany({ where: { AND: [visible, { programmeId: inList(ids) }] }, orderBy: measurementOrder }),
      (m) => m.programmeId!,
    ),
    measurementsReportedBy: loaderOfMany(
      (ids: string[]) => db.measurement.findMany({ where: { AND: [visibleAll, { reportedById: inList(ids) }] }, orderBy: measurementOrder }),
      (m) => m.reportedById!,
    ),
    areaMeasurements: areaMeasurementsLoader(db, visible),
  };
}

export type OutcomesLoaders = ReturnType<typeof createOutcomesLoaders>;

export interface OutcomesContext {
  store: OutcomesStore;
  loaders: OutcomesLoaders;
  /** Who asks (src/subgraph/definition.ts): decides which draft figures they see. */
  request: SubgraphRequest;
  /** Accepting a proposed figure writes it (the only write of this subgraph outside imports). */
  writer: Pick<PrismaClient, "measurement" | "indicator">;
}

export function createOutcomesContext(prisma: PrismaClient, request: SubgraphRequest): OutcomesContext {
  return { store: prisma, loaders: createOutcomesLoaders(prisma, request), request, writer: prisma };
}
