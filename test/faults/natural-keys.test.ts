// Natural keys are unique in the database, not only in the importer's reading: every table the
// importer writes has a unique index (or primary key) on exactly the natural key it finds rows
// by, and where a key column may be empty (an unsourced figure's source columns) the index treats
// empty as equal (NULLS NOT DISTINCT), so two "same" rows cannot both be stored. The migration
// that adds them refuses to apply while duplicates exist, naming them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordTypes } from "../../src/dataset/slices.ts";
import { applyMigrations } from "../../src/db/migrations.ts";
import { backends, openTestDatabase, type TestDatabase } from "../support/databases.ts";

// The natural keys as each subgraph declares them (src/subgraphs/<name>/dataset.ts).
const steps = recordTypes;
const tableOf = (model: string) => model[0].toUpperCase() + model.slice(1);

interface UniqueIndex {
  table: string;
  name: string;
  columns: string[];
  nullsNotDistinct: boolean;
}

async function uniqueIndexes(db: TestDatabase): Promise<UniqueIndex[]> {
  const rows = await db.prisma.$queryRaw<{ table: string; name: string; columns: string[]; nulls_not_distinct: boolean }[]>`
    SELECT t.relname AS "table", i.relname AS name, i2.indnullsnotdistinct AS nulls_not_distinct,
           array_agg(a.attname::text ORDER BY k.n) AS columns
      FROM pg_index i2
      JOIN pg_class t ON t.oid = i2.indrelid
      JOIN pg_class i ON i.oid = i2.indexrelid
      JOIN pg_namespace s ON s.oid = t.relnamespace AND s.nspname = 'public'
      CROSS JOIN LATERAL unnest(i2.indkey) WITH ORDINALITY AS k(attnum, n)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     WHERE i2.indisunique
     GROUP BY t.relname, i.relname, i2.indnullsnotdistinct`;
  return rows.map((r) => ({ table: r.table, name: r.name, columns: r.columns, nullsNotDistinct: r.nulls_not_distinct }));
}

async function nullableColumns(db: TestDatabase): Promise<Set<string>> {
  const rows = await db.prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_nullable = 'YES'`;
  return new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
}

const uniqueKeysMigration = "20261206215527_natural_keys_unique";
const previousMigration = "20261206213137_partnership_work";

describe.each(backends)("the migration making natural keys unique, on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(backend, { migrate: false });
    await applyMigrations(db.adapter, previousMigration);
  });
  afterAll(() => db?.dispose());

  it("refuses to apply while duplicates exist, naming them, and applies once they are gone", async () => {
    await db.prisma.$executeRawUnsafe(`INSERT INTO "Indicator" (code, name, unit, polarity, status) VALUES ('dup-test', 'Duplicate test', 'COUNT', 'NO_JUDGEMENT', 'ACTIVE')`);
    const figure = `('dup-test', 'E08000026', 'PERSONS', '2030/31', '2030-04-01', '2031-03-31', 1)`;
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Measurement" ("indicatorCode", "areaCode", sex, period, "periodStart", "periodEnd", value) VALUES ${figure}, ${figure}, ${figure}`,
    );
    await expect(applyMigrations(db.adapter)).rejects.toThrow(
      `Migration ${uniqueKeysMigration} failed, nothing of it was applied: ` +
        "Natural keys are not unique: merge or delete these duplicate rows, then migrate again (nothing was changed):\n  Measurement (dup-test, E08000026, PERSONS, 2030/31, (empty), (empty), (empty), (empty), (empty)): 3 rows",
    );
    expect((await uniqueIndexes(db)).filter((i) => i.name.endsWith("_natural_key"))).toEqual([]);

    await db.prisma.$executeRawUnsafe(`DELETE FROM "Measurement" WHERE id NOT IN (SELECT min(id) FROM "Measurement")`);
    // It applies now, and the migrations after it with it.
    expect((await applyMigrations(db.adapter))[0]).toBe(uniqueKeysMigration);
    expect((await uniqueIndexes(db)).filter((i) => i.name.endsWith("_natural_key")).length).toBe(10);
    await expect(db.prisma.$executeRawUnsafe(`INSERT INTO "Measurement" ("indicatorCode", "areaCode", sex, period, "periodStart", "periodEnd", value) VALUES ${figure}`)).rejects.toThrow();
  });
});

describe.each(backends)("natural keys on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
  });
  afterAll(() => db?.dispose());

  it("every imported table has a unique index on its natural key, equal empties included", async () => {
    const indexes = await uniqueIndexes(db);
    const nullable = await nullableColumns(db);
    const missing = steps.flatMap((step) => {
      const table = tableOf(step.model);
      const key = [...step.key].sort();
      const canBeEmpty = step.key.some((column) => nullable.has(`${table}.${column}`));
      const found = indexes.find((i) => i.table === table && JSON.stringify([...i.columns].sort()) === JSON.stringify(key) && (i.nullsNotDistinct || !canBeEmpty));
      return found ? [] : [`${step.type}: ${table}(${step.key.join(", ")})${canBeEmpty ? " NULLS NOT DISTINCT" : ""}`];
    });
    expect(missing.join("\n")).toEqual("");
    expect(steps.length).toBeGreaterThan(30);
  });
});
