// The distributed layout serves a published supergraph too: every built-in subgraph on its own
// HTTP server, the police subgraph in its own process; the built-ins get the caller's header
// (they resolve it themselves), the police only the signed identity. Each partner has its own
// signing secret: a request signed with the police's is refused by the built-in subgraphs (before:
// the police shared PLACEGRAPH_SUBGRAPH_SECRET with them, so they could forge any identity there).
import { readFile, rm } from "node:fs/promises";
import type { Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRegistry, PUBLISHED_DIR } from "../../federation/registry.ts";
import { checkSubgraph, publishSubgraph } from "../../federation/subgraph-check.ts";
import { createKey } from "../../src/access/keys.ts";
import { startRemoteGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { createLogger } from "../../src/log.ts";
import { startSubgraphServer } from "../../src/subgraph/serve.ts";
import { signedBody } from "../../src/subgraph/signature.ts";
import { subgraphs } from "../../src/subgraphs/index.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL } from "../support/hub.ts";
import { hubSecret, partnerSecrets, policeSecret, type PoliceProcess, policeSchemaFile, type Received, recordingProxy, registryWithUnpublishedPolice, startPoliceProcess } from "../support/partners.ts";

describe("a partner's subgraph in the distributed layout", () => {
  let police: PoliceProcess;
  let proxy: { url: string; server: Server };
  const received: Received[] = [];
  let db: TestDatabase;
  const servers: HttpHost[] = [];
  let gateway: HttpHost;
  let dir: string;

  beforeAll(async () => {
    // The gateway and the built-in subgraph servers of this process read it; the police get it too.
    process.env.PLACEGRAPH_SUBGRAPH_SECRET = hubSecret;
    police = await startPoliceProcess();
    proxy = await recordingProxy(police.url, received);
    db = await openTestDatabase("pglite", { data: "curated" });
    for (const s of subgraphs) servers.push(await startSubgraphServer(s, db.prisma, { host: "127.0.0.1", port: 0 }));
    const services = subgraphs.map((s, i) => ({ name: s.name, routingUrl: servers[i].url }));
    dir = await registryWithUnpublishedPolice(proxy.url, Object.fromEntries(services.map((s) => [s.name, s.routingUrl])));
    const registry = await loadRegistry(dir);
    const sdl = await readFile(policeSchemaFile, "utf8");
    const checked = await checkSubgraph(registry, "police", "police.graphql", sdl);
    await publishSubgraph(registry, checked, sdl);
    gateway = await startRemoteGateway(services, {
      host: "127.0.0.1",
      port: 0,
      supergraphFile: join(dir, PUBLISHED_DIR, "supergraph.graphql"),
      partnerSecrets,
      log: createLogger("silent"),
    }, db.prisma);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([gateway, ...servers].filter(Boolean).map((h) => h.close()));
    await db?.dispose();
    await police?.stop();
    await new Promise((r) => proxy?.server.close(r));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("joins the police's figures with the hub's funding, and sends the police the identity but not the key", async () => {
    const { key, prefix } = await createKey(db.prisma, "coventry-city-council", ["read:restricted"], "distributed partner test");
    received.length = 0;
    const { data, errors } = await postGraphQL(
      gateway.url,
      '{ area(code: "E08000026") { policeFigures { id value } fundingPools { id total } } programme(id: "multiple-complex-needs") { policeContact { source { firstLine } } } }',
      undefined,
      { authorization: `Bearer ${key}` },
    );
    expect(errors).toBeUndefined();
    expect(data.area.policeFigures).toEqual([
      { id: "csab-attendance-rate-2016-17", value: "50" },
      { id: "csab-enquiries-referred-by-police-2017-18", value: "5" },
      { id: "csab-meetings-attended-2016-17", value: "2" },
      { id: "domestic-violence-offences-change-2016-17", value: "-3.4" },
    ]);
    expect(data.area.fundingPools).toContainEqual({ id: "coventry-bcf-2017-19", total: "179502000.00" });
    expect(data.programme.policeContact).toEqual({ source: { firstLine: 669 } });
    expect(received.length).toBeGreaterThanOrEqual(1);
    for (const request of received) {
      expect(request.headers.authorization).toBeUndefined();
      expect(JSON.stringify(request)).not.toContain(key.slice(prefix.length));
      expect(request.body.extensions?.placegraphIdentity).toMatchObject({ organisationId: "coventry-city-council", scopes: ["read:restricted"], principal: `key:${prefix}` });
    }
  });

  it("signs each subgraph with its own secret: a built-in subgraph refuses a request signed with the police's, the police refuse the built-ins'", async () => {
    const post = (url: string, body: object) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const query = "{ organisations(limit: 1) { totalCount } }";
    const admin = { organisationId: "west-midlands-police", scopes: ["admin" as const], principal: "forged" };
    const forged = await post(servers[0].url, signedBody(policeSecret, { query, identity: admin }));
    expect(forged.status).toBe(403);
    expect(await forged.json()).toEqual({
      errors: [{ message: "This subgraph answers only the hub's gateway: Invalid HMAC signature: extension hmac-signature does not match the body content.", extensions: { code: "UNSIGNED_REQUEST" } }],
    });
    const signed = await post(servers[0].url, signedBody(hubSecret, { query }));
    expect(signed.status).toBe(200);
    expect(((await signed.json()) as { data: { organisations: { totalCount: number } } }).data.organisations.totalCount).toBeGreaterThan(0);
    const toPolice = await post(police.url, signedBody(hubSecret, { query: "{ __typename }" }));
    expect(toPolice.status).toBe(401);
    expect(((await toPolice.json()) as { errors: { message: string }[] }).errors.map((e) => e.message)).toEqual([
      "This subgraph answers the Placegraph hub only: the signature does not match",
    ]);
  });
});
