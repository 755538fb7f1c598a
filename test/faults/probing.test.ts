// No probing through imports: a write:own partner cannot learn whether another partner's hidden
// record (a DRAFT or below-publication figure) exists or what it holds. Sending it, with the
// right value or a guessed wrong one, dry run or not, is refused in the same words as sending a
// record that does not exist; and every refused attempt, dry runs included, leaves an audit
// record (ImportRun with its refusal).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/access/keys.ts";
import { backends } from "../support/databases.ts";
import { postGraphQL, startTestHub, type TestHub } from "../support/hub.ts";

const adminToken = "test-admin-token-0123456789";
process.env.PLACEGRAPH_ADMIN_TOKEN = adminToken;

const mutation = `mutation($dataset: JSONObject!, $dryRun: Boolean) {
  importDataset(fileName: "probe.json", dataset: $dataset, dryRun: $dryRun) { importRunId totals { created updated unchanged } }
}`;

// The CCG's hidden draft: CAMHS referrals for its area in a future year, not yet published.
const draft = (value: string, period = "2029/30") => ({
  indicator: "camhs-referrals", area: "E38000038", period, periodStart: `${period.slice(0, 4)}-04-01`, periodEnd: `${Number(period.slice(0, 4)) + 1}-03-31`,
  value, reportedBy: "coventry-and-rugby-ccg", publication: "DRAFT",
});

const send = (hub: TestHub, authorization: string, measurement: object, dryRun: boolean) =>
  postGraphQL(hub.url, mutation, { dataset: { format: "placegraph-dataset/1", measurements: [measurement] }, dryRun }, { authorization });

/** What the caller learns: the error's code and message (the audit record's id aside). */
const learnt = (answer: Awaited<ReturnType<typeof send>>) => ({ data: answer.data ?? null, errors: answer.errors?.map((e) => [e.extensions?.code, e.message]) });

describe.each(backends)("probing another partner's hidden figure on %s", (backend) => {
  let hub: TestHub;
  let cwpt: string;
  beforeAll(async () => {
    hub = await startTestHub(backend);
    cwpt = `Bearer ${(await createKey(hub.db.prisma, "cwpt", ["write:own"], "probe test")).key}`;
    const stored = await send(hub, `Bearer ${adminToken}`, draft("42"), false);
    expect(stored.errors).toBeUndefined();
  });
  afterAll(() => hub?.close());

  it("answers the right guess, a wrong guess and a figure that is not there alike, dry run or not", async () => {
    const refusal = (period: string) => [
      "FORBIDDEN",
      `probe.json: 1 record is not cwpt's to write, nothing was imported:\n  measurements[0] (indicator camhs-referrals, area E38000038, ${period}): reported by coventry-and-rugby-ccg, not cwpt`,
    ];
    for (const dryRun of [true, false]) {
      expect(learnt(await send(hub, cwpt, draft("42"), dryRun))).toEqual({ data: null, errors: [refusal("2029/30")] });
      expect(learnt(await send(hub, cwpt, draft("43"), dryRun))).toEqual({ data: null, errors: [refusal("2029/30")] });
      expect(learnt(await send(hub, cwpt, draft("42", "2028/29"), dryRun))).toEqual({ data: null, errors: [refusal("2028/29")] });
    }
  });

  it("audits every refused attempt, dry runs included, and stores nothing of them", async () => {
    const before = await hub.db.prisma.importRun.count();
    const answer = await send(hub, cwpt, draft("43"), true);
    expect(answer.errors?.[0].extensions?.importRunId).toEqual(expect.any(Number));
    const run = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: answer.errors![0].extensions!.importRunId as number } });
    expect(run).toMatchObject({ actor: expect.stringMatching(/^key:pgk_\w+:cwpt$/), fileName: "probe.json", dryRun: true, refusal: answer.errors![0].message });
    expect(await hub.db.prisma.importRun.count()).toBe(before + 1);
    const stored = await hub.db.prisma.measurement.findMany({ where: { indicatorCode: "camhs-referrals", areaCode: "E38000038", period: { in: ["2028/29", "2029/30"] } } });
    expect(stored.map((m) => [m.period, m.value.toString(), m.publication])).toEqual([["2029/30", "42", "DRAFT"]]);
  });
});
