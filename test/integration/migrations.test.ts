// Migrations: in step with the Prisma schema, applied once through the wasm engine on both
// backends, recorded as Prisma Migrate records them, and the hand-written constraints hold.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, migrationsDir, migrationsUpToDate, pendingSchemaChange, resetDatabase } from "../../src/db/migrations.ts";
import { backends, openTestDatabase, type TestDatabase } from "../support/databases.ts";

// Every migration folder, in the order Prisma Migrate applies them (by name).
const migrations = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

it("has the partners migrations first", () => {
  expect(migrations.slice(0, 2)).toEqual(["20261124120000_partners", "20261125114815_partners_provenance"]);
});

it("has a migration for every change in prisma/schema (run `npm run db:create-migration -- <name>` when this fails)", async () => {
  expect(await pendingSchemaChange()).toBe("");
});

describe.each(backends)("migrations on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(backend, { migrate: false });
  });
  afterAll(() => db?.dispose());

  it("applies pending migrations once and records them as Prisma Migrate does", async () => {
    expect(await applyMigrations(db.adapter)).toEqual(migrations);
    expect(await applyMigrations(db.adapter)).toEqual([]);
    const rows = await db.prisma.$queryRaw<{ migration_name: string; finished: boolean; rolled_back: boolean }[]>`
      SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows).toEqual(migrations.map((migration_name) => ({ migration_name, finished: true, rolled_back: false })));
  });

  it("is up to date (so a start skips the schema engine) only while every migration is recorded with its script's checksum", async () => {
    expect(await migrationsUpToDate(db.prisma)).toBe(true);
    const last = migrations.at(-1)!;
    const [{ checksum }] = await db.prisma.$queryRaw<{ checksum: string }[]>`SELECT checksum FROM _prisma_migrations WHERE migration_name = ${last}`;
    await db.prisma.$executeRaw`UPDATE _prisma_migrations SET checksum = 'edited' WHERE migration_name = ${last}`;
    expect(await migrationsUpToDate(db.prisma)).toBe(false);
    await db.prisma.$executeRaw`UPDATE _prisma_migrations SET checksum = ${checksum} WHERE migration_name = ${last}`;
    expect(await migrationsUpToDate(db.prisma)).toBe(true);
  });

  it("enforces that a membership belongs to exactly one board or organisation", async () => {
    await db.prisma.person.create({ data: { id: "p", name: "P" } });
    await db.prisma.organisation.create({ data: { id: "o", name: "O", sector: "OTHER" } });
    await db.prisma.board.create({ data: { id: "b", name: "B" } });
    await expect(db.prisma.membership.create({ data: { personId: "p", boardId: "b", organisationId: "o", role: "MEMBER" } })).rejects.toThrow(
      /Membership_board_xor_organisation/,
    );
    await expect(db.prisma.membership.create({ data: { personId: "p", role: "MEMBER" } })).rejects.toThrow(/Membership_board_xor_organisation/);
    expect(await db.prisma.membership.count()).toBe(0);
  });

  it("resets to an empty database that migrates again", async () => {
    await resetDatabase(db.adapter);
    await expect(db.prisma.organisation.count()).rejects.toThrow(/Organisation.*does not exist/);
    expect(await applyMigrations(db.adapter)).toEqual(migrations);
    expect(await db.prisma.organisation.count()).toBe(0);
  });
});

describe("migration scripts on PostgreSQL", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase("postgresql", { migrate: false });
  });
  afterAll(() => db?.dispose());

  const exists = async (table: string) =>
    (await db.prisma.$queryRawUnsafe<{ found: boolean }[]>(`SELECT to_regclass('public."${table}"') IS NOT NULL AS found`))[0].found;

  it("run whole: a semicolon in a comment is harmless, and a failing statement leaves nothing applied", async () => {
    const connection = await db.adapter.connect();
    try {
      await connection.executeScript('CREATE TABLE "ScriptOne" (x int); -- a note; with a semicolon\nCREATE TABLE "ScriptTwo" (y int);');
      expect([await exists("ScriptOne"), await exists("ScriptTwo")]).toEqual([true, true]);
      await expect(connection.executeScript('CREATE TABLE "ScriptThree" (x int); CREATE TABLE "ScriptFour" (y nosuchtype);')).rejects.toThrow(/nosuchtype/);
      expect([await exists("ScriptThree"), await exists("ScriptFour")]).toEqual([false, false]);
    } finally {
      await connection.dispose();
    }
  });
});

describe.each(backends)("the indicator stewards migration on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(backend, { migrate: false });
  });
  afterAll(() => db?.dispose());

  it("backfills every stored figure as OFFICIAL, with no steward, acceptance or import yet", async () => {
    const stewards = migrations.find((m) => m.endsWith("_indicator_stewards"))!;
    await applyMigrations(db.adapter, migrations[migrations.indexOf(stewards) - 1]);
    await db.prisma.$executeRawUnsafe(`INSERT INTO "Indicator" (code, name, unit, polarity) VALUES ('backfill', 'Backfill', 'COUNT', 'NO_JUDGEMENT')`);
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Measurement" ("indicatorCode", "areaCode", period, "periodStart", "periodEnd", value, "reportedById") VALUES ('backfill', 'E08000026', '17/18', '2017-04-01', '2018-03-31', 1, 'uhcw')`,
    );
    expect(await applyMigrations(db.adapter)).toEqual(migrations.slice(migrations.indexOf(stewards)));
    expect(await db.prisma.measurement.findMany({ select: { standing: true, acceptedBy: true, acceptedAt: true, importRunId: true } })).toEqual([
      { standing: "OFFICIAL", acceptedBy: null, acceptedAt: null, importRunId: null },
    ]);
    expect(await db.prisma.indicator.findMany({ select: { code: true, stewardId: true } })).toEqual([{ code: "backfill", stewardId: null }]);
  });
});
