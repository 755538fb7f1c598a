// The gateway in both layouts over HTTP: subgraphs in-process, and subgraphs each behind their
// own HTTP server with the gateway in front. Plus the HTTP host's own endpoints and refusals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedGateway, startRemoteGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { startSubgraphServer } from "../../src/subgraph/serve.ts";
import { subgraphs } from "../../src/subgraphs/index.ts";
import { backends, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL } from "../support/hub.ts";

const icbQuery = `{ organisationByIdentifier(scheme: "ODS", code: "QWU") { name predecessors { shortName } } }`;
const icbAnswer = {
  organisationByIdentifier: {
    name: "NHS Coventry and Warwickshire Integrated Care Board",
    predecessors: [{ shortName: "CRCCG" }, { shortName: "SWCCG" }, { shortName: "WNCCG" }],
  },
};

describe.each(backends)("gateway layouts on %s", (backend) => {
  let db: TestDatabase;
  let embedded: HttpHost;
  let remote: HttpHost;
  const servers: HttpHost[] = [];
  beforeAll(async () => {
    db = await openTestDatabase(backend, { data: "curated" });
    embedded = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0 });
    for (const s of subgraphs) servers.push(await startSubgraphServer(s, db.prisma, { host: "127.0.0.1", port: 0 }));
    const services = subgraphs.map((s, i) => ({ name: s.name, routingUrl: servers[i].url }));
    remote = await startRemoteGateway(services, { host: "127.0.0.1", port: 0 }, db.prisma);
  });
  afterAll(async () => {
    await Promise.all([embedded, remote, ...servers].filter(Boolean).map((h) => h.close()));
    await db?.dispose();
  });

  it("answers the same through in-process and HTTP subgraphs", async () => {
    expect(await postGraphQL(embedded.url, icbQuery)).toEqual({ data: icbAnswer });
    expect(await postGraphQL(remote.url, icbQuery)).toEqual({ data: icbAnswer });
  });

  it("answers a query that crosses all five subgraphs the same way in both layouts", async () => {
    // partners -> funding (contributions) -> governance (source text), partners -> programmes ->
    // outcomes (indicators), partners -> governance (meetings) -> partners (board).
    const query = `{ organisation(id: "coventry-city-council") {
      fundingContributions { amount source { firstLine text } }
      ledProgrammes(status: ACTIVE) { id indicators { code } }
      meetingsAttended { id board { name } }
    } }`;
    const inProcess = await postGraphQL(embedded.url, query);
    expect(inProcess.errors).toBeUndefined();
    expect(inProcess.data.organisation.fundingContributions[0]).toMatchObject({ amount: "63897000.00", source: { firstLine: 156 } });
    expect(inProcess.data.organisation.ledProgrammes.find((p: { id: string }) => p.id === "marmot-city").indicators).toHaveLength(13);
    expect(inProcess.data.organisation.meetingsAttended).toHaveLength(3);
    expect(await postGraphQL(remote.url, query)).toEqual(inProcess);
  });

  it("reports liveness and readiness, including the subgraphs behind a remote gateway", async () => {
    for (const host of [embedded, remote, servers[0]]) {
      const base = new URL(host.url);
      expect(await (await fetch(new URL("/health/live", base))).json()).toEqual({ status: "live" });
      const ready = await fetch(new URL("/health/ready", base));
      expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
    }
  });

  it("refuses unknown paths, bad JSON and oversized bodies with clear errors", async () => {
    const base = new URL(embedded.url);
    const missing = await fetch(new URL("/nowhere", base));
    expect([missing.status, await missing.json()]).toEqual([404, { error: "No route for /nowhere: use /graphql, /health/live or /health/ready" }]);
    const badJson = await fetch(embedded.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect([badJson.status, await badJson.json()]).toEqual([400, { errors: [{ message: "Request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] }]);
    const huge = JSON.stringify({ query: `{ organisations { totalCount } } # ${"x".repeat(1_000_001)}` });
    const tooLarge = await fetch(embedded.url, { method: "POST", headers: { "content-type": "application/json" }, body: huge });
    expect([tooLarge.status, await tooLarge.json()]).toEqual([
      413,
      { errors: [{ message: "Request body is larger than 1000000 bytes", extensions: { code: "PAYLOAD_TOO_LARGE" } }] },
    ]);
    // The rest of that body is never read, so the connection is not reused: a client that sent its
    // next request on it would wait for an answer that never comes (ECONNRESET seconds later).
    expect(tooLarge.headers.get("connection")).toBe("close");
    // The hub keeps serving.
    expect(await postGraphQL(embedded.url, icbQuery)).toEqual({ data: icbAnswer });
  });
});
