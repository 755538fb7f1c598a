// The production layout as it is run: the hive-gateway CLI (`hive-gateway supergraph <file>`, the
// release built on the hub's runtime) reads the checked-in gateway.config.ts and a copy of the
// checked-in supergraph (schema/supergraph.graphql, its routing URLs pointed at this test's
// subgraph servers), in its own process in front of the five subgraphs over HTTP. It enforces the
// same policy as the hub's own layouts.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/access/keys.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { routedSupergraph } from "../../src/gateway/supergraph-file.ts";
import { startSubgraphServer } from "../../src/subgraph/serve.ts";
import { subgraphs } from "../../src/subgraphs/index.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL } from "../support/hub.ts";
import { freePort, runProgram, type RunningProcess, waitForReady } from "../support/processes.ts";

const secret = "a-production-subgraph-secret-of-32-chars";

describe("the hive-gateway CLI with gateway.config.ts on postgresql", () => {
  let db: TestDatabase;
  let servers: HttpHost[] = [];
  let gateway: RunningProcess;
  let dir: string;
  let url: string;
  let key: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    db = await openTestDatabase("postgresql", { data: "curated" });
    key = (await createKey(db.prisma, "uhcw", ["read:public"], "dashboard", { trustedOperationsOnly: true })).key;
    // The subgraphs answer only requests signed with the secret the gateway is given.
    process.env.PLACEGRAPH_SUBGRAPH_SECRET = secret;
    servers = await Promise.all(subgraphs.map((s) => startSubgraphServer(s, db.prisma, { host: "127.0.0.1", port: 0 })));
    const supergraph = await routedSupergraph(subgraphs.map((s, i) => ({ name: s.name, routingUrl: servers[i].url })));
    dir = await mkdtemp(join(tmpdir(), "placegraph-production-"));
    await writeFile(join(dir, "supergraph.graphql"), supergraph);
    const port = await freePort();
    gateway = runProgram("node_modules/.bin/hive-gateway", ["supergraph", join(dir, "supergraph.graphql"), "--host", "127.0.0.1", "--port", String(port)], {
      NODE_ENV: "production",
      DATABASE_URL: db.url!,
      PLACEGRAPH_SUBGRAPH_SECRET: secret,
      PLACEGRAPH_RATE_LIMIT: "0",
    });
    await waitForReady(`http://127.0.0.1:${port}/health/ready`, gateway);
    url = `http://127.0.0.1:${port}/graphql`;
  });
  afterAll(async () => {
    process.env = saved;
    if (gateway && gateway.child.exitCode === null) {
      gateway.child.kill("SIGTERM");
      await gateway.exited;
    }
    await Promise.all(servers.map((s) => s.close()));
    await db?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("answers across subgraphs through signed subgraph requests", async () => {
    expect(await postGraphQL(url, `{ organisationByIdentifier(scheme: "ODS", code: "QWU") { name predecessors { shortName } } }`)).toEqual({
      data: { organisationByIdentifier: { name: "NHS Coventry and Warwickshire Integrated Care Board", predecessors: [{ shortName: "CRCCG" }, { shortName: "SWCCG" }, { shortName: "WNCCG" }] } },
    });
  });

  it("enforces the schema's restrictions, the limits, the cost and trusted operations as the hub does", async () => {
    const denied = await postGraphQL(url, `{ person(id: "liz-knight") { name contactDetails { value } } }`);
    expect(denied.data).toEqual({ person: { name: "Liz Knight", contactDetails: null } });
    expect(denied.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    const deep = await postGraphQL(url, `{ organisation(id: "x") { ${"predecessors { ".repeat(12)}id${" }".repeat(12)} } }`);
    expect(deep.errors?.map((e) => e.extensions?.code)).toEqual(["QUERY_TOO_DEEP"]);
    const costly = await postGraphQL(url, `{ organisations(limit: 500) { items { predecessors { predecessors { id } } } } }`);
    expect(costly.errors?.map((e) => e.extensions?.code)).toEqual(["COST_ESTIMATED_TOO_EXPENSIVE"]);
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify({ query: "query AdHoc { organisations { totalCount } }" }) });
    expect([res.status, ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors.map((e) => e.extensions.code)]).toEqual([403, ["OPERATION_NOT_TRUSTED"]]);
  });

  it("serves its own metrics at /metrics, the refused operation counted with its code", async () => {
    const text = await (await fetch(new URL("/metrics", url))).text();
    expect(text).toContain('placegraph_requests_total{operation="AdHoc",outcome="OPERATION_NOT_TRUSTED"} 1');
    expect(text).toContain('placegraph_database_info{kind="postgresql"} 1');
    expect(text).toMatch(/^placegraph_database_pool_connections\{state="total"\} [1-9]/m);
  });
});
