// The hub owns SIGINT and SIGTERM: its shutdown (src/shutdown.ts) stops accepting, answers every
// request in flight, and only then disposes the gateway's engine. (Before: Hive Gateway's runtime
// added process listeners of its own for SIGINT, SIGTERM and exit that disposed the engine at
// once, concurrently with that drain; in the distributed layout its HTTP transport then aborted the
// subgraph calls in flight, and requests the hub was still answering got INTERNAL_SERVER_ERROR.)
import { once } from "node:events";
import http, { type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedGateway, startRemoteGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { startSubgraphServer } from "../../src/subgraph/serve.ts";
import { subgraphs } from "../../src/subgraphs/index.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL } from "../support/hub.ts";

const events = ["SIGINT", "SIGTERM", "exit"] as const;
const emitter: NodeJS.EventEmitter = process;
const listenersNow = () => Object.fromEntries(events.map((e) => [e, emitter.listeners(e)]));

/**
 * A subgraph's address that holds each request until `release()`, then forwards it unchanged
 * (signature included) to the real subgraph: a call the gateway has in flight, for as long as a test needs.
 */
async function heldSubgraph(target: string) {
  let arrived!: () => void;
  const held = new Promise<void>((r) => (arrived = r));
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const server: Server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    arrived();
    await released;
    const headers = Object.entries(req.headers).filter(([k]) => !["host", "content-length", "connection"].includes(k)) as [string, string][];
    const answer = await fetch(target, { method: req.method, headers, body: Buffer.concat(chunks) });
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, held, release, close: () => new Promise((r) => server.close(r)) };
}

let db: TestDatabase;
let before: ReturnType<typeof listenersNow>;
let embedded: HttpHost;
let remote: HttpHost;
let held: Awaited<ReturnType<typeof heldSubgraph>>;
const servers: HttpHost[] = [];

beforeAll(async () => {
  db = await openTestDatabase("pglite", { data: "curated" });
  for (const s of subgraphs) servers.push(await startSubgraphServer(s, db.prisma, { host: "127.0.0.1", port: 0 }));
  const partners = subgraphs.findIndex((s) => s.name === "partners");
  held = await heldSubgraph(servers[partners].url);
  before = listenersNow();
  embedded = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0 });
  remote = await startRemoteGateway(
    subgraphs.map((s, i) => ({ name: s.name, routingUrl: i === partners ? held.url : servers[i].url })),
    { host: "127.0.0.1", port: 0 },
    db.prisma,
  );
});
afterAll(async () => {
  held?.release();
  await Promise.all([embedded, remote, ...servers].filter(Boolean).map((h) => h.close()));
  await held?.close();
  await db?.dispose();
});

const count = "{ organisations { totalCount } }";

describe("process signals belong to the hub", () => {
  it("a request in flight at the remote gateway is answered in full when the process gets SIGTERM", async () => {
    const expected = await db.prisma.organisation.count();
    const answer = postGraphQL(remote.url, count);
    await held.held;
    // What the process does on SIGTERM, minus the hub's own handler (not installed in a test):
    // every listener added since the gateways started.
    for (const listener of process.listeners("SIGTERM").filter((l) => !before.SIGTERM.includes(l))) listener("SIGTERM");
    held.release();
    expect(await answer).toEqual({ data: { organisations: { totalCount: expected } } });
  });

  it("neither gateway adds a SIGINT, SIGTERM or exit listener, after serving requests too", async () => {
    expect(await postGraphQL(embedded.url, count)).toEqual({ data: { organisations: { totalCount: await db.prisma.organisation.count() } } });
    expect(listenersNow()).toEqual(before);
  });
});
