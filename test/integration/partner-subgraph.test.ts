// A partner's own subgraph joins the hub: the example police subgraph runs as its own process
// with its own database, is published through `npm run subgraph:publish`, and one query through
// the hub joins its figures with the hub's funding, outcomes and source lines. Its restricted
// field is enforced by the hub's gateway; its requests carry the caller's identity signed, and
// it refuses requests that do not come from the hub.
import { readFile, rm } from "node:fs/promises";
import type { Server } from "node:http";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED_DIR } from "../../federation/registry.ts";
import { createKey } from "../../src/access/keys.ts";
import { loadConfig } from "../../src/config.ts";
import { splitLines } from "../../src/dataset/documents.ts";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { createLogger } from "../../src/log.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL } from "../support/hub.ts";
import { hubSecret, partnerSecrets, type PoliceProcess, policeDir, policeSchemaFile, publish, type Received, recordingProxy, registryWithUnpublishedPolice, startPoliceProcess } from "../support/partners.ts";

interface Figure { id: string; areaCode: string | null; programmeId: string | null; period: string | null; value: string; unit: string; asWritten: string; documentId: string; line: number }

/** What the police's own dataset holds, and the line each figure's source document prints there. */
async function expectedFigures(where: (f: Figure) => boolean) {
  const { figures } = JSON.parse(await readFile(join(policeDir, "figures.json"), "utf8")) as { figures: Figure[] };
  const documents = new Map<string, string[]>();
  const lineOf = async (documentId: string, line: number) => {
    if (!documents.has(documentId)) {
      const dataset = JSON.parse(await readFile(resolve("prisma/dataset", `${documentId}.json`), "utf8")) as { sourceDocuments: { id: string; fileName: string }[] };
      const fileName = dataset.sourceDocuments.find((d) => d.id === documentId)!.fileName;
      documents.set(documentId, splitLines(await readFile(join(loadConfig().PLACEGRAPH_SOURCES_DIR, fileName), "utf8")));
    }
    return documents.get(documentId)![line - 1];
  };
  const chosen = figures.filter(where).sort((a, b) => a.id.localeCompare(b.id));
  return Promise.all(
    chosen.map(async (f) => ({ id: f.id, period: f.period, value: f.value, unit: f.unit, asWritten: f.asWritten, source: { documentId: f.documentId, firstLine: f.line, text: await lineOf(f.documentId, f.line) } })),
  );
}

const joinQuery = `{
  area(code: "E08000026") {
    name
    policeFigures { id period value unit asWritten source { documentId firstLine text } }
    fundingPools { id total asWritten source { firstLine } contributions { organisation { id } amount asWritten source { firstLine } } }
    measurements(period: "2016/17", indicatorCode: "good-level-of-development-age-5") { indicator { name } period value asWritten source { firstLine } }
  }
  programme(id: "multiple-complex-needs") {
    name
    leadOrganisation { name }
    policeFigures { id period value unit asWritten source { documentId firstLine text } }
  }
}`;

describe("a partner's subgraph beside the hub", () => {
  let police: PoliceProcess;
  let proxy: { url: string; server: Server };
  const received: Received[] = [];
  let registryDir: string;
  let db: TestDatabase;
  let hub: HttpHost;
  let published: { code: number | null; output: string };

  beforeAll(async () => {
    police = await startPoliceProcess();
    proxy = await recordingProxy(police.url, received);
    registryDir = await registryWithUnpublishedPolice(proxy.url);
    published = await publish(registryDir, "police", policeSchemaFile);
    db = await openTestDatabase("pglite", { data: "curated" });
    hub = await startEmbeddedGateway(db.prisma, {
      host: "127.0.0.1",
      port: 0,
      supergraphFile: join(registryDir, PUBLISHED_DIR, "supergraph.graphql"),
      subgraphSecret: hubSecret,
      partnerSecrets,
      log: createLogger("silent"),
    });
  }, 300_000);

  afterAll(async () => {
    await hub?.close();
    await db?.dispose();
    await police?.stop();
    await new Promise((r) => proxy?.server.close(r));
    if (registryDir) await rm(registryDir, { recursive: true, force: true });
  });

  it("is published through npm run subgraph:publish", () => {
    expect(published.code).toBe(0);
    expect(published.output).toContain('Published subgraph "police":');
  });

  it("answers one query joining the police's figures with the hub's funding, outcomes and source lines", async () => {
    const { data, errors } = await postGraphQL(hub.url, joinQuery);
    expect(errors).toBeUndefined();
    expect(data.area.name).toBe("Coventry");
    expect(data.area.policeFigures).toEqual(await expectedFigures((f) => f.areaCode === "E08000026"));
    expect(data.area.policeFigures.map((f: { id: string; value: string; source: { firstLine: number } }) => [f.id, f.value, f.source.firstLine])).toEqual([
      ["csab-attendance-rate-2016-17", "50", 3779],
      ["csab-enquiries-referred-by-police-2017-18", "5", 3472],
      ["csab-meetings-attended-2016-17", "2", 3779],
      ["domestic-violence-offences-change-2016-17", "-3.4", 3725],
    ]);
    // The hub's own figures in the same answer: the Better Care Fund pool (line 156 of the
    // 14 January 2019 pack) and an outcome of the Marmot City programme (line 1393).
    const bcf = data.area.fundingPools.find((p: { id: string }) => p.id === "coventry-bcf-2017-19");
    expect(bcf).toEqual({
      id: "coventry-bcf-2017-19",
      total: "179502000.00",
      asWritten: "£179.502m",
      source: { firstLine: 156 },
      contributions: [
        { organisation: { id: "coventry-and-rugby-ccg" }, amount: "115605000.00", asWritten: "£115.605m", source: { firstLine: 156 } },
        { organisation: { id: "coventry-city-council" }, amount: "63897000.00", asWritten: "£63.897m", source: { firstLine: 156 } },
      ],
    });
    expect(data.area.measurements).toEqual([
      { indicator: { name: "Children achieving a good level of development at age 5" }, period: "2016/17", value: "65.4", asWritten: "65.4%", source: { firstLine: 1393 } },
    ]);
    expect(data.programme.name).toBe("Multiple Complex Needs Programme");
    expect(data.programme.leadOrganisation).toEqual({ name: "West Midlands Police" });
    expect(data.programme.policeFigures).toEqual(await expectedFigures((f) => f.programmeId === "multiple-complex-needs"));
    expect(data.programme.policeFigures.map((f: { value: string; asWritten: string }) => [f.value, f.asWritten])).toEqual([
      ["6", "six projects"],
      ["27", "twenty-seven MEAM approach areas"],
    ]);
  });

  it("enforces the partner's @requiresScopes at the gateway, and passes the identity (never the credential) signed", async () => {
    const query = '{ programme(id: "multiple-complex-needs") { name policeContact { asWritten source { firstLine lastLine } } } }';
    const asked = async (authorization?: string) => {
      received.length = 0;
      const answer = await postGraphQL(hub.url, query, undefined, authorization ? { authorization } : {});
      return { answer, policeAsked: received.length };
    };
    const anonymous = await asked();
    expect(anonymous.answer.data).toEqual({ programme: { name: "Multiple Complex Needs Programme", policeContact: null } });
    expect(anonymous.answer.errors).toEqual([
      expect.objectContaining({
        message: "Programme.policeContact needs scope read:restricted or admin: send an API key or a signed token (Authorization: Bearer ...)",
        path: ["programme", "policeContact"],
        extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }),
      }),
    ]);
    expect(anonymous.policeAsked).toBe(0);

    const publicKey = await createKey(db.prisma, "coventry-city-council", ["read:public"], "partner subgraph test");
    const forbidden = await asked(`Bearer ${publicKey.key}`);
    expect(forbidden.answer.errors).toEqual([
      expect.objectContaining({
        message: "Programme.policeContact needs scope read:restricted or admin; this identity has read:public",
        extensions: expect.objectContaining({ code: "FORBIDDEN" }),
      }),
    ]);
    expect(forbidden.policeAsked).toBe(0);

    const { key, prefix } = await createKey(db.prisma, "coventry-city-council", ["read:restricted"], "partner subgraph test");
    const allowed = await asked(`Bearer ${key}`);
    expect(allowed.answer.errors).toBeUndefined();
    expect(allowed.answer.data.programme.policeContact).toEqual({
      asWritten: "Coventry Police Commander – West Midlands Police\n(Chair, Coventry Multiple Complex Needs Board)",
      source: { firstLine: 669, lastLine: 670 },
    });
    // The police were asked once, told who is asking and nothing of the key itself.
    expect(received).toHaveLength(1);
    expect(received[0].headers.authorization).toBeUndefined();
    expect(JSON.stringify(received[0])).not.toContain(key.slice(prefix.length));
    expect(received[0].body.extensions?.placegraphIdentity).toMatchObject({ organisationId: "coventry-city-council", scopes: ["read:restricted"], principal: `key:${prefix}` });
    expect(received[0].body.extensions?.["hmac-signature"]).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it("is refused by the police subgraph when reached without the hub's signature", async () => {
    const direct = async (body: unknown) => {
      const res = await fetch(police.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: res.status, body: await res.json() };
    };
    const query = '{ policeFigure(id: "mcn-projects") { value } }';
    expect(await direct({ query })).toEqual({
      status: 401,
      body: { errors: [expect.objectContaining({ message: "This subgraph answers the Placegraph hub only: the request is not signed" })] },
    });
    const forged = { query, extensions: { placegraphIdentity: { organisationId: "west-midlands-police", scopes: ["admin"], principal: "me" }, "hmac-signature": "AAAA" } };
    expect(await direct(forged)).toEqual({
      status: 401,
      body: { errors: [expect.objectContaining({ message: "This subgraph answers the Placegraph hub only: the signature does not match" })] },
    });
  });
});
