// Partner API keys: created with scopes, stored only as a hash, resolved by the gateway to an
// identity the subgraphs see, accepted by importDataset with write:own (for the key's own
// organisation's records, see ownership.test.ts) or admin, refused when unknown, revoked or
// without the scope; and the `npm run keys` command.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveIdentity } from "../../src/access/identity.ts";
import { createKey, hashKey, listKeys, revokeKey, rotateKey } from "../../src/access/keys.ts";
import { startRemoteGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { startSubgraphServer } from "../../src/subgraph/serve.ts";
import { subgraphs } from "../../src/subgraphs/index.ts";
import { backends } from "../support/databases.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";
import { runScript } from "../support/processes.ts";

const mutation = `mutation($dataset: JSONObject!) { importDataset(fileName: "partner.json", dataset: $dataset, dryRun: false) { importRunId totals { created updated unchanged } } }`;
// UHCW's own record with a new name for it: a write:own key of UHCW may write it.
const dataset = {
  format: "placegraph-dataset/1",
  organisations: [{ id: "uhcw", name: "University Hospitals Coventry and Warwickshire NHS Trust", shortName: "UHCW", sector: "NHS_TRUST", aliases: ["UHCW NHS Trust"] }],
};

async function send(url: string, authorization?: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: mutation, variables: { dataset } }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}
const codes = (r: Awaited<ReturnType<typeof send>>) => r.body.errors?.map((e) => [e.extensions?.code, e.message]);

describe.each(backends)("partner API keys on %s", (backend) => {
  let hub: TestHub;
  let remote: HttpHost;
  const servers: HttpHost[] = [];
  beforeAll(async () => {
    hub = await startTestHub(backend);
    for (const s of subgraphs) servers.push(await startSubgraphServer(s, hub.db.prisma, { host: "127.0.0.1", port: 0 }));
    remote = await startRemoteGateway(subgraphs.map((s, i) => ({ name: s.name, routingUrl: servers[i].url })), { host: "127.0.0.1", port: 0 }, hub.db.prisma);
  });
  afterAll(async () => {
    await Promise.all([remote, ...servers].filter(Boolean).map((h) => h.close()));
    await hub?.close();
  });

  it("creates a key shown once and stores only its hash; resolves it to an identity", async () => {
    const created = await createKey(hub.db.prisma, "uhcw", ["read:public"], "reporting");
    expect(created.key).toMatch(/^pgk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    const stored = await hub.db.prisma.apiKey.findUniqueOrThrow({ where: { prefix: created.prefix } });
    expect(stored.keyHash).toBe(hashKey(created.key));
    expect(JSON.stringify(stored)).not.toContain(created.key.slice(13));
    expect(await resolveIdentity(hub.db.prisma, `Bearer ${created.key}`)).toEqual({ organisationId: "uhcw", scopes: ["read:public"], principal: `key:${created.prefix}`, trustedOperationsOnly: false });
    expect(await resolveIdentity(hub.db.prisma, undefined)).toBeNull();
    // Neither a key nor a token (nor the admin token, none being configured): refused, not anonymous.
    await expect(resolveIdentity(hub.db.prisma, "Bearer some-admin-token-value")).rejects.toThrow("The bearer credential is neither a known API key nor a valid token");
    await expect(createKey(hub.db.prisma, "nobody", ["read:public"])).rejects.toThrow('Unknown organisation "nobody"');
    await expect(createKey(hub.db.prisma, "uhcw", ["root"])).rejects.toThrow('Unknown scope "root": use read:public, read:restricted, write:own, admin');
    expect((await listKeys(hub.db.prisma)).map((k) => [k.prefix, k.organisationId, k.scopes, k.revokedAt])).toContainEqual([created.prefix, "uhcw", ["read:public"], null]);
  });

  it("lets importDataset accept a key with write:own or admin, in both gateway layouts, and audits the key", async () => {
    const writer = await createKey(hub.db.prisma, "uhcw", ["read:public", "write:own"]);
    const first = await send(hub.url, `Bearer ${writer.key}`);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.importDataset.totals).toEqual({ created: 1, updated: 0, unchanged: 1 });
    const run = await hub.db.prisma.importRun.findUniqueOrThrow({ where: { id: first.body.data.importDataset.importRunId } });
    expect(run.actor).toBe(`key:${writer.prefix}:uhcw`);
    const admin = await createKey(hub.db.prisma, "coventry-city-council", ["admin"]);
    const viaRemote = await send(remote.url, `Bearer ${admin.key}`);
    expect(viaRemote.body.errors).toBeUndefined();
    expect(viaRemote.body.data.importDataset.totals).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it("refuses a key without the scope (FORBIDDEN), and unknown, malformed or revoked keys (UNAUTHENTICATED, 401)", async () => {
    const reader = await createKey(hub.db.prisma, "uhcw", ["read:public"]);
    const forbidden = await send(hub.url, `Bearer ${reader.key}`);
    expect(codes(forbidden)).toEqual([["FORBIDDEN", "Mutation.importDataset needs scope write:own or admin; this identity has read:public"]]);

    const unknownKey = `pgk_00000000_${"A".repeat(43)}`;
    // Both layouts' gateways refuse the request before any subgraph is called.
    const unknown = await send(hub.url, `Bearer ${unknownKey}`);
    expect([unknown.status, codes(unknown)]).toEqual([401, [["UNAUTHENTICATED", "The API key is not known"]]]);
    const unknownRemote = await send(remote.url, `Bearer ${unknownKey}`);
    expect([unknownRemote.status, codes(unknownRemote)]).toEqual([401, [["UNAUTHENTICATED", "The API key is not known"]]]);
    expect(await hub.db.prisma.organisationAlias.count({ where: { alias: "UHCW NHS Trust" } })).toBe(1);
    expect(codes(await send(hub.url, "Bearer pgk_nonsense"))).toEqual([["UNAUTHENTICATED", "The API key is malformed"]]);
    expect(codes(await send(hub.url, "Basic dWhjdzpzZWNyZXQ="))).toEqual([["UNAUTHENTICATED", 'The Authorization header must be "Bearer <API key or token>"']]);

    const writer = await createKey(hub.db.prisma, "uhcw", ["write:own"]);
    expect(await revokeKey(hub.db.prisma, writer.prefix)).toBe(true);
    expect(await revokeKey(hub.db.prisma, writer.prefix)).toBe(false);
    expect(codes(await send(hub.url, `Bearer ${writer.key}`))).toEqual([["UNAUTHENTICATED", "The API key has been revoked"]]);
    // Reads without a key still answer.
    expect((await hub.query(`{ organisation(id: "uhcw") { id } }`)).data).toEqual({ organisation: { id: "uhcw" } });
  });

  it("refuses a key past its expiry, and rotates a key with a grace period for the old one", async () => {
    const viewer = (key: string) => fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify({ query: "{ viewer { principal } }" }) });
    const expiredAt = new Date(Date.now() - 1000);
    const expired = await createKey(hub.db.prisma, "uhcw", ["read:public"], "", { expiresAt: expiredAt });
    const refused = await viewer(expired.key);
    expect([refused.status, ((await refused.json()) as { errors: { message: string }[] }).errors[0].message]).toEqual([401, `The API key expired at ${expiredAt.toISOString()}`]);

    const old = await createKey(hub.db.prisma, "uhcw", ["read:public", "write:own"], "uploads", { trustedOperationsOnly: true });
    const rotated = (await rotateKey(hub.db.prisma, old.prefix, 7))!;
    expect(rotated.created).toMatchObject({ organisationId: "uhcw", scopes: ["read:public", "write:own"], trustedOperationsOnly: true, expiresAt: null });
    expect(rotated.oldExpiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    // Both work during the grace period (by hash: the keys are restricted to trusted operations).
    for (const key of [old.key, rotated.created.key]) expect((await viewer(key)).status).toBe(403);
    expect(await rotateKey(hub.db.prisma, old.prefix, 7)).toBeNull();
    // Once the grace period is over, the old key names its replacement.
    await hub.db.prisma.apiKey.update({ where: { prefix: old.prefix }, data: { expiresAt: expiredAt } });
    const after = await viewer(old.key);
    expect(((await after.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      `The API key expired at ${expiredAt.toISOString()} (it was replaced by ${rotated.created.prefix})`,
    );
  });
});

describe("npm run keys", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "placegraph-keys-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("creates (showing the key once), lists and revokes keys", async () => {
    const env = { PLACEGRAPH_DATA_DIR: join(dir, "pglite") };
    // An organisation to issue the key to.
    const file = join(dir, "uhcw.json");
    await writeFile(file, JSON.stringify({ format: "placegraph-dataset/1", organisations: [{ id: "uhcw", name: "University Hospitals Coventry and Warwickshire NHS Trust", sector: "NHS_TRUST" }] }));
    const seed = runScript("src/dataset/cli.ts", env, [file]);
    expect(await seed.exited, seed.output()).toBe(0);
    const create = runScript("src/access/cli.ts", env, ["create", "--organisation", "uhcw", "--scope", "write:own", "--label", "uploads"]);
    expect(await create.exited, create.output()).toBe(0);
    const key = /^(pgk_[0-9a-f]{8}_\S{43})$/m.exec(create.output())?.[1];
    expect(key).toBeDefined();
    const prefix = key!.slice(0, 12);
    expect(create.output()).toContain(`Created key ${prefix} for uhcw with scopes write:own.`);

    const list = runScript("src/access/cli.ts", env, ["list"]);
    expect(await list.exited).toBe(0);
    expect(list.output()).toMatch(new RegExp(`${prefix}  uhcw  write:own  created \\S+  active  uploads`));
    expect(list.output()).not.toContain(key!.slice(13));

    const revoke = runScript("src/access/cli.ts", env, ["revoke", prefix]);
    expect([await revoke.exited, revoke.output().trim()]).toEqual([0, `Revoked ${prefix}.`]);
    const again = runScript("src/access/cli.ts", env, ["revoke", prefix]);
    expect([await again.exited, again.output().trim()]).toEqual([1, `No active key with prefix ${prefix}`]);

    const expiring = runScript("src/access/cli.ts", env, ["create", "--organisation", "uhcw", "--scope", "read:public", "--expires-in-days", "90"]);
    expect(await expiring.exited, expiring.output()).toBe(0);
    const second = /^Created key (pgk_[0-9a-f]{8}) for uhcw with scopes read:public, expires (\S+)\.$/m.exec(expiring.output());
    expect(new Date(second![2]).getTime() - Date.now()).toBeGreaterThan(89 * 24 * 3600 * 1000);
    const rotate = runScript("src/access/cli.ts", env, ["rotate", second![1], "--grace-days", "2"]);
    expect(await rotate.exited, rotate.output()).toBe(0);
    expect(rotate.output()).toMatch(new RegExp(`^${second![1]} keeps working until \\S+; switch the partner's system over before then\\.$`, "m"));
    const badDays = runScript("src/access/cli.ts", env, ["rotate", second![1], "--grace-days", "soon"]);
    expect([await badDays.exited, badDays.output().split("\n")[0]]).toEqual([2, '--grace-days must be a whole number of days, e.g. 90 (got "soon")']);
    const bad = runScript("src/access/cli.ts", env, ["create", "--organisation", "uhcw"]);
    expect(await bad.exited).toBe(2);
  }, 150_000); // nine runs of the command, each starting Node and tsx: about 30 s, more on a busy machine
});
