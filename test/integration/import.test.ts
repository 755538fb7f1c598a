// The one import path: the curated dataset goes in through it; a second import changes nothing; a
// changed value is updated in place; a dry run writes nothing; every import is audited; bad input
// of every kind is refused with its place named and the database left exactly as it was.
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { curatedDatasetDir } from "../../src/dataset/curated.ts";
import { type ImportReport, importDatasetFiles } from "../../src/dataset/importer.ts";
import { recordTypes } from "../../src/dataset/slices.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { backends, countStatements, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { runScript } from "../support/processes.ts";

const sourcesDir = loadConfig().PLACEGRAPH_SOURCES_DIR;
const curatedFile = (name: string) => join(curatedDatasetDir, `${name}.json`);
const options = { actor: "test", sourcesDir };

/** Row counts of every table the importer writes, to prove a refused import wrote nothing. */
async function tableCounts(prisma: PrismaClient): Promise<Record<string, number>> {
  const models = [
    "area", "organisation", "organisationAlias", "organisationIdentifier", "person", "board", "membership", "sourceDocument", "sourceLine",
    "meeting", "agendaItem", "attendance", "minuteItem", "resolution", "report", "strategy", "priority", "programme", "statusUpdate",
    "fundingPool", "contribution", "allocation", "grant", "framework", "indicator", "measurement", "target", "importRun",
  ];
  const counts: Record<string, number> = {};
  for (const model of models) counts[model] = await (prisma as unknown as Record<string, { count(): Promise<number> }>)[model].count();
  return counts;
}

const created = (report: ImportReport, type: string) => report.types.find((t) => t.type === type);

/** The curated files' records of one section (with a nested list, e.g. meetings' agendaItems), counted from the files themselves. */
async function curatedCount(section: string, nested?: string): Promise<number> {
  const { readdir } = await import("node:fs/promises");
  let count = 0;
  for (const file of (await readdir(curatedDatasetDir)).filter((f) => f.endsWith(".json"))) {
    const records: Record<string, unknown[]>[] = JSON.parse(await readFile(join(curatedDatasetDir, file), "utf8"))[section] ?? [];
    count += nested ? records.reduce((n, r) => n + (r[nested]?.length ?? 0), 0) : records.length;
  }
  return count;
}

describe.each(backends)("importing datasets on %s", (backend) => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    dir = await mkdtemp(join(tmpdir(), "placegraph-import-"));
  });
  afterAll(async () => {
    await db?.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  async function write(name: string, dataset: unknown): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, typeof dataset === "string" ? dataset : JSON.stringify(dataset));
    return path;
  }

  /** Imports and expects the exact problems, with nothing written. */
  async function refused(path: string, message: string) {
    const before = await tableCounts(db.prisma);
    await expect(importDatasetFiles(db.prisma, [path], options)).rejects.toThrow(message);
    expect(await tableCounts(db.prisma)).toEqual(before);
  }

  it("imports the curated dataset in one go, audited, and a second import changes nothing", async () => {
    let first!: ImportReport;
    const firstSql = await countStatements(db, async () => (first = await importDatasetFiles(db.prisma, [curatedDatasetDir], options)));
    expect(first.fileName).toBe(
      "6 files: coventry-camhs-ltp-refresh-2023.json, coventry-hwb-2017-09-04.json, coventry-hwb-2019-01-14.json, " +
        "coventry-hwb-2019-04-08.json, reference.json, warwickshire-hwb-2013-11-20.json",
    );
    expect(created(first, "Organisation")).toEqual({ type: "Organisation", created: await curatedCount("organisations"), updated: 0, unchanged: 0 });
    expect(created(first, "Meeting")).toEqual({ type: "Meeting", created: await curatedCount("meetings"), updated: 0, unchanged: 0 });
    expect(created(first, "Measurement")).toEqual({ type: "Measurement", created: await curatedCount("measurements"), updated: 0, unchanged: 0 });
    const total = first.types.reduce((n, t) => n + t.created, 0);
    expect(first.totals).toEqual({ created: total, updated: 0, unchanged: 0 });

    // Written in bulk: one INSERT ... ON CONFLICT per record type and 5,000 rows (source lines take several).
    const upserts = (sql: string[]) => sql.filter((q) => /^INSERT INTO "\w+" AS t .* ON CONFLICT/s.test(q)).map((q) => /^INSERT INTO "(\w+)"/.exec(q)![1]);
    expect(upserts(firstSql.sql)).toEqual(first.types.flatMap((t) => Array<string>(Math.ceil(t.created / 5000)).fill(t.type)));

    let second!: ImportReport;
    const secondSql = await countStatements(db, async () => (second = await importDatasetFiles(db.prisma, [curatedDatasetDir], options)));
    expect(upserts(secondSql.sql)).toEqual([]);
    expect(second.totals).toEqual({ created: 0, updated: 0, unchanged: total });
    expect(second.types.every((t) => t.created === 0 && t.updated === 0)).toBe(true);

    const runs = await db.prisma.importRun.findMany({ orderBy: { id: "asc" } });
    expect(runs.map((r) => [r.actor, r.fileName, r.contentHash])).toEqual([
      ["test", first.fileName, first.contentHash],
      ["test", first.fileName, first.contentHash],
    ]);
    expect(runs[1].counts).toMatchObject({ totals: { created: 0, updated: 0, unchanged: total } });
  });

  it("updates a changed value in place, and a dry run reports it without writing", async () => {
    const dataset = JSON.parse(await readFile(curatedFile("coventry-hwb-2019-01-14"), "utf8"));
    const pool = dataset.fundingPools.find((p: { id: string }) => p.id === "coventry-bcf-2017-19");
    pool.contributions[0].amount = "63897001.00";
    const path = await write("changed.json", dataset);
    const before = await tableCounts(db.prisma);

    const dry = await importDatasetFiles(db.prisma, [path], { ...options, dryRun: true });
    expect(created(dry, "Contribution")).toEqual({ type: "Contribution", created: 0, updated: 1, unchanged: 7 });
    expect(dry.importRunId).toBeNull();
    expect(await tableCounts(db.prisma)).toEqual(before);
    const stored = () => db.prisma.contribution.findUniqueOrThrow({ where: { id: "coventry-bcf-2017-19/coventry-city-council" } });
    expect((await stored()).amount.toFixed(2)).toBe("63897000.00");

    let real!: ImportReport;
    const { sql } = await countStatements(db, async () => (real = await importDatasetFiles(db.prisma, [path], options)));
    // Only the changed row is sent, in one statement that updates it where a value differs.
    expect(sql.filter((q) => /^INSERT INTO "\w+" AS t /.test(q))).toEqual([expect.stringMatching(/^INSERT INTO "Contribution" AS t .* IS DISTINCT FROM/s)]);
    expect(created(real, "Contribution")).toEqual({ type: "Contribution", created: 0, updated: 1, unchanged: 7 });
    expect(real.totals.created).toBe(0);
    expect((await stored()).amount.toFixed(2)).toBe("63897001.00");
    expect(await tableCounts(db.prisma)).toEqual({ ...before, importRun: before.importRun + 1 });

    // Back as the paper has it.
    await importDatasetFiles(db.prisma, [curatedFile("coventry-hwb-2019-01-14")], options);
    expect((await stored()).amount.toFixed(2)).toBe("63897000.00");
  });

  it("refuses malformed JSON, naming the file", async () => {
    const path = await write("broken.json", '{"format": "placegraph-dataset/1", "organisations": [');
    await refused(path, `${path}: 1 problem, nothing was imported:\n  not valid JSON:`);
  });

  it("refuses an unknown reference, naming its place", async () => {
    const path = await write("unknown.json", {
      format: "placegraph-dataset/1",
      meetings: [{
        id: "coventry-hwb-2099-01-01", boardId: "coventry-health-and-wellbeing-board", date: "2099-01-01", status: "SCHEDULED",
        agendaItems: [{ id: "coventry-hwb-2099-01-01-1", order: "1", number: 1, title: "Welcome", contributors: [{ personId: "nobody-at-all", role: "PRESENTER" }] }],
      }],
    });
    await refused(path, `${path}: 1 problem, nothing was imported:\n  meetings[0].agendaItems[0].contributors[0].personId: unknown person "nobody-at-all"`);
  });

  it("refuses a duplicate key, naming both places", async () => {
    const org = { id: "same-slug", name: "A", sector: "OTHER" };
    const path = await write("duplicate.json", { format: "placegraph-dataset/1", organisations: [org, { ...org, name: "B" }] });
    await refused(path, `${path}: 1 problem, nothing was imported:\n  organisations[1]: duplicate organisation "same-slug" (first at organisations[0])`);
  });

  it("imports several files as one dataset and names the file of each problem", async () => {
    const org = { id: "twice-defined", name: "A", sector: "OTHER" };
    const a = await write("a.json", { format: "placegraph-dataset/1", organisations: [org] });
    const b = await write("b.json", {
      format: "placegraph-dataset/1",
      organisations: [{ ...org, name: "B" }],
      boards: [{ id: "a-board", name: "A board", hostOrganisationId: "not-an-organisation" }],
    });
    const before = await tableCounts(db.prisma);
    await expect(importDatasetFiles(db.prisma, [a, b], options)).rejects.toThrow(
      "2 files: a.json, b.json: 2 problems, nothing was imported:\n" +
        '  b.json: organisations[0]: duplicate organisation "twice-defined" (first at a.json: organisations[0])\n' +
        '  b.json: boards[0].hostOrganisationId: unknown organisation "not-an-organisation"',
    );
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  it("refuses negative and non-numeric amounts, an impossible date and a wrong enum value", async () => {
    const path = await write("values.json", {
      format: "placegraph-dataset/1",
      fundingPools: [{
        id: "test-pool", name: "Test pool", kind: "LOTTERY", periodStart: "2019-02-30",
        contributions: [
          { id: "test-pool/a", contributor: "A", amount: "-5.00" },
          { id: "test-pool/b", contributor: "B", amount: "£1,000" },
          { id: "test-pool/c", contributor: "C", amount: 1000.5 },
        ],
      }],
    });
    const money = 'must be a non-negative amount written as a string with two decimals, e.g. "179502000.00"';
    await refused(
      path,
      `${path}: 5 problems, nothing was imported:\n` +
        `  fundingPools[0].kind: Invalid option: expected one of "BCF"|"IBCF"|"S256_TRANSFER"|"ITF"|"GRANT"|"CONTRACT_BUDGET"|"OTHER"\n` +
        "  fundingPools[0].periodStart: must be a real day written YYYY-MM-DD, e.g. 2019-01-14\n" +
        `  fundingPools[0].contributions[0].amount: ${money}\n` +
        `  fundingPools[0].contributions[1].amount: ${money}\n` +
        "  fundingPools[0].contributions[2].amount: Invalid input: expected string, received number",
    );
  });

  it("refuses unknown fields and a missing format", async () => {
    const path = await write("fields.json", { organisations: [{ id: "x", name: "X", sector: "OTHER", colour: "red" }] });
    await refused(path, `${path}: 2 problems, nothing was imported:\n  format: must be "placegraph-dataset/1"\n  organisations[0]: unknown field "colour"`);
  });

  it("refuses a file of 50,000 records with one bad record, naming it, and writes none of them", async () => {
    const measurements = Array.from({ length: 50_000 }, (_, i) => ({
      indicator: "good-level-of-development-age-5", area: "E08000026", period: `synthetic ${i}`,
      periodStart: "2017-04-01", periodEnd: "2018-03-31", value: i === 49_999 ? "sixty" : String(i),
    }));
    const path = await write("large.json", { format: "placegraph-dataset/1", measurements });
    await refused(path, `${path}: 1 problem, nothing was imported:\n  measurements[49999].value: must be a decimal number written as a string, e.g. "66.1"`);
  });

  it("refuses a source document that is missing or not the file the facts were checked against, and lines outside it", async () => {
    const docs = join(dir, "sources");
    const dataset = JSON.parse(await readFile(curatedFile("coventry-camhs-ltp-refresh-2023"), "utf8"));
    const path = await write("camhs.json", dataset);
    const before = await tableCounts(db.prisma);
    await expect(importDatasetFiles(db.prisma, [path], { ...options, sourcesDir: docs })).rejects.toThrow(
      `sourceDocuments[0]: cannot read ${join(docs, "002_66b854f02e2a154a.txt")} (ENOENT); set PLACEGRAPH_SOURCES_DIR to the folder holding 002_66b854f02e2a154a.txt`,
    );
    await rm(docs, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(docs));
    await writeFile(join(docs, "002_66b854f02e2a154a.txt"), "a different file\n");
    await expect(importDatasetFiles(db.prisma, [path], { ...options, sourcesDir: docs })).rejects.toThrow(
      /sourceDocuments\[0\]: .*002_66b854f02e2a154a\.txt has sha256 [0-9a-f]{64}, but the dataset expects [0-9a-f]{64}; it is not the file the facts were checked against/,
    );
    await copyFile(join(sourcesDir, "002_66b854f02e2a154a.txt"), join(docs, "002_66b854f02e2a154a.txt"));
    dataset.reports[0].source.lines = "5-158";
    const outside = await write("outside.json", dataset);
    await expect(importDatasetFiles(db.prisma, [outside], { ...options, sourcesDir: docs })).rejects.toThrow(
      "reports[0].source.lines: 5-158 lie outside source document coventry-camhs-ltp-refresh-2023, which has 157 lines",
    );
    expect(await tableCounts(db.prisma)).toEqual(before);
  });
});

describe("npm run import", () => {
  it("reports a dry run of the curated dataset, and refuses a bad file with exit code 1", async () => {
    const env = { PLACEGRAPH_DATA_DIR: "memory" };
    const dry = runScript("src/dataset/cli.ts", env, ["--dry-run", "prisma/dataset"]);
    expect(await dry.exited).toBe(0);
    expect(dry.output()).toContain(`[1/${recordTypes.length}] Area: ${await curatedCount("areas")} created, 0 updated, 0 unchanged`);
    expect(dry.output()).toMatch(new RegExp(` {2}Organisation +${await curatedCount("organisations")} +0 +0\n`));
    expect(dry.output()).toContain("Dry run: nothing was written.");

    const bad = runScript("src/dataset/cli.ts", env, ["test/no-such-file.json"]);
    expect(await bad.exited).toBe(1);
    expect(bad.output().trim()).toBe("test/no-such-file.json: 1 problem, nothing was imported:\n  no such file or folder");
    // Two processes, the first migrating an in-memory database and checking every curated record:
    // about a minute on a busy two-core machine, over vitest's default 60 s.
  }, 180_000);
});

describe.each(backends)("the importDataset mutation on %s", (backend) => {
  let hub: TestHub;
  const token = "test-admin-token-0123456789";
  let tokenConfigured = false;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  });
  /** Configures the admin token, which the gateway reads when it starts: restarts the hub once. */
  async function configureAdminToken() {
    process.env.PLACEGRAPH_ADMIN_TOKEN = token;
    if (tokenConfigured) return;
    await hub.close();
    hub = await startTestHub(backend);
    tokenConfigured = true;
  }
  afterAll(async () => {
    delete process.env.PLACEGRAPH_ADMIN_TOKEN;
    await hub?.close();
  });

  const mutation = `mutation($dataset: JSONObject!, $dryRun: Boolean) {
    importDataset(fileName: "partner-upload.json", dataset: $dataset, dryRun: $dryRun) {
      fileName dryRun importRunId types { type created updated unchanged } totals { created updated unchanged }
    }
  }`;
  const upload = {
    format: "placegraph-dataset/1",
    organisations: [{ id: "grapevine", name: "Grapevine Coventry and Warwickshire", sector: "VOLUNTARY_SECTOR", aliases: ["Grapevine"] }],
  };
  async function send(dataset: unknown, authorization?: string, dryRun = false) {
    const res = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: mutation, variables: { dataset, dryRun } }),
    });
    return { status: res.status, ...((await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
  }

  it("answers a write without credentials, or with a credential that is neither a key nor a token, 401 UNAUTHENTICATED", async () => {
    const unknownMessage = "The bearer credential is neither a known API key nor a valid token";
    const unknown = [401, [[unknownMessage, "UNAUTHENTICATED"]]];
    const anonymous = [401, [["Mutation.importDataset needs scope write:own or admin: send an API key or a signed token (Authorization: Bearer ...)", "UNAUTHENTICATED"]]];
    const outcome = (r: Awaited<ReturnType<typeof send>>) => [r.status, r.errors?.map((e) => [e.message, e.extensions?.code])];
    // No admin token configured: the token is just an unknown credential; none at all is anonymous.
    expect(outcome(await send(upload, `Bearer ${token}`))).toEqual(unknown);
    expect(outcome(await send(upload, undefined, true))).toEqual(anonymous);
    await configureAdminToken();
    expect(outcome(await send(upload))).toEqual(anonymous);
    expect(outcome(await send(upload, "Bearer wrong-token-wrong-token!!", true))).toEqual(unknown);
    // The same for a read: an unknown credential is refused, not read as anonymous.
    const read = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer not-a-key" }, body: JSON.stringify({ query: "{ organisations { totalCount } }" }) });
    expect([read.status, ((await read.json()) as { errors: { message: string }[] }).errors.map((e) => e.message)]).toEqual([401, [unknownMessage]]);
    expect(await hub.db.prisma.organisation.count({ where: { id: "grapevine" } })).toBe(0);
    expect(await hub.db.prisma.importRun.count({ where: { fileName: "partner-upload.json" } })).toBe(0);
  });

  it("imports what a partner system sends, with the same report as the command line", async () => {
    await configureAdminToken();
    const dry = await send(upload, `Bearer ${token}`, true);
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importDataset).toEqual({
      fileName: "partner-upload.json",
      dryRun: true,
      importRunId: null,
      types: [
        { type: "Organisation", created: 1, updated: 0, unchanged: 0 },
        { type: "OrganisationAlias", created: 1, updated: 0, unchanged: 0 },
      ],
      totals: { created: 2, updated: 0, unchanged: 0 },
    });
    const real = await send(upload, `Bearer ${token}`);
    expect(real.data.importDataset.importRunId).toEqual(expect.any(Number));
    expect((await hub.query(`{ organisationByName(name: "grapevine") { id sector } }`)).data).toEqual({
      organisationByName: { id: "grapevine", sector: "VOLUNTARY_SECTOR" },
    });
    const again = await send(upload, `Bearer ${token}`);
    expect(again.data.importDataset.totals).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it("refuses a bad dataset with every problem named, writing nothing", async () => {
    await configureAdminToken();
    const before = await tableCounts(hub.db.prisma);
    const bad = await send({ format: "placegraph-dataset/1", organisations: [{ id: "Bad Slug", name: "", sector: "PUB" }] }, `Bearer ${token}`);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0].extensions?.problems).toEqual([
      'dataset.organisations[0].id: must be a lower-case slug, e.g. "coventry-city-council"',
      "dataset.organisations[0].name: must not be empty",
      'dataset.organisations[0].sector: Invalid option: expected one of "LOCAL_AUTHORITY"|"DISTRICT_COUNCIL"|"COMBINED_AUTHORITY"|"CCG"|"ICB"|"NHS_TRUST"|"NHS_NATIONAL_BODY"|"POLICE"|"FIRE"|"HEALTHWATCH"|"VOLUNTARY_SECTOR"|"UNIVERSITY"|"PARTNERSHIP"|"GOVERNMENT"|"OTHER"',
    ]);
    expect(await tableCounts(hub.db.prisma)).toEqual(before);
  });
});
