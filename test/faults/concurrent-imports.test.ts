// Imports that overlap in time: each runs whole, one after the other (a transaction-level
// advisory lock on PostgreSQL; PGlite runs one transaction at a time anyway), so the same or
// overlapping files end with exactly one row per natural key, and the reports add up to what
// was stored: every record created once in all, unchanged in every other report.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { importDataset, type ImportReport } from "../../src/dataset/importer.ts";
import { checkDatasetShape } from "../../src/dataset/validate.ts";
import { backends, openTestDatabase, type TestDatabase } from "../support/databases.ts";

const organisation = { id: "concurrency-test-trust", name: "Concurrency Test NHS Trust", sector: "NHS_TRUST" };
const area = { code: "E99999901", name: "Concurrency test area", type: "UNITARY_AUTHORITY" };
const indicator = { code: "concurrency-test-indicator", name: "Concurrency test indicator", unit: "COUNT", polarity: "NO_JUDGEMENT", status: "ACTIVE", steward: organisation.id };
// Unsourced figures: their natural key holds empty (null) source columns, which must still be one key.
const figure = (period: string, value: string) => ({
  indicator: indicator.code, area: area.code, period, periodStart: `${period.slice(0, 4)}-04-01`, periodEnd: `${Number(period.slice(0, 4)) + 1}-03-31`, value, reportedBy: organisation.id,
});

const fileA = { format: "placegraph-dataset/1", areas: [area], organisations: [organisation], indicators: [indicator], measurements: [figure("2030/31", "10")] };
const fileB = { ...fileA, measurements: [figure("2030/31", "10"), figure("2031/32", "11")] };

async function run(db: TestDatabase, name: string, file: object): Promise<ImportReport> {
  const dataset = checkDatasetShape(name, file);
  return importDataset(db.prisma, name, name, dataset, { actor: "test", sourcesDir: loadConfig().PLACEGRAPH_SOURCES_DIR });
}

const sum = (reports: ImportReport[], what: "created" | "updated" | "unchanged") => reports.reduce((n, r) => n + r.totals[what], 0);

describe.each(backends)("imports overlapping in time on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
  });
  afterAll(() => db?.dispose());

  it("two imports of the same new file: one creates, the other finds everything unchanged", async () => {
    const reports = await Promise.all([run(db, "a1.json", fileA), run(db, "a2.json", fileA)]);
    expect(reports.map((r) => r.totals).sort((x, y) => y.created - x.created)).toEqual([
      { created: 4, updated: 0, unchanged: 0 },
      { created: 0, updated: 0, unchanged: 4 },
    ]);
    expect(await db.prisma.organisation.count({ where: { id: organisation.id } })).toBe(1);
    expect(await db.prisma.measurement.count({ where: { indicatorCode: indicator.code } })).toBe(1);
  });

  it("overlapping files imported together, several at once: one row per key, and the reports add up", async () => {
    const reports = await Promise.all([run(db, "b1.json", fileB), run(db, "a3.json", fileA), run(db, "b2.json", fileB), run(db, "a4.json", fileA)]);
    expect(sum(reports, "created")).toBe(1);
    expect(sum(reports, "updated")).toBe(0);
    expect(sum(reports, "unchanged")).toBe(5 + 4 + 5 + 4 - 1);
    const rows = await db.prisma.measurement.findMany({ where: { indicatorCode: indicator.code }, orderBy: { period: "asc" } });
    expect(rows.map((m) => [m.period, m.value.toString()])).toEqual([["2030/31", "10"], ["2031/32", "11"]]);
    expect(await db.prisma.importRun.count()).toBe(6);
  });
});
