// The rate limit per caller through the embedded gateway, errors masked as in production: with 3
// requests a minute, a key's 4th request is refused (429, Retry-After, RATE_LIMITED) before any of
// the operation's SQL runs, while another key and an anonymous caller, counted apart, are answered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey } from "../../src/access/keys.ts";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { backends, countStatements, openTestDatabase, type TestDatabase } from "../support/databases.ts";

const query = `{ organisation(id: "uhcw") { id } }`;
const answer = { data: { organisation: { id: "uhcw" } } };

async function send(url: string, key?: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body };
}

/** The refusal, with the wait the hub announced in its header (a whole number of seconds, at most the window). */
function expectLimited(res: Awaited<ReturnType<typeof send>>, caller: string) {
  const wait = Number(res.retryAfter);
  expect(Number.isInteger(wait) && wait >= 1 && wait <= 60, `Retry-After: ${res.retryAfter}`).toBe(true);
  expect([res.status, res.body]).toEqual([
    429,
    { errors: [{ message: `Rate limit reached: at most 3 requests every 60 seconds for ${caller}; retry after ${wait} seconds.`, extensions: { code: "RATE_LIMITED" } }] },
  ]);
}

describe.each(backends)("rate limit on %s", (backend) => {
  let db: TestDatabase;
  let hub: HttpHost;
  beforeAll(async () => {
    db = await openTestDatabase(backend);
    await db.prisma.organisation.create({ data: { id: "uhcw", name: "University Hospitals Coventry and Warwickshire NHS Trust", sector: "NHS_TRUST" } });
    hub = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, maskErrors: true, rateLimit: { requests: 3, windowSeconds: 60 } });
  });
  afterAll(async () => {
    await hub?.close();
    await db?.dispose();
  });

  it("refuses a key's 4th request in the window (429, Retry-After) while another key and an anonymous caller are answered", async () => {
    const first = await createKey(db.prisma, "uhcw", ["read:public"]);
    const second = await createKey(db.prisma, "uhcw", ["read:public"]);
    for (let i = 0; i < 3; i++) expect((await send(hub.url, first.key)).body).toEqual(answer);
    let refused!: Awaited<ReturnType<typeof send>>;
    const { sql } = await countStatements(db, async () => (refused = await send(hub.url, first.key)));
    expectLimited(refused, `key:${first.prefix}:uhcw`);
    // Only the key's own lookup ran: nothing of the operation.
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/FROM "public"\."ApiKey"/);

    expect((await send(hub.url, second.key)).body).toEqual(answer);
    expect((await send(hub.url)).body).toEqual(answer);
  });

  it("counts anonymous callers by their address, apart from the keys sent from it", async () => {
    // The first test sent one anonymous request from this address.
    for (let i = 0; i < 2; i++) expect((await send(hub.url)).body).toEqual(answer);
    const { count } = await countStatements(db, async () => expectLimited(await send(hub.url), "address 127.0.0.1"));
    expect(count).toBe(0);
    const third = await createKey(db.prisma, "uhcw", ["read:public"]);
    expect((await send(hub.url, third.key)).body).toEqual(answer);
  });
});
