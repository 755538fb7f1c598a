// PostgreSQL stopped and started again under a bounded load, on a throwaway server of the test's
// own (scripts/postgres.ts, never the shared one): while it is down clients get a clear
// SERVICE_UNAVAILABLE error (no SQL, no stack) and /health/ready answers 503; once it is back
// the same hub process recovers by itself, every query answers again and readiness returns.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type LocalPostgres, startPostgres } from "../../scripts/postgres.ts";
import { openDatabase } from "../../src/db/connection.ts";
import { applyMigrations } from "../../src/db/migrations.ts";
import { freePort, type RunningProcess, runScript, waitForReady } from "../support/processes.ts";

const dir = mkdtempSync(join(tmpdir(), "placegraph-pg-restart-"));
let port: number;
let databaseUrl: string;
let server: LocalPostgres | null = null;
/** Starts (again, on the same data and port) or stops the test's own server. */
async function postgres(command: "start" | "stop"): Promise<string> {
  if (command === "start") server = await startPostgres({ port, dir });
  else await server?.stop().then(() => (server = null));
  return server?.url ?? "";
}

beforeAll(async () => {
  port = await freePort();
  databaseUrl = await postgres("start");
  const db = await openDatabase({ DATABASE_URL: databaseUrl, PLACEGRAPH_DATA_DIR: "memory" });
  await applyMigrations(db.adapter);
  await db.close();
});

afterAll(async () => {
  // Stopped already unless a check failed while it was down and up again.
  await postgres("stop");
  rmSync(dir, { recursive: true, force: true });
});

const query = JSON.stringify({ query: "{ organisations { totalCount } }" });

interface Outcome {
  status: number;
  codes: string[];
  messages: string[];
}

async function ask(url: string): Promise<Outcome> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: query });
  const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? "none"), messages: (body.errors ?? []).map((e) => e.message) };
}

/** Four clients asking in a loop until `stop` says so (and never more than 2,000 requests in all). */
function load(url: string) {
  const outcomes: Outcome[] = [];
  let running = true;
  const client = async () => {
    while (running && outcomes.length < 2000) {
      outcomes.push(await ask(url).catch((err: Error) => ({ status: 0, codes: ["fetch failed"], messages: [err.message] })));
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const clients = Promise.all([client(), client(), client(), client()]);
  return {
    outcomes,
    async stop() {
      running = false;
      await clients;
    },
  };
}

async function readiness(base: string) {
  return (await fetch(`${base}/health/ready`)).status;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    if (await check()) return;
  }
  throw new Error(`Timed out waiting for ${what}`);
}

it("answers 503-class errors while PostgreSQL is down and recovers without a restart", async () => {
  const hubPort = await freePort();
  const base = `http://127.0.0.1:${hubPort}`;
  const hub: RunningProcess = runScript("src/main.ts", { DATABASE_URL: databaseUrl, PORT: String(hubPort), PLACEGRAPH_SEED: "false", NODE_ENV: "development" });
  try {
    await waitForReady(`${base}/health/ready`, hub);
    const before = load(`${base}/graphql`);
    await new Promise((r) => setTimeout(r, 1000));
    await before.stop();
    expect(before.outcomes.length).toBeGreaterThan(0);
    expect(before.outcomes.filter((o) => o.status !== 200 || o.codes.length)).toEqual([]);

    const during = load(`${base}/graphql`);
    await postgres("stop");
    await waitFor(async () => (await readiness(base)) === 503, "/health/ready to answer 503");
    await new Promise((r) => setTimeout(r, 1000));
    const down = during.outcomes.length;
    await new Promise((r) => setTimeout(r, 1000));
    await during.stop();
    // Every answer once the database was gone is the same clear refusal.
    const whileDown = during.outcomes.slice(down);
    expect(whileDown.length).toBeGreaterThan(0);
    expect(new Set(whileDown.map((o) => JSON.stringify(o)))).toEqual(
      new Set([JSON.stringify({ status: 503, codes: ["SERVICE_UNAVAILABLE"], messages: ["The database is unavailable; try again shortly."] })]),
    );
    expect(hub.child.exitCode).toBeNull();

    await postgres("start");
    await waitFor(async () => (await readiness(base)) === 200, "/health/ready to answer 200 again");
    const after = load(`${base}/graphql`);
    await new Promise((r) => setTimeout(r, 1000));
    await after.stop();
    expect(after.outcomes.length).toBeGreaterThan(0);
    expect(after.outcomes.filter((o) => o.status !== 200 || o.codes.length)).toEqual([]);
    expect(hub.child.exitCode).toBeNull();
  } finally {
    hub.child.kill("SIGTERM");
    await hub.exited;
  }
}, 180_000);
