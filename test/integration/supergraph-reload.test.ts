// The running hub picks up a newly published supergraph without a restart: a field the partner
// publishes answers within a few polls, no request fails while the gateway switches under a
// small bounded load, the log says what changed, and a broken file keeps the previous supergraph.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRegistry, PUBLISHED_DIR } from "../../federation/registry.ts";
import { checkSubgraph, publishSubgraph } from "../../federation/subgraph-check.ts";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { createLogger } from "../../src/log.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL } from "../support/hub.ts";
import { hubSecret, partnerSecrets, type PoliceProcess, policeSchemaFile, registryWithUnpublishedPolice, startPoliceProcess } from "../support/partners.ts";

const programmeFigures = /\n  """Figures West Midlands Police reports for this programme, by id."""\n  policeFigures: \[PoliceFigure!\]\n/;

async function publishPolice(dir: string, sdl: string) {
  const registry = await loadRegistry(dir);
  const result = await checkSubgraph(registry, "police", "police.graphql", sdl);
  expect(result.refusals).toEqual([]);
  await publishSubgraph(registry, result, sdl);
}

const logged: string[] = [];
const levels: Record<number, string> = { 20: "debug", 30: "info", 40: "warn", 50: "error" };
const log = createLogger({ level: "info", destination: { write: (line: string) => void logged.push(`${levels[JSON.parse(line).level]} ${JSON.parse(line).msg}`) } });

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const found = await probe();
    if (found !== null) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Not within ${timeoutMs} ms: ${what}`);
}

describe("reloading a published supergraph", () => {
  let police: PoliceProcess;
  let dir: string;
  let file: string;
  let db: TestDatabase;
  let hub: HttpHost;
  let fullSdl: string;

  beforeAll(async () => {
    police = await startPoliceProcess();
    dir = await registryWithUnpublishedPolice(police.url);
    file = join(dir, PUBLISHED_DIR, "supergraph.graphql");
    fullSdl = await readFile(policeSchemaFile, "utf8");
    await publishPolice(dir, fullSdl.replace(programmeFigures, "\n"));
    db = await openTestDatabase("pglite", { data: "curated" });
    hub = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, supergraphFile: file, supergraphPollMs: 200, subgraphSecret: hubSecret, partnerSecrets, log });
  }, 300_000);

  afterAll(async () => {
    await hub?.close();
    await db?.dispose();
    await police?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("answers a newly published field without a restart, with no failed request during the switch", async () => {
    const newField = '{ programme(id: "multiple-complex-needs") { policeFigures { id value } } }';
    const before = await postGraphQL(hub.url, newField);
    expect(before.errors?.[0].message).toBe('Cannot query field "policeFigures" on type "Programme".');

    // Four callers, each at most 150 requests, asking what both supergraphs answer.
    const steady = '{ area(code: "E08000026") { policeFigures { id value } fundingPools { id total } } }';
    let switched = false;
    const outcomes: { status: number; ok: boolean; afterSwitch: boolean; errors?: unknown[] }[] = [];
    const caller = async () => {
      for (let i = 0; i < 150 && !(switched && outcomes.filter((o) => o.afterSwitch).length >= 40); i++) {
        const afterSwitch = switched;
        const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: steady }) });
        const body = (await res.json()) as { data?: { area: { policeFigures: unknown[]; fundingPools: unknown[] } }; errors?: unknown[] };
        const ok = !body.errors && body.data?.area.policeFigures.length === 4 && body.data.area.fundingPools.length === 3;
        outcomes.push({ status: res.status, ok, afterSwitch, ...(ok ? {} : { errors: body.errors }) });
      }
    };
    const load = Promise.all([caller(), caller(), caller(), caller()]);
    await until("some requests before publishing", async () => (outcomes.length >= 20 ? true : null));
    await publishPolice(dir, fullSdl);
    const answered = await until("the new field answered", async () => {
      const res = await postGraphQL(hub.url, newField);
      return res.errors ? null : res;
    });
    switched = true;
    await load;

    expect(answered.data.programme.policeFigures).toEqual([
      { id: "mcn-projects", value: "6" },
      { id: "meam-approach-areas", value: "27" },
    ]);
    expect(outcomes.filter((o) => o.status !== 200 || !o.ok)).toEqual([]);
    expect(outcomes.filter((o) => !o.afterSwitch).length).toBeGreaterThanOrEqual(20);
    expect(outcomes.filter((o) => o.afterSwitch).length).toBeGreaterThanOrEqual(1);
    expect(logged).toContain(`info ${file} changed: loading the new supergraph (funding, governance, outcomes, partners, police, programmes)`);
    expect(logged).toContain(`info Serving the supergraph of ${file}: added Programme.policeFigures; removed nothing`);
  }, 180_000);

  it("keeps serving the previous supergraph when the file is broken, and says so", async () => {
    const good = await readFile(file, "utf8");
    await writeFile(file, "this is not a supergraph");
    await until("the broken file logged", async () => (logged.some((l) => l.startsWith(`error ${file}: not valid GraphQL`)) ? true : null));
    const res = await postGraphQL(hub.url, '{ programme(id: "multiple-complex-needs") { policeFigures { id } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.programme.policeFigures).toHaveLength(2);
    expect(logged.find((l) => l.startsWith(`error ${file}`))).toMatch(/; still serving the previous supergraph$/);
    await writeFile(file, good);
  }, 120_000);
});
