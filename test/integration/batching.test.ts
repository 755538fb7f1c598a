// N+1 is a bug: resolving N organisation references costs one SQL statement whatever N is,
// and loaders live for one request only. Counted with Prisma's query events.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpHost } from "../../src/http/server.ts";
import { startSubgraphServer } from "../../src/subgraph/serve.ts";
import partners from "../../src/subgraphs/partners/index.ts";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import { parse } from "graphql";
import { buildSubgraph } from "../../src/subgraph/build.ts";
import { inProcessTransport } from "../../src/subgraph/in-process.ts";
import type { Identity } from "../../src/access/identity.ts";
import { backends, countStatements, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { postGraphQL, postToSubgraph } from "../support/hub.ts";

const ids = Array.from({ length: 200 }, (_, i) => `org-${String(i).padStart(3, "0")}`);

async function fill(db: TestDatabase) {
  await db.prisma.area.createMany({
    data: Array.from({ length: 5 }, (_, i) => ({ code: `E0500000${i}`, name: `Ward ${i}`, type: "WARD" as const })),
  });
  await db.prisma.organisation.createMany({
    data: ids.map((id, i) => ({ id, name: `Organisation ${id}`, sector: "VOLUNTARY_SECTOR" as const, areaCode: `E0500000${i % 5}` })),
  });
  await db.prisma.organisationAlias.createMany({ data: ids.map((id) => ({ organisationId: id, alias: id.toUpperCase(), normalised: id })) });
}

describe.each(backends)("DataLoader batching on %s", (backend) => {
  let db: TestDatabase;
  let subgraph: HttpHost;
  let gateway: HttpHost;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    await fill(db);
    subgraph = await startSubgraphServer(partners, db.prisma, { host: "127.0.0.1", port: 0 });
    gateway = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
    await db?.dispose();
  });

  it.each([5, 200])("resolves %i organisation references, each given twice, with one SQL statement", async (n) => {
    const representations = [...ids.slice(0, n), ...ids.slice(0, n)].map((id) => ({ __typename: "Organisation", id }));
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organisation { id name } } }`;
    let res: any;
    const { count, sql } = await countStatements(db, async () => {
      res = await postToSubgraph(subgraph.url, query, { representations });
    });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toHaveLength(2 * n);
    expect(res.data._entities[n - 1]).toEqual({ id: ids[n - 1], name: `Organisation ${ids[n - 1]}` });
    expect(count).toBe(1);
    expect(sql[0]).toMatch(/FROM "public"."Organisation" WHERE "public"."Organisation"."id" IN/);
  });

  it.each([5, 200])("lists %i organisations with their areas and aliases in four statements", async (n) => {
    const query = `query($n: Int!) { organisations(limit: $n) { totalCount items { id area { code name } aliases parent { id } } } }`;
    let res: any;
    const { count } = await countStatements(db, async () => {
      res = await postGraphQL(gateway.url, query, { n });
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.organisations.totalCount).toBe(200);
    expect(res.data.organisations.items).toHaveLength(n);
    expect(res.data.organisations.items[0]).toEqual({ id: "org-000", area: { code: "E05000000", name: "Ward 0" }, aliases: ["ORG-000"], parent: null });
    // The page, its count, one batch of areas, one batch of aliases.
    expect(count).toBe(4);
  });

  it("runs identical in-process queries in flight together once per identity, each caller with its own copy", async () => {
    const executor = inProcessTransport([(await buildSubgraph(partners)) as never], db.prisma, (context) => (context as { identity: Identity | null }).identity).getSubgraphExecutor({ subgraphName: "partners" });
    const partner: Identity = { organisationId: "org-001", scopes: ["read:public", "read:restricted"], principal: "key:pgk_test" };
    const request = (identity: Identity | null) => ({ document: parse(`{ organisation(id: "org-002") { id name } }`), context: { identity } });
    let answers: any[] = [];
    const { count } = await countStatements(db, async () => {
      answers = await Promise.all([null, null, null, partner, partner].map((identity) => executor(request(identity))));
    });
    // One execution for the three anonymous callers, one for the partner's two.
    expect(count).toBe(2);
    expect(answers.map((a) => a.data.organisation)).toEqual(Array(5).fill({ id: "org-002", name: "Organisation org-002" }));
    expect(new Set(answers.map((a) => a.data)).size).toBe(5);
    // Once answered, nothing is kept: the same query runs again.
    expect((await countStatements(db, () => Promise.resolve(executor(request(null))))).count).toBe(1);
  });

  it("never shares loaders between requests", async () => {
    const query = `{ organisation(id: "org-007") { name } }`;
    expect((await postGraphQL(gateway.url, query)).data.organisation.name).toBe("Organisation org-007");
    await db.prisma.organisation.update({ where: { id: "org-007" }, data: { name: "Renamed" } });
    expect((await postGraphQL(gateway.url, query)).data.organisation.name).toBe("Renamed");
  });
});
