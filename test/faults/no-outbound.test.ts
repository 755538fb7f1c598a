// No outbound network call at start or while serving (issue 16 item 5): the hub must work offline
// and tell no one it runs. `npm start` runs on PostgreSQL in a child process whose every socket
// connect and DNS lookup is recorded by a preload (test/support/outbound-recorder.mjs), whatever
// library makes it (telemetry exporters included). Only loopback may appear: the database itself.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../support/databases.ts";
import { freePort, type RunningProcess, runScript, waitForReady } from "../support/processes.ts";

const recorder = resolve(import.meta.dirname, "../support/outbound-recorder.mjs");
const loopback = new Set(["127.0.0.1", "::1", "localhost", "::ffff:127.0.0.1"]);

interface Outbound {
  kind: "connect" | "lookup";
  host?: string;
  port?: number;
  path?: string;
}

describe("outbound network calls", () => {
  let hub: RunningProcess;
  let base: string;
  let postgres: Awaited<ReturnType<typeof createPostgresDatabase>>;
  const dir = mkdtempSync(join(tmpdir(), "placegraph-outbound-"));
  const logFile = join(dir, "outbound.jsonl");
  const recorded = (): Outbound[] =>
    readFileSync(logFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Outbound);

  beforeAll(async () => {
    postgres = await createPostgresDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    hub = runScript("src/main.ts", {
      PORT: String(port),
      DATABASE_URL: postgres.url,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${recorder}`.trim(),
      PLACEGRAPH_OUTBOUND_LOG: logFile,
    });
    await waitForReady(`${base}/health/ready`, hub, 180_000);
  }, 200_000);
  afterAll(async () => {
    if (hub?.child.exitCode === null) {
      hub.child.kill("SIGTERM");
      await hub.exited;
    }
    await postgres?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("connects to nothing but loopback at start and while serving", async () => {
    const post = (body: object, headers: Record<string, string> = {}) =>
      fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    // Serving: a cross-subgraph query, an error, a refused write, a bad credential and the explorer.
    const answered = await post({ query: `{ organisation(id: "coventry-city-council") { name reportedMeasurements { value } } }` });
    expect([answered.status, ((await answered.json()) as { data: { organisation: { name: string } } }).data.organisation.name]).toEqual([200, "Coventry City Council"]);
    expect((await post({ query: "{ nope }" })).status).toBe(400);
    expect((await post({ query: `mutation { importDataset(fileName: "x.json", dataset: {}) { dryRun } }` })).status).toBe(401);
    expect((await post({ query: "{ __typename }" }, { authorization: "Bearer not-a-credential" })).status).toBe(401);
    expect((await fetch(`${base}/explorer`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);

    const calls = recorded();
    // The recorder sees the hub's own connections (its database is on 127.0.0.1): it is listening.
    const databasePort = Number(new URL(postgres.url).port);
    expect(calls.some((c) => c.kind === "connect" && c.port === databasePort)).toBe(true);
    const outside = calls.filter((c) => !c.path && !loopback.has(String(c.host)));
    expect(outside).toEqual([]);
  }, 120_000);
});
