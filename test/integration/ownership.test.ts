// write:own through the importDataset mutation: a partner's key or a person's token creates and
// changes only the records its organisation reported or owns (src/dataset/ownership.ts); anything
// else refuses the whole dataset (FORBIDDEN, each offending record named, nothing written, the
// attempt audited), checked against what is stored; admin scope and the admin token write all.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/access/keys.ts";
import { signToken } from "../../src/access/tokens.ts";
import { curatedDatasetDir } from "../../src/dataset/curated.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { backends } from "../support/databases.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

// Read by the gateway when it starts (tokens) and by the mutation on each request (admin token).
const jwtSecret = "test-jwt-secret-0123456789-0123456789";
const adminToken = "test-admin-token-0123456789";
process.env.PLACEGRAPH_JWT_SECRET = jwtSecret;
process.env.PLACEGRAPH_ADMIN_TOKEN = adminToken;

const mutation = `mutation($fileName: String!, $dataset: JSONObject!, $dryRun: Boolean) {
  importDataset(fileName: $fileName, dataset: $dataset, dryRun: $dryRun) {
    importRunId dryRun types { type created updated unchanged } totals { created updated unchanged }
  }
}`;

interface Answer {
  data?: { importDataset: { importRunId: number | null; dryRun: boolean; types: unknown[]; totals: unknown } } | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

async function importAs(url: string, authorization: string, fileName: string, records: Record<string, unknown>, dryRun = false): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body: JSON.stringify({ query: mutation, variables: { fileName, dataset: { format: "placegraph-dataset/1", ...records }, dryRun } }),
  });
  return (await res.json()) as Answer;
}

/** The one error of a refused import: [code, message]. */
const refusal = (answer: Answer) => answer.errors?.map((e) => [e.extensions?.code, e.message]);

// CWPT (cwpt) writes; Coventry and Rugby CCG (coventry-and-rugby-ccg) reported the CAMHS figures
// the curated dataset holds at line 2676 of the 14 January 2019 pack.
const ccgFigure = {
  indicator: "camhs-routine-referral-to-treatment-18-weeks", area: "E08000026", period: "17/18", periodStart: "2017-04-01", periodEnd: "2018-03-31",
  value: "97.6", reportedBy: "coventry-and-rugby-ccg", source: { document: "coventry-hwb-2019-01-14", lines: "2676", asWritten: "97.6%" },
};
const ccgFigureLabel = "indicator camhs-routine-referral-to-treatment-18-weeks, area E08000026, 17/18";
const cwptFigure = (period: string, value: string) => ({
  indicator: "camhs-referrals", area: "E38000038", period, periodStart: `${period.slice(0, 4)}-04-01`, periodEnd: `${Number(period.slice(0, 4)) + 1}-03-31`,
  value, reportedBy: "cwpt",
});

async function storedCcgFigure(prisma: PrismaClient) {
  const row = await prisma.measurement.findFirstOrThrow({
    where: { indicatorCode: ccgFigure.indicator, areaCode: ccgFigure.area, period: "17/18", sourceDocumentId: "coventry-hwb-2019-01-14", sourceFirstLine: 2676 },
  });
  return { value: row.value.toString(), reportedById: row.reportedById };
}

/** Rows of the tables these tests write, to prove a refused import wrote nothing. */
async function counts(prisma: PrismaClient) {
  return {
    area: await prisma.area.count(),
    person: await prisma.person.count(),
    organisation: await prisma.organisation.count(),
    fundingPool: await prisma.fundingPool.count(),
    contribution: await prisma.contribution.count(),
    strategy: await prisma.strategy.count(),
    strategyOwnership: await prisma.strategyOwnership.count(),
    measurement: await prisma.measurement.count(),
    importRun: await prisma.importRun.count(),
  };
}

/** The pool as the curated dataset holds it, without its contributions, allocations and stated totals. */
async function curatedPool(id: string) {
  const file = JSON.parse(await readFile(join(curatedDatasetDir, "coventry-hwb-2019-01-14.json"), "utf8"));
  const { contributions, allocations, statedTotals, ...pool } = file.fundingPools.find((p: { id: string }) => p.id === id);
  return pool;
}

async function curatedStrategy(id: string) {
  const file = JSON.parse(await readFile(join(curatedDatasetDir, "coventry-hwb-2019-04-08.json"), "utf8"));
  return file.strategies.find((s: { id: string }) => s.id === id);
}

describe.each(backends)("write:own imports on %s", (backend) => {
  let hub: TestHub;
  let cwpt: string;
  let prefix: string;
  beforeAll(async () => {
    hub = await startTestHub(backend);
    const key = await createKey(hub.db.prisma, "cwpt", ["read:public", "write:own"], "figures");
    cwpt = `Bearer ${key.key}`;
    prefix = key.prefix;
  });
  afterAll(async () => {
    await hub?.close();
  });

  /** Imports as CWPT's key and expects the refusal, with nothing written but the audit record of the attempt. */
  async function refusedForCwpt(fileName: string, records: Record<string, unknown>, message: string) {
    const before = await counts(hub.db.prisma);
    const figure = await storedCcgFigure(hub.db.prisma);
    const answer = await importAs(hub.url, cwpt, fileName, records);
    expect(refusal(answer)).toEqual([["FORBIDDEN", message]]);
    expect(answer.data).toBeNull();
    expect(await counts(hub.db.prisma)).toEqual({ ...before, importRun: before.importRun + 1 });
    expect(await storedCcgFigure(hub.db.prisma)).toEqual(figure);
    const attempt = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: answer.errors![0].extensions!.importRunId } });
    expect([attempt.actor, attempt.fileName, attempt.refusal, attempt.counts]).toEqual([
      `key:${prefix}:cwpt`, fileName, message, { types: [], totals: { created: 0, updated: 0, unchanged: 0 } },
    ]);
    return answer;
  }

  it("lets a write:own key import its organisation's own measurements, audited with the key", async () => {
    const records = { measurements: [cwptFigure("2018/19", "3901"), cwptFigure("2019/20", "4012")] };
    const answer = await importAs(hub.url, cwpt, "cwpt-referrals.json", records);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importDataset).toMatchObject({
      dryRun: false,
      types: [{ type: "Measurement", created: 2, updated: 0, unchanged: 0 }],
      totals: { created: 2, updated: 0, unchanged: 0 },
    });
    const run = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: answer.data!.importDataset.importRunId! } });
    expect([run.actor, run.fileName, run.refusal]).toEqual([`key:${prefix}:cwpt`, "cwpt-referrals.json", null]);
    const stored = await hub.db.prisma.measurement.findMany({ where: { reportedById: "cwpt", period: { in: ["2018/19", "2019/20"] } }, orderBy: { period: "asc" } });
    expect(stored.map((m) => [m.indicatorCode, m.areaCode, m.period, m.value.toString()])).toEqual([
      ["camhs-referrals", "E38000038", "2018/19", "3901"],
      ["camhs-referrals", "E38000038", "2019/20", "4012"],
    ]);

    // Its own figure corrected: updated in place.
    const corrected = await importAs(hub.url, cwpt, "cwpt-referrals.json", { measurements: [cwptFigure("2018/19", "3902"), cwptFigure("2019/20", "4012")] });
    expect(corrected.data!.importDataset.totals).toEqual({ created: 0, updated: 1, unchanged: 1 });
  });

  it("one partner cannot change another's figures", async () => {
    expect(await storedCcgFigure(hub.db.prisma)).toEqual({ value: "97.6", reportedById: "coventry-and-rugby-ccg" });
    // A different value for the CCG's figure (found by its natural key), as the CCG's...
    await refusedForCwpt(
      "ccg-figure.json",
      { measurements: [{ ...ccgFigure, value: "99.9" }] },
      `ccg-figure.json: 1 record is not cwpt's to write, nothing was imported:\n  measurements[0] (${ccgFigureLabel}): reported by coventry-and-rugby-ccg, not cwpt`,
    );
    // ...or claimed as its own: the stored record's owner decides.
    await refusedForCwpt(
      "ccg-figure.json",
      { measurements: [{ ...ccgFigure, reportedBy: "cwpt" }] },
      `ccg-figure.json: 1 record is not cwpt's to write, nothing was imported:\n  measurements[0] (${ccgFigureLabel}): already reported by coventry-and-rugby-ccg, not cwpt`,
    );
    // A new figure in the CCG's name.
    await refusedForCwpt(
      "ccg-new.json",
      { measurements: [{ ...ccgFigure, period: "18/19", periodStart: "2018-04-01", periodEnd: "2019-03-31", value: "98.0" }] },
      "ccg-new.json: 1 record is not cwpt's to write, nothing was imported:\n" +
        "  measurements[0] (indicator camhs-routine-referral-to-treatment-18-weeks, area E08000026, 18/19): reported by coventry-and-rugby-ccg, not cwpt",
    );
    // The figure sent exactly as stored changes nothing, so it is not a write.
    const same = await importAs(hub.url, cwpt, "ccg-figure.json", { measurements: [ccgFigure] });
    expect(same.errors).toBeUndefined();
    expect(same.data!.importDataset.totals).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await storedCcgFigure(hub.db.prisma)).toEqual({ value: "97.6", reportedById: "coventry-and-rugby-ccg" });
  });

  it("refuses a dataset mixing its own and another's records whole, and a dry run says the same", async () => {
    const records = { measurements: [cwptFigure("2020/21", "4100"), { ...ccgFigure, value: "50" }] };
    const message = `mixed.json: 1 record is not cwpt's to write, nothing was imported:\n  measurements[1] (${ccgFigureLabel}): reported by coventry-and-rugby-ccg, not cwpt`;
    await refusedForCwpt("mixed.json", records, message);
    expect(await hub.db.prisma.measurement.count({ where: { reportedById: "cwpt", period: "2020/21" } })).toBe(0);

    const before = await counts(hub.db.prisma);
    const dry = await importAs(hub.url, cwpt, "mixed.json", records, true);
    expect(refusal(dry)).toEqual([["FORBIDDEN", message]]);
    // Refused dry runs are audited too (docs/integrity.md): one ImportRun, nothing else.
    expect(dry.errors![0].extensions).toMatchObject({ records: [message.split("\n  ")[1]], importRunId: expect.any(Number) });
    expect(await counts(hub.db.prisma)).toEqual({ ...before, importRun: before.importRun + 1 });
    const run = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: dry.errors![0].extensions!.importRunId as number } });
    expect(run).toMatchObject({ dryRun: true, refusal: message });
  });

  it("leaves areas and people (no organisation's records) to admin", async () => {
    await refusedForCwpt(
      "reference.json",
      { areas: [{ code: "E08000099", name: "Nowhere", type: "METROPOLITAN_DISTRICT" }], people: [{ id: "new-person", name: "New Person" }] },
      "reference.json: 2 records are not cwpt's to write, nothing was imported:\n" +
        "  areas[0] (area E08000099): areas belong to no organisation: only admin may write them\n" +
        "  people[0] (person new-person): people belong to no organisation: only admin may write them",
    );
    // Another organisation's own record, too.
    await refusedForCwpt(
      "ccg-record.json",
      { organisations: [{ id: "coventry-and-rugby-ccg", name: "Renamed", sector: "CCG" }] },
      "ccg-record.json: 1 record is not cwpt's to write, nothing was imported:\n" +
        "  organisations[0] (organisation coventry-and-rugby-ccg): the record of coventry-and-rugby-ccg, not cwpt",
    );
  });

  it("lets a partner add its own contribution to a pool it does not host, sent as stored, and nothing else of the pool", async () => {
    const pool = await curatedPool("coventry-bcf-2017-19");
    const own = { id: "coventry-bcf-2017-19/cwpt", contributor: "CWPT resource", organisationId: "cwpt", amount: "1000000.00", financialYear: "2018/19" };
    const added = await importAs(hub.url, cwpt, "cwpt-bcf.json", { fundingPools: [{ ...pool, contributions: [own] }] });
    expect(added.errors).toBeUndefined();
    expect(added.data!.importDataset.types).toEqual([
      { type: "FundingPool", created: 0, updated: 0, unchanged: 1 },
      { type: "Contribution", created: 1, updated: 0, unchanged: 0 },
    ]);
    const stored = await hub.db.prisma.contribution.findUniqueOrThrow({ where: { id: own.id } });
    expect([stored.poolId, stored.organisationId, stored.amount.toFixed(2)]).toEqual(["coventry-bcf-2017-19", "cwpt", "1000000.00"]);

    const ccg = await hub.db.prisma.contribution.findUniqueOrThrow({ where: { id: "coventry-bcf-2017-19/coventry-and-rugby-ccg" } });
    await refusedForCwpt(
      "cwpt-bcf.json",
      {
        fundingPools: [{
          ...pool, total: "1.00",
          contributions: [{ ...own, amount: "2000000.00" }, { id: ccg.id, contributor: ccg.contributor, organisationId: "coventry-and-rugby-ccg", amount: "1.00" }],
        }],
      },
      "cwpt-bcf.json: 2 records are not cwpt's to write, nothing was imported:\n" +
        "  fundingPools[0] (funding pool coventry-bcf-2017-19): hosted by no organisation: only admin may write it\n" +
        "  fundingPools[0].contributions[1] (contribution coventry-bcf-2017-19/coventry-and-rugby-ccg): contributed by coventry-and-rugby-ccg, not cwpt",
    );
    expect((await hub.db.prisma.contribution.findUniqueOrThrow({ where: { id: own.id } })).amount.toFixed(2)).toBe("1000000.00");
    expect((await hub.db.prisma.fundingPool.findUniqueOrThrow({ where: { id: pool.id } })).total?.toFixed(2)).toBe("179502000.00");
  });

  it("lets a partner write its own strategy, but not make itself an owner of another's", async () => {
    const mine = await importAs(hub.url, cwpt, "cwpt-strategy.json", {
      strategies: [{
        id: "cwpt-camhs-plan-2020", title: "CWPT CAMHS plan 2020", kind: "PLAN", status: "DRAFT",
        owners: [{ organisationId: "cwpt" }], priorities: [{ position: 1, title: "Shorter waits" }],
      }],
    });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.importDataset.totals).toEqual({ created: 3, updated: 0, unchanged: 0 });

    const theirs = await curatedStrategy("coventry-health-and-wellbeing-strategy-2019-2022");
    await refusedForCwpt(
      "hwb-strategy.json",
      { strategies: [{ ...theirs, owners: [...theirs.owners, { organisationId: "cwpt" }] }] },
      "hwb-strategy.json: 1 record is not cwpt's to write, nothing was imported:\n" +
        "  strategies[0].owners[2] (strategy ownership coventry-health-and-wellbeing-strategy-2019-2022, cwpt): owned by coventry-and-rugby-ccg and coventry-city-council, not cwpt",
    );
    expect(await hub.db.prisma.strategyOwnership.count({ where: { strategyId: theirs.id } })).toBe(2);
  });

  it("follows a nested record's parent: its own board's meetings, agendas and reports, not another's", async () => {
    const meeting = (id: string, boardId: string) => ({
      id, boardId, date: "2020-01-15", status: "SCHEDULED", agendaItems: [{ id: `${id}-1`, order: "1", number: 1, title: "Waiting times" }],
    });
    const report = (id: string, agendaItemId: string) => ({ id, title: "Waiting times report", agendaItemId, recommendations: [{ text: "Note the report" }] });
    const own = await importAs(hub.url, cwpt, "cwpt-board.json", {
      boards: [{ id: "cwpt-quality-committee", name: "CWPT Quality Committee", hostOrganisationId: "cwpt" }],
      meetings: [meeting("cwpt-qc-2020-01-15", "cwpt-quality-committee")],
      reports: [report("cwpt-qc-2020-01-15-waits", "cwpt-qc-2020-01-15-1")],
    });
    expect(own.errors).toBeUndefined();
    expect(own.data!.importDataset.types).toEqual(
      ["Board", "Meeting", "AgendaItem", "Report", "Recommendation"].map((type) => ({ type, created: 1, updated: 0, unchanged: 0 })),
    );

    await refusedForCwpt(
      "council-board.json",
      {
        boards: [{ id: "cwpt-quality-committee", name: "CWPT Quality Committee", hostOrganisationId: "coventry-city-council" }],
        meetings: [meeting("coventry-hwb-2020-01-15", "coventry-health-and-wellbeing-board")],
        reports: [report("coventry-hwb-2020-01-15-waits", "coventry-hwb-2020-01-15-1")],
        programmes: [{ id: "ccg-waits", kind: "PROGRAMME", name: "Waits", status: "ACTIVE", leadOrganisationId: "coventry-and-rugby-ccg" }],
        grants: [{ id: "ccg-grant-1", title: "Grant", funderId: "coventry-and-rugby-ccg", recipientId: "cwpt", amountAwarded: "10.00" }],
        indicators: [{ code: "cwpt-waits", name: "Waits", unit: "DAYS", polarity: "LOW_IS_GOOD", steward: "cwpt" }],
        targets: [{ indicator: "camhs-referrals", area: "E38000038", period: "2020/21", periodStart: "2020-04-01", value: "3000" }],
      },
      "council-board.json: 9 records are not cwpt's to write, nothing was imported:\n" +
        [
          "boards[0] (board cwpt-quality-committee): hosted by coventry-city-council, not cwpt",
          "meetings[0] (meeting coventry-hwb-2020-01-15): of a board hosted by coventry-city-council, not cwpt",
          "meetings[0].agendaItems[0] (agenda item coventry-hwb-2020-01-15-1): at a meeting of a board hosted by coventry-city-council, not cwpt",
          "reports[0] (report coventry-hwb-2020-01-15-waits): for a meeting of a board hosted by coventry-city-council, not cwpt",
          "reports[0].recommendations[0] (recommendation coventry-hwb-2020-01-15-waits, 1): for a meeting of a board hosted by coventry-city-council, not cwpt",
          "programmes[0] (programme ccg-waits): led by coventry-and-rugby-ccg, not cwpt",
          "grants[0] (grant ccg-grant-1): funded by coventry-and-rugby-ccg, not cwpt",
          "indicators[0] (indicator cwpt-waits): indicators belong to no organisation: only admin may write them",
          "targets[0] (indicator camhs-referrals, area E38000038, 2020/21): set by no organisation: only admin may write it",
        ].map((line) => `  ${line}`).join("\n"),
    );
  });

  it("refuses an agenda item added to another's meeting (sent as stored), even where writing it would fail anyway", async () => {
    const file = JSON.parse(await readFile(join(curatedDatasetDir, "coventry-hwb-2019-04-08.json"), "utf8"));
    const stored = file.meetings.find((m: { id: string }) => m.id === "coventry-hwb-2019-04-08");
    // Numbered 1 in this file, the item collides with the meeting's stored first item: the
    // write fails, and the caller is told why it was not allowed rather than of the collision.
    const added = { id: "coventry-hwb-2019-04-08-item-cwpt", order: "99", number: 99, title: "CWPT's item" };
    await refusedForCwpt(
      "hwb-agenda.json",
      { meetings: [{ ...stored, agendaItems: [added], attendance: [], minuteItems: [], declarations: [] }] },
      "hwb-agenda.json: 1 record is not cwpt's to write, nothing was imported:\n" +
        "  meetings[0].agendaItems[0] (agenda item coventry-hwb-2019-04-08-item-cwpt): at a meeting of a board hosted by coventry-city-council, not cwpt",
    );
    expect(await hub.db.prisma.agendaItem.count({ where: { meetingId: "coventry-hwb-2019-04-08" } })).toBe(16);
  });

  it("lets a partner record its own officers' contact details, not another organisation's", async () => {
    const contact = (organisationId: string) => ({ personId: "liz-knight", type: "EMAIL", value: "liz.knight@example.nhs.uk", organisationId });
    await refusedForCwpt(
      "cwpt-contacts.json",
      { contactDetails: [contact("coventry-city-council")] },
      "cwpt-contacts.json: 1 record is not cwpt's to write, nothing was imported:\n  contactDetails[0] (contact detail liz-knight, EMAIL, liz.knight@example.nhs.uk): of an officer of coventry-city-council, not cwpt",
    );
    const answer = await importAs(hub.url, cwpt, "cwpt-contacts.json", { contactDetails: [contact("cwpt")] });
    expect(answer.data!.importDataset.totals).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });

  it("names at most 20 refused records in the message and all of them in extensions.records", async () => {
    const foreign = Array.from({ length: 25 }, (_, i) => ({ ...ccgFigure, period: `P${i + 1}`, value: "1" }));
    const lines = foreign.map((_, i) => `measurements[${i}] (indicator camhs-routine-referral-to-treatment-18-weeks, area E08000026, P${i + 1}): reported by coventry-and-rugby-ccg, not cwpt`);
    const answer = await refusedForCwpt(
      "many.json",
      { measurements: foreign },
      `many.json: 25 records are not cwpt's to write, nothing was imported:\n  ${lines.slice(0, 20).join("\n  ")}\n  ... and 5 more`,
    );
    expect(answer.errors![0].extensions!.records).toEqual(lines);
  });

  it("lets an admin-scope key and the admin token write every organisation's records", async () => {
    const admin = await createKey(hub.db.prisma, "cwpt", ["admin"]);
    const changed = await importAs(hub.url, `Bearer ${admin.key}`, "ccg-figure.json", { measurements: [{ ...ccgFigure, value: "99.9" }] });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.importDataset.types).toEqual([{ type: "Measurement", created: 0, updated: 1, unchanged: 0 }]);
    expect(await storedCcgFigure(hub.db.prisma)).toEqual({ value: "99.9", reportedById: "coventry-and-rugby-ccg" });
    const byKey = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: changed.data!.importDataset.importRunId! } });
    expect(byKey.actor).toBe(`key:${admin.prefix}:cwpt`);

    const reference = { areas: [{ code: "E08000099", name: "Nowhere", type: "METROPOLITAN_DISTRICT" }], measurements: [ccgFigure] };
    const restored = await importAs(hub.url, `Bearer ${adminToken}`, "ccg-figure.json", reference);
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.importDataset.types).toEqual([
      { type: "Area", created: 1, updated: 0, unchanged: 0 },
      { type: "Measurement", created: 0, updated: 1, unchanged: 0 },
    ]);
    expect(await storedCcgFigure(hub.db.prisma)).toEqual({ value: "97.6", reportedById: "coventry-and-rugby-ccg" });
    const byToken = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: restored.data!.importDataset.importRunId! } });
    expect(byToken.actor).toBe("graphql:admin");
  });

  it("treats a person's token with write:own like a key of their organisation, audited as the person", async () => {
    const token = await signToken(jwtSecret, { subject: "jane-doe", organisationId: "cwpt", scopes: ["write:own"], audience: "placegraph", expiresIn: "10m" });
    const own = await importAs(hub.url, `Bearer ${token}`, "jane.json", { measurements: [cwptFigure("2021/22", "4200")] });
    expect(own.errors).toBeUndefined();
    expect(own.data!.importDataset.totals).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const run = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: own.data!.importDataset.importRunId! } });
    expect(run.actor).toBe("token:jane-doe:cwpt");

    const before = await counts(hub.db.prisma);
    const foreign = await importAs(hub.url, `Bearer ${token}`, "jane.json", { measurements: [{ ...ccgFigure, value: "1" }] });
    const message = `jane.json: 1 record is not cwpt's to write, nothing was imported:\n  measurements[0] (${ccgFigureLabel}): reported by coventry-and-rugby-ccg, not cwpt`;
    expect(refusal(foreign)).toEqual([["FORBIDDEN", message]]);
    expect(await counts(hub.db.prisma)).toEqual({ ...before, importRun: before.importRun + 1 });
    expect(await storedCcgFigure(hub.db.prisma)).toEqual({ value: "97.6", reportedById: "coventry-and-rugby-ccg" });
    const attempt = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: foreign.errors![0].extensions!.importRunId } });
    expect([attempt.actor, attempt.refusal]).toEqual(["token:jane-doe:cwpt", message]);
  });
});
