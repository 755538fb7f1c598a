// Trusted operations and persisted queries through the embedded gateway, errors masked as in
// production: a key created --trusted-only runs the published operations (schema/operations/),
// sent in full or by their sha256 alone, and those registered for its organisation, and is refused
// anything else (403, OPERATION_NOT_TRUSTED) before any operation runs; other callers still send
// what they like, and everyone may use automatic persisted queries.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/access/keys.ts";
import { readOperationsFile, registerOperations, removeOperations } from "../../src/access/trusted.ts";
import { openMigratedDatabase } from "../../src/db/migrations.ts";
import { startEmbeddedGateway, startRemoteGateway } from "../../src/gateway/gateway.ts";
import { startSubgraphServer } from "../../src/subgraph/serve.ts";
import { subgraphs } from "../../src/subgraphs/index.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { backends, countStatements, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { runScript } from "../support/processes.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const published = (file: string) => readFile(resolve(import.meta.dirname, "../../schema/operations", file), "utf8");

interface Answer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function send(url: string, payload: Record<string, unknown>, key?: string): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(payload),
  });
  return { status: res.status, body: (await res.json()) as Answer["body"] };
}
const byHash = (hash: string, variables?: Record<string, unknown>) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const refusal = (r: Answer) => [r.status, r.body.errors?.map((e) => [e.extensions?.code, e.message]), r.body.data ?? null];
const notTrusted = (what: string, organisation: string) => [
  403,
  [
    [
      "OPERATION_NOT_TRUSTED",
      `${what} is not trusted for this API key, which may run only trusted operations: the hub's published operations (schema/operations/) ` +
        `and those registered for its organisation ("npm run keys -- operations add --organisation ${organisation} <file.graphql>").`,
    ],
  ],
  null,
];

const adHoc = "query AdHoc { organisations { totalCount } }";
const partnerFile = `# UHCW's monthly return: the trust's own record, and its successions.
query UhcwReturn($id: ID!) {
  organisation(id: $id) { ...Names }
}

query UhcwSuccessors($id: ID!) { organisation(id: $id) { id successors { id } } }

fragment Names on Organisation { id name shortName }
`;

describe.each(backends)("trusted operations on %s", (backend) => {
  let db: TestDatabase;
  let hub: HttpHost;
  let dir: string;
  let uhcw: string;
  let council: string;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    await db.prisma.organisation.createMany({
      data: [
        { id: "uhcw", name: "University Hospitals Coventry and Warwickshire NHS Trust", sector: "NHS_TRUST" },
        { id: "coventry-city-council", name: "Coventry City Council", sector: "LOCAL_AUTHORITY" },
      ],
    });
    hub = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, maskErrors: true });
    uhcw = (await createKey(db.prisma, "uhcw", ["read:public"], "dashboard", { trustedOperationsOnly: true })).key;
    council = (await createKey(db.prisma, "coventry-city-council", ["read:public"], "", { trustedOperationsOnly: true })).key;
    dir = await mkdtemp(join(tmpdir(), "placegraph-trusted-"));
  });
  afterAll(async () => {
    await hub?.close();
    await db?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("runs a published operation for a trusted-only key: as written, as the typed client prints it, and by its sha256 alone", async () => {
    const meetings = await published("board-meetings.graphql");
    const variables = { boardId: "coventry-health-and-wellbeing-board" };
    const empty = { data: { meetings: { totalCount: 0, items: [] } } };
    expect((await send(hub.url, { query: meetings, variables }, uhcw)).body).toEqual(empty);
    expect((await send(hub.url, { query: print(parse(meetings)), variables }, uhcw)).body).toEqual(empty);
    // Never sent in full to this hub, so not in the persisted query cache: the trusted list answers.
    const identifiers = await published("organisation-identifiers-and-predecessors.graphql");
    const asAt = { scheme: "ODS", code: "RKB" };
    expect((await send(hub.url, byHash(sha256(identifiers), asAt), uhcw)).body).toEqual({ data: { organisationByIdentifier: null } });
    expect((await send(hub.url, byHash(sha256(print(parse(identifiers))), asAt), uhcw)).body).toEqual({ data: { organisationByIdentifier: null } });
  });

  it("refuses an ad-hoc query, an unknown hash or a trusted hash with other text (403) before anything runs", async () => {
    const { count, sql } = await countStatements(db, async () => expect(refusal(await send(hub.url, { query: adHoc }, uhcw))).toEqual(notTrusted('Operation "AdHoc"', "uhcw")));
    // The key's lookup and the trusted list's, and nothing else.
    expect([count, sql.every((s) => /"ApiKey"|"TrustedOperation"/.test(s))]).toEqual([2, true]);
    const anonymous = "{ organisations { totalCount } }";
    expect(refusal(await send(hub.url, { query: anonymous }, uhcw))).toEqual(notTrusted(`Operation ${sha256(anonymous)}`, "uhcw"));
    const unknown = sha256("query Unknown { boards { id } }");
    expect(refusal(await send(hub.url, byHash(unknown), uhcw))).toEqual(notTrusted(`Operation ${unknown}`, "uhcw"));
    const trustedHash = sha256(await published("board-meetings.graphql"));
    expect(refusal(await send(hub.url, { query: adHoc, ...byHash(trustedHash) }, uhcw))).toEqual(notTrusted('Operation "AdHoc"', "uhcw"));
    expect(refusal(await send(hub.url, { query: "{ organisations {", ...byHash(sha256("{ organisations {")) }, uhcw))).toEqual(
      notTrusted(`Operation ${sha256("{ organisations {")}`, "uhcw"),
    );
  });

  it("runs a partner's registered operations for its own keys only, from registration until removal", async () => {
    const file = join(dir, "uhcw.graphql");
    await writeFile(file, partnerFile);
    const operations = await readOperationsFile(file);
    const returnText = "query UhcwReturn($id: ID!) {\n  organisation(id: $id) {\n    ...Names\n  }\n}\n\nfragment Names on Organisation {\n  id\n  name\n  shortName\n}";
    expect(operations).toEqual([
      { name: "UhcwReturn", document: returnText, sha256: sha256(returnText) },
      { name: "UhcwSuccessors", document: "query UhcwSuccessors($id: ID!) {\n  organisation(id: $id) {\n    id\n    successors {\n      id\n    }\n  }\n}", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    // Sent as a client would: one operation with the fragment it uses, laid out its own way.
    const sent = { query: "fragment Names on Organisation { id name shortName }\nquery UhcwReturn($id: ID!) { organisation(id: $id) { ...Names } }", variables: { id: "uhcw" } };
    const answer = { data: { organisation: { id: "uhcw", name: "University Hospitals Coventry and Warwickshire NHS Trust", shortName: null } } };
    expect(refusal(await send(hub.url, sent, uhcw))).toEqual(notTrusted('Operation "UhcwReturn"', "uhcw"));

    expect(await registerOperations(db.prisma, "uhcw", operations)).toBe(2);
    expect(await registerOperations(db.prisma, "uhcw", operations)).toBe(0);
    expect((await send(hub.url, sent, uhcw)).body).toEqual(answer);
    expect((await send(hub.url, byHash(operations[0].sha256, { id: "uhcw" }), uhcw)).body).toEqual(answer);
    // Another organisation's key is refused it, in full or by hash.
    expect(refusal(await send(hub.url, sent, council))).toEqual(notTrusted('Operation "UhcwReturn"', "coventry-city-council"));
    expect(refusal(await send(hub.url, byHash(operations[0].sha256, { id: "uhcw" }), council))).toEqual(notTrusted(`Operation ${operations[0].sha256}`, "coventry-city-council"));

    expect(await removeOperations(db.prisma, "uhcw", "UhcwReturn")).toBe(1);
    expect(await removeOperations(db.prisma, "uhcw", operations[1].sha256)).toBe(1);
    expect(refusal(await send(hub.url, sent, uhcw))).toEqual(notTrusted('Operation "UhcwReturn"', "uhcw"));
    expect(await db.prisma.trustedOperation.count()).toBe(0);
  });

  it("reads an operations file whole, naming the file and the operation, and writes nothing when any part is bad", async () => {
    const bad = async (name: string, text: string) => {
      const file = join(dir, name);
      await writeFile(file, text);
      return readOperationsFile(file).then(() => "read", (error: Error) => error.message.replace(dir, "<dir>"));
    };
    expect(await bad("syntax.graphql", "query Broken { organisations { totalCount }")).toBe(
      "<dir>/syntax.graphql does not parse (line 1, column 44): Syntax Error: Expected Name, found <EOF>.",
    );
    expect(await bad("empty.graphql", "fragment Names on Organisation { id }")).toBe("<dir>/empty.graphql holds no operation");
    expect(await bad("unnamed.graphql", "query Named { boards { id } }\n\n{ organisations { totalCount } }")).toBe(
      "<dir>/unnamed.graphql: the operation at line 3 has no name; name every operation (query MonthlyReturn { ... })",
    );
    expect(await bad("twice.graphql", "query Twice { boards { id } }\nquery Twice { people { totalCount } }")).toBe('<dir>/twice.graphql: operation "Twice" is defined twice');
    expect(await bad("invalid.graphql", `query Good { boards { id } }\nquery Bad($id: ID!) {\n  organisation(id: $id) { id budget }\n}`)).toBe(
      '<dir>/invalid.graphql: operation "Bad" is not valid against schema/api.graphql: Cannot query field "budget" on type "Organisation". (line 3)',
    );
    await expect(readOperationsFile(join(dir, "missing.graphql"))).rejects.toThrow(`Cannot read ${join(dir, "missing.graphql")}: no such file`);
    await writeFile(join(dir, "good.graphql"), "query Good { boards { id } }");
    await expect(registerOperations(db.prisma, "nobody", await readOperationsFile(join(dir, "good.graphql")))).rejects.toThrow('Unknown organisation "nobody"');
    expect(await db.prisma.trustedOperation.count()).toBe(0);
  });

  it("restricts the same key behind the distributed layout's gateway", async () => {
    const servers = await Promise.all(subgraphs.map((s) => startSubgraphServer(s, db.prisma, { host: "127.0.0.1", port: 0 })));
    const remote = await startRemoteGateway(subgraphs.map((s, i) => ({ name: s.name, routingUrl: servers[i].url })), { host: "127.0.0.1", port: 0, maskErrors: true }, db.prisma);
    try {
      expect(refusal(await send(remote.url, { query: adHoc }, uhcw))).toEqual(notTrusted('Operation "AdHoc"', "uhcw"));
      const meetings = await published("board-meetings.graphql");
      expect((await send(remote.url, { query: meetings, variables: { boardId: "coventry-health-and-wellbeing-board" } }, uhcw)).body).toEqual({
        data: { meetings: { totalCount: 0, items: [] } },
      });
    } finally {
      await Promise.all([remote, ...servers].map((h) => h.close()));
    }
  });

  it("leaves keys without the restriction and anonymous callers free to send any query", async () => {
    const free = await createKey(db.prisma, "uhcw", ["read:public"]);
    expect((await send(hub.url, { query: adHoc }, free.key)).body).toEqual({ data: { organisations: { totalCount: 2 } } });
    expect((await send(hub.url, { query: adHoc })).body).toEqual({ data: { organisations: { totalCount: 2 } } });
  });

  it("answers automatic persisted queries: a hash alone once its query has been sent with it, and never a hash that does not match", async () => {
    const query = "query Councils { organisations(filter: { sectors: [LOCAL_AUTHORITY] }) { items { id } } }";
    const answer = { data: { organisations: { items: [{ id: "coventry-city-council" }] } } };
    expect(refusal(await send(hub.url, byHash(sha256(query))))).toEqual([404, [["PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"]], null]);
    expect((await send(hub.url, { query, ...byHash(sha256(query)) })).body).toEqual(answer);
    expect((await send(hub.url, byHash(sha256(query)))).body).toEqual(answer);
    expect(refusal(await send(hub.url, { query: adHoc, ...byHash(sha256(query)) }))).toEqual([400, [["PERSISTED_QUERY_MISMATCH", "PersistedQueryMismatch"]], null]);
    // The refused text was not stored under that hash.
    expect((await send(hub.url, byHash(sha256(query)))).body).toEqual(answer);
  });
});

describe("npm run keys -- operations", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "placegraph-operations-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("refuses a file with a bad operation whole, writing nothing, then registers a good one; creates and lists a --trusted-only key", async () => {
    const env = { PLACEGRAPH_DATA_DIR: join(dir, "pglite") };
    const keys = async (...args: string[]) => {
      const run = runScript("src/access/cli.ts", env, args);
      return [await run.exited, run.output()] as const;
    };
    const bad = join(dir, "bad.graphql");
    await writeFile(bad, `query UhcwName { organisation(id: "uhcw") { name } }\n\nquery UhcwBudget { organisation(id: "uhcw") { budget } }\n`);
    expect(await keys("operations", "add", "--organisation", "uhcw", bad)).toEqual([
      1,
      `${bad}: operation "UhcwBudget" is not valid against schema/api.graphql: Cannot query field "budget" on type "Organisation". (line 3)\n`,
    ]);
    expect(await keys("operations", "list")).toEqual([0, "No registered operations (those of schema/operations/ are trusted for every key).\n"]);

    // An organisation to register operations for (the command would refuse an unknown one).
    const db = await openMigratedDatabase(env);
    await db.prisma.organisation.create({ data: { id: "uhcw", name: "University Hospitals Coventry and Warwickshire NHS Trust", sector: "NHS_TRUST" } });
    await db.close();
    const good = join(dir, "good.graphql");
    await writeFile(good, `query UhcwName { organisation(id: "uhcw") { name } }\n`);
    const id = sha256('query UhcwName {\n  organisation(id: "uhcw") {\n    name\n  }\n}');
    expect(await keys("operations", "add", "--organisation", "uhcw", good)).toEqual([0, `Trusted for uhcw (1 new, 0 already registered):\n  ${id}  UhcwName\n`]);
    const [created, output] = await keys("create", "--organisation", "uhcw", "--scope", "read:public", "--trusted-only");
    const prefix = /^Created key (pgk_[0-9a-f]{8}) for uhcw with scopes read:public, trusted operations only\.$/m.exec(output)?.[1];
    expect([created, prefix]).toEqual([0, expect.any(String)]);
    expect((await keys("list"))[1]).toMatch(new RegExp(`^${prefix}  uhcw  read:public  created \\S+  active  trusted operations only$`, "m"));
    const [listed, list] = await keys("operations", "list", "--organisation", "uhcw");
    expect([listed, list]).toEqual([0, expect.stringMatching(new RegExp(`^uhcw  ${id}  UhcwName  registered \\S+\n$`))]);
  });
});
