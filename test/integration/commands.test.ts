// The commands as a user runs them: `npm start` (embedded, PGlite in a data directory) and
// `npm run start:distributed` (one process per subgraph, PostgreSQL), each stopped by SIGTERM.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { signedBody } from "../../src/subgraph/signature.ts";
import { currentSnapshot } from "../../src/db/snapshot.ts";
import { createPostgresDatabase } from "../support/databases.ts";
import { icbLookup, postGraphQL } from "../support/hub.ts";
import { freePort, runScript, waitForReady } from "../support/processes.ts";

const { query: icbQuery, answer: icbAnswer } = icbLookup;

describe("npm start (embedded)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "placegraph-start-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("migrates and seeds on first start, answers, and stops cleanly on SIGTERM; a restart keeps the data", async () => {
    const restored = (await currentSnapshot()) !== null;
    for (const run of ["first", "second"]) {
      const port = await freePort();
      const hub = runScript("src/main.ts", { PORT: String(port), PLACEGRAPH_DATA_DIR: dataDir });
      await waitForReady(`http://127.0.0.1:${port}/health/ready`, hub);
      expect(await postGraphQL(`http://127.0.0.1:${port}/graphql`, icbQuery)).toEqual(icbAnswer);
      hub.child.kill("SIGTERM");
      expect(await hub.exited).toBe(0);
      const log = hub.output();
      // The first lines say where the hub is, which database and data it uses, how to stop it;
      // a normal start prints no warning and no stack trace, from us or a dependency.
      expect(log.split("\n")[0]).toBe(`Placegraph is starting on http://127.0.0.1:${port} with PGlite (embedded) in ${dataDir}...`);
      expect(log).toContain(
        [
          "Placegraph is ready.",
          `  GraphQL   http://127.0.0.1:${port}/graphql`,
          `  Explorer  http://127.0.0.1:${port}/explorer  (open it in a browser)`,
          `  Database  PGlite (embedded) in ${dataDir}`,
          "  Data      the curated dataset (prisma/dataset/, source documents in sources/), imported when the database is empty",
          "Stop it with Ctrl-C.",
        ].join("\n"),
      );
      expect(log).not.toMatch(/warn|deprecat|\n\s+at /i);
      expect(log).toContain("SIGTERM received: shutting down");
      expect(log).toContain("PGlite belongs to one process: the hub runs as one process (PLACEGRAPH_WORKERS applies on PostgreSQL)");
      if (run === "first" && restored) {
        // npm run build prepared a snapshot of the current dataset: a fresh database starts from it.
        expect(log).toContain("Restoring the curated dataset from its prepared snapshot");
        expect(log).toContain("Database schema is up to date");
        expect(log).not.toContain("Loaded the curated dataset");
      } else if (run === "first") {
        expect(log).toContain("No current snapshot of the curated dataset (npm run build): importing it");
        expect(log).toContain("Applied migrations: 20261124120000_partners, 20261125114815_partners_provenance, 20261125115808_programmes");
        expect(log).toContain(
          "Loaded the curated dataset (6 files): 139 Organisation, 81 Person, 10 Meeting, 62 AgendaItem, 43 Programme, 12 FundingPool, " +
            "59 Indicator, 540 Measurement; 16481 records created in all",
        );
      } else {
        expect(log).toContain("Database schema is up to date");
        expect(log).not.toContain("Loaded the curated dataset");
      }
    }
  });

  it("refuses to start on invalid configuration, naming the variable", async () => {
    const hub = runScript("src/main.ts", { PORT: "forty" });
    expect(await hub.exited).toBe(1);
    expect(hub.output()).toContain('Invalid configuration:\n  PORT="forty": must be a whole number from 0 to 65535 (0 picks a free port)');
  });
});

describe("npm start on PostgreSQL with PLACEGRAPH_WORKERS", () => {
  it("serves one port from two worker processes, each answering, and stops them all on SIGTERM", async () => {
    const database = await createPostgresDatabase();
    try {
      const port = await freePort();
      const hub = runScript("src/main.ts", { PORT: String(port), DATABASE_URL: database.url, PLACEGRAPH_WORKERS: "2" });
      // The primary seeds, then each worker loads the hub: three starts in a row on a shared machine.
      await waitForReady(`http://127.0.0.1:${port}/health/ready`, hub, 240_000);
      // One worker answers ready as soon as it listens; the primary says when both do.
      for (const deadline = Date.now() + 240_000; !hub.output().includes("with 2 worker processes") && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 200));
      // New connections are dealt round-robin to the workers: each of them answers.
      const answers = await Promise.all(Array.from({ length: 4 }, () => postGraphQL(`http://127.0.0.1:${port}/graphql`, icbQuery)));
      expect(answers).toEqual(Array(4).fill(icbAnswer));
      // Whichever worker answers /metrics (each scrape on a new connection, dealt round-robin too),
      // it counts both workers' requests: 4. (Before: its own, about half.)
      const requestsTotal = (text: string) => [...text.matchAll(/^placegraph_requests_total\{[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
      const scrapes = await Promise.all([1, 2].map(() => fetch(`http://127.0.0.1:${port}/metrics`, { headers: { connection: "close" } }).then((r) => r.text())));
      expect(scrapes.map(requestsTotal)).toEqual([4, 4]);
      hub.child.kill("SIGTERM");
      expect(await hub.exited).toBe(0);
      const log = hub.output();
      expect(log).toContain(`Placegraph is serving http://127.0.0.1:${port}/graphql with 2 worker processes`);
      expect(log).toContain(`Placegraph is ready.\n  GraphQL   http://127.0.0.1:${port}/graphql`);
      expect(log).toContain("SIGTERM received: stopping 2 workers");
      expect(log.match(/"name":"worker \d+","msg":"SIGTERM received: shutting down"/g)).toHaveLength(2);
      expect(await fetch(`http://127.0.0.1:${port}/health/live`).then(() => "up", () => "down")).toBe("down");
    } finally {
      await database.drop();
    }
  }, 300_000);
});

describe("npm run start:distributed (PostgreSQL)", () => {
  it("starts every subgraph as its own process behind the gateway, and stops them all on SIGTERM", async () => {
    const database = await createPostgresDatabase();
    try {
      const port = await freePort();
      const basePort = await freePort();
      const secret = randomBytes(32).toString("hex");
      const hub = runScript("src/distributed.ts", { PORT: String(port), PLACEGRAPH_SUBGRAPH_BASE_PORT: String(basePort), DATABASE_URL: database.url, PLACEGRAPH_SUBGRAPH_SECRET: secret });
      // Six processes start (five subgraphs and the gateway): give a shared machine time.
      await waitForReady(`http://127.0.0.1:${port}/health/ready`, hub, 180_000);
      expect(await postGraphQL(`http://127.0.0.1:${port}/graphql`, icbQuery)).toEqual(icbAnswer);
      // A subgraph answers only what the gateway signed.
      const subgraphUrl = `http://127.0.0.1:${basePort}/graphql`;
      const unsigned = await fetch(subgraphUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ _service { sdl } }" }) });
      expect(unsigned.status).toBe(403);
      const signed = await fetch(subgraphUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(signedBody(secret, { query: "{ _service { sdl } }" })) });
      expect(((await signed.json()) as any).data._service.sdl).toContain("type Organisation");
      hub.child.kill("SIGTERM");
      expect(await hub.exited).toBe(0);
      expect(hub.output()).toContain(`Subgraph partners is serving http://127.0.0.1:${basePort}/graphql`);
      expect(await fetch(`http://127.0.0.1:${basePort}/health/live`).then(() => "up", () => "down")).toBe("down");
    } finally {
      await database.drop();
    }
  }, 240_000);

  it("refuses to start without DATABASE_URL", async () => {
    const hub = runScript("src/distributed.ts", {});
    expect(await hub.exited).toBe(1);
    expect(hub.output()).toContain("The distributed layout needs PostgreSQL: set DATABASE_URL (PGlite cannot be shared between processes).");
  });
});
