// Stewardship and provenance of pushed figures (issue 16 item 6). Reproduces what was seen: with a
// write:own key, an NHS trust pushed an unsourced 70.0 for the council's school-readiness
// indicator in the council's area, and it became the indicator's latest value (AMBER instead of
// RED). Now the figure is kept as the trust's PROPOSED figure, with its import as provenance, and
// joins the official series only when the steward (the council) or an admin accepts it.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/access/keys.ts";
import { backends } from "../support/databases.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

const indicator = "good-level-of-development-age-5";
const area = "E08000026";

/** The curated indicator as the papers give it: its steward and the council's latest figure. */
function curated() {
  const dataset = JSON.parse(readFileSync(join(import.meta.dirname, "../../prisma/dataset/coventry-hwb-2019-04-08.json"), "utf8"));
  const steward = dataset.indicators.find((i: { code: string }) => i.code === indicator).steward as string;
  const figures = dataset.measurements.filter((m: { indicator: string; area: string }) => m.indicator === indicator && m.area === area);
  const latest = figures.sort((a: { periodEnd: string }, b: { periodEnd: string }) => b.periodEnd.localeCompare(a.periodEnd))[0];
  return { steward, latest };
}

/** The trust's unsourced 70.0 for the council's latest period (one more figure for that period, recorded last). */
const { period, periodStart, periodEnd } = curated().latest;
const pushed = { format: "placegraph-dataset/1", measurements: [{ indicator, area, period, periodStart, periodEnd, value: "70.0", reportedBy: "uhcw" }] };
const fileName = "uhcw-school-readiness.json";

const latestQuery = `{ indicator(code: "${indicator}") { steward { id } latestMeasurement(areaCode: "${area}") { period value standing statusAgainstTarget source { documentId firstLine } } } }`;
const proposedQuery = `{ measurements(filter: { indicatorCodes: ["${indicator}"], areaCodes: ["${area}"], standings: [PROPOSED, ACCEPTED] }) {
  items { id period value standing acceptedBy reportedBy { id } source { documentId } importRecord { id actor fileName contentHash finishedAt } } } }`;
const accept = `mutation($id: ID!, $dryRun: Boolean) { acceptMeasurement(id: $id, dryRun: $dryRun) { id standing acceptedBy } }`;
const importMutation = `mutation($dataset: JSONObject!) { importDataset(fileName: "${fileName}", dataset: $dataset) { importRunId types { type created } } }`;

describe.each(backends)("stewardship of indicators on %s", (backend) => {
  let hub: TestHub;
  let trust: string;
  let trustPrefix: string;
  let council: string;
  let councilPrefix: string;
  const post = async (query: string, variables?: Record<string, unknown>, key?: string) => {
    const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, ...((await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }) };
  };
  const refusal = (r: Awaited<ReturnType<typeof post>>) => [r.status, r.errors?.map((e) => [e.extensions?.code, e.message])];

  beforeAll(async () => {
    hub = await startTestHub(backend);
    ({ key: trust, prefix: trustPrefix } = await createKey(hub.db.prisma, "uhcw", ["write:own"], "uhcw push"));
    ({ key: council, prefix: councilPrefix } = await createKey(hub.db.prisma, "coventry-city-council", ["write:own"], "council"));
  });
  afterAll(() => hub?.close());

  it("names a steward for every curated indicator (the council for school readiness)", async () => {
    const { data } = await post(`{ indicators(limit: 500) { totalCount items { code steward { id } } } }`);
    expect(data.indicators.items.filter((i: { steward: unknown }) => !i.steward)).toEqual([]);
    expect(data.indicators.items.find((i: { code: string }) => i.code === indicator).steward).toEqual({ id: curated().steward });
    expect(curated().steward).toBe("coventry-city-council");
  });

  it("keeps another partner's pushed figure as PROPOSED, with its import as provenance, out of the official series", async () => {
    const { latest } = curated();
    const before = (await post(latestQuery)).data;
    expect(before.indicator.latestMeasurement).toEqual({
      period: latest.period, value: latest.value, standing: "OFFICIAL", statusAgainstTarget: "RED",
      source: { documentId: latest.source.document, firstLine: Number(latest.source.lines.split("-")[0]) },
    });

    const pushedAnswer = await post(importMutation, { dataset: pushed }, trust);
    expect(pushedAnswer.errors).toBeUndefined();
    expect(pushedAnswer.data.importDataset.types).toEqual([{ type: "Measurement", created: 1 }]);
    const runId = pushedAnswer.data.importDataset.importRunId as number;

    // The official series is as before: latest value, status and the default list.
    expect((await post(latestQuery)).data).toEqual(before);
    const official = await post(`{ measurements(filter: { indicatorCodes: ["${indicator}"], areaCodes: ["${area}"] }) { items { period value standing } } }`);
    const curatedFigures = JSON.parse(readFileSync(join(import.meta.dirname, "../../prisma/dataset/coventry-hwb-2019-04-08.json"), "utf8")).measurements.filter((m: { indicator: string; area: string }) => m.indicator === indicator && m.area === area);
    expect(official.data.measurements.items.map((m: { value: string }) => m.value).sort()).toEqual(curatedFigures.map((m: { value: string }) => m.value).sort());
    expect(official.data.measurements.items.every((m: { standing: string }) => m.standing === "OFFICIAL")).toBe(true);

    // The figure is kept, shown as the trust's, with the import that wrote it.
    const run = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: runId } });
    const { data } = await post(proposedQuery);
    expect(data.measurements.items).toEqual([
      {
        id: expect.any(String), period, value: "70", standing: "PROPOSED", acceptedBy: null, reportedBy: { id: "uhcw" }, source: null,
        importRecord: { id: runId, actor: `key:${trustPrefix}:uhcw`, fileName, contentHash: createHash("sha256").update(JSON.stringify(pushed)).digest("hex"), finishedAt: run.finishedAt.toISOString() },
      },
    ]);
    const reported = await post(`{ organisation(id: "uhcw") { official: reportedMeasurements { period } proposed: reportedMeasurements(standings: [PROPOSED]) { period value } } }`);
    expect(reported.data.organisation.proposed).toEqual([{ period, value: "70" }]);
    expect(reported.data.organisation.official).toEqual([]);
  });

  it("lets only the steward or an admin accept it (a dry run writes nothing), and then it is the latest value", async () => {
    const { data } = await post(proposedQuery);
    const id = data.measurements.items[0].id as string;
    const stored = () => hub.db.prisma.measurement.findUniqueOrThrow({ where: { id: Number(id) }, select: { standing: true, acceptedBy: true } });

    expect(refusal(await post(accept, { id }))).toEqual([401, [["UNAUTHENTICATED", "Mutation.acceptMeasurement needs scope write:own or admin: send an API key or a signed token (Authorization: Bearer ...)"]]]);
    expect(refusal(await post(accept, { id }, trust))).toEqual([
      200, [["FORBIDDEN", `Only the steward of ${indicator} (coventry-city-council) or an admin may accept its figures, not uhcw: nothing was accepted`]],
    ]);
    expect(refusal(await post(accept, { id: "999999999" }, council))).toEqual([200, [["BAD_USER_INPUT", "There is no measurement 999999999 you can see: nothing was accepted"]]]);
    expect(await stored()).toEqual({ standing: "PROPOSED", acceptedBy: null });

    const actor = `key:${councilPrefix}:coventry-city-council`;
    const dry = await post(accept, { id, dryRun: true }, council);
    expect(dry.data).toEqual({ acceptMeasurement: { id, standing: "ACCEPTED", acceptedBy: actor } });
    expect(await stored()).toEqual({ standing: "PROPOSED", acceptedBy: null });
    expect((await post(latestQuery)).data.indicator.latestMeasurement.value).toBe(curated().latest.value);

    const real = await post(accept, { id }, council);
    expect(real.data).toEqual({ acceptMeasurement: { id, standing: "ACCEPTED", acceptedBy: actor } });
    expect(await stored()).toEqual({ standing: "ACCEPTED", acceptedBy: actor });
    // Accepted, it is the official latest value (recorded last for the period): AMBER against the target, as the issue saw.
    expect((await post(latestQuery)).data.indicator.latestMeasurement).toEqual({ period, value: "70", standing: "ACCEPTED", statusAgainstTarget: "AMBER", source: null });
    expect(refusal(await post(accept, { id }, council))).toEqual([200, [["BAD_USER_INPUT", `Measurement ${id} is ACCEPTED, not PROPOSED: nothing to accept`]]]);

    // Pushed again unchanged, it stays accepted; changed, it is proposed afresh.
    await post(importMutation, { dataset: pushed }, trust);
    expect(await stored()).toEqual({ standing: "ACCEPTED", acceptedBy: actor });
    const changed = { ...pushed, measurements: [{ ...pushed.measurements[0], value: "71.0" }] };
    expect((await post(importMutation, { dataset: changed }, trust)).errors).toBeUndefined();
    expect(await stored()).toEqual({ standing: "PROPOSED", acceptedBy: null });
    expect((await post(latestQuery)).data.indicator.latestMeasurement.value).toBe(curated().latest.value);
  });

  it("refuses a dataset whose indicator names no steward, naming the record", async () => {
    const dataset = { format: "placegraph-dataset/1", indicators: [{ code: "no-steward", name: "No steward", unit: "COUNT", polarity: "NO_JUDGEMENT" }] };
    const admin = (await createKey(hub.db.prisma, "coventry-city-council", ["admin"], "admin")).key;
    const answer = await post(`mutation($dataset: JSONObject!) { importDataset(fileName: "no-steward.json", dataset: $dataset) { importRunId } }`, { dataset }, admin);
    expect(answer.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["BAD_USER_INPUT", expect.stringContaining("indicators[0].steward")]]);
    expect(await hub.db.prisma.indicator.count({ where: { code: "no-steward" } })).toBe(0);
  });
});
