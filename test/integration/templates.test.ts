// The test databases copied from templates (test/support/templates.ts) are what a fresh database
// would be: every migration on disk applied, the data asked for (counts derived from the curated
// dataset files) and nothing else, and each copy its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsUpToDate } from "../../src/db/migrations.ts";
import { curatedDatasets } from "../../src/ingest/score.ts";
import { backends, openTestDatabase, type TestDatabase } from "../support/databases.ts";

const curated = await curatedDatasets();
const reference = curated.find((c) => c.file === "reference.json")!.dataset;
const distinct = (ids: string[]) => new Set(ids).size;

describe.each(backends)("test databases from templates on %s", (backend) => {
  const opened: TestDatabase[] = [];
  const open = async (data: "empty" | "curated" | "reference") => {
    const db = await openTestDatabase(backend, { data });
    opened.push(db);
    return db;
  };
  let empty: TestDatabase;
  let copy: TestDatabase;
  beforeAll(async () => {
    empty = await open("empty");
    copy = await open("empty");
  });
  afterAll(async () => {
    for (const db of opened) await db.dispose();
  });

  it("an empty one has every migration of prisma/migrations applied, with its checksum, and no rows", async () => {
    expect(await migrationsUpToDate(empty.prisma)).toBe(true);
    expect([await empty.prisma.organisation.count(), await empty.prisma.importRun.count()]).toEqual([0, 0]);
  });

  it("holds the curated dataset: every organisation, meeting and source document of prisma/dataset", async () => {
    const db = await open("curated");
    expect(await migrationsUpToDate(db.prisma)).toBe(true);
    expect(await db.prisma.organisation.count()).toBe(distinct(curated.flatMap((c) => c.dataset.organisations.map((o) => o.id))));
    expect(await db.prisma.meeting.count()).toBe(distinct(curated.flatMap((c) => c.dataset.meetings.map((m) => m.id))));
    expect(await db.prisma.sourceDocument.count()).toBe(distinct(curated.flatMap((c) => c.dataset.sourceDocuments.map((s) => s.id))));
  });

  it("holds only the register of partners for the ingest tests: reference.json's organisations, no meeting", async () => {
    const db = await open("reference");
    expect(await db.prisma.organisation.count()).toBe(reference.organisations.length);
    expect(await db.prisma.meeting.count()).toBe(0);
    expect(await db.prisma.sourceDocument.count()).toBe(distinct(curated.flatMap((c) => c.dataset.sourceDocuments.map((s) => s.id))));
  });

  it("each copy is its own: a row written in one is not in another", async () => {
    await copy.prisma.organisation.create({ data: { id: "template-isolation-check", name: "Template isolation check", sector: "LOCAL_AUTHORITY" } });
    expect(await copy.prisma.organisation.count()).toBe(1);
    expect(await empty.prisma.organisation.count()).toBe(0);
    expect(await (await open("empty")).prisma.organisation.count()).toBe(0);
  });
});
