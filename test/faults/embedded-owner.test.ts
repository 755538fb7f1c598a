// One owner for the embedded database: while a process holds a PGlite directory (here `npm
// start`), every other command that would open it refuses at once, exit code 1, saying which
// process holds it and what to do, and writes nothing; the directory still opens afterwards
// with the hub's data intact. A lock left by a killed process is stale and taken over.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/connection.ts";
import { DatabaseInUse, lockDataDirectory, lockPathOf } from "../../src/db/owner.ts";
import { postGraphQL } from "../support/hub.ts";
import { freePort, runScript, waitForReady } from "../support/processes.ts";

const root = mkdtempSync(join(tmpdir(), "placegraph-owner-"));
const dataDir = join(root, "pglite");
const datasetFile = join(root, "trust.json");
writeFileSync(
  datasetFile,
  JSON.stringify({ format: "placegraph-dataset/1", organisations: [{ id: "owner-test-trust", name: "Owner Test NHS Trust", sector: "NHS_TRUST" }] }),
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = { PLACEGRAPH_DATA_DIR: dataDir, PLACEGRAPH_SEED: "false" };

async function run(script: string, args: string[], extra: Record<string, string> = {}) {
  const proc = runScript(script, { ...env, ...extra }, args);
  return { code: await proc.exited, output: proc.output() };
}

/** Every command that opens the database, as a user types it. */
const commands: [string, string, string[], Record<string, string>?][] = [
  ["keys create", "src/access/cli.ts", ["create", "--organisation", "owner-test-trust", "--scope", "read:public"]],
  ["keys list", "src/access/cli.ts", ["list"]],
  ["import", "src/dataset/cli.ts", [datasetFile]],
  ["import --dry-run", "src/dataset/cli.ts", ["--dry-run", datasetFile]],
  ["db:migrate", "src/db/cli.ts", ["migrate"]],
  ["db:reset", "src/db/cli.ts", ["reset", "--no-seed"]],
  ["a second npm start", "src/main.ts", [], { PORT: "0" }],
];

describe("the embedded database has one owner", () => {
  it("refuses every other command while the hub runs, writes nothing, and the directory opens afterwards", async () => {
    expect(await run("src/dataset/cli.ts", [datasetFile])).toMatchObject({ code: 0 });
    const port = await freePort();
    const hub = runScript("src/main.ts", { ...env, PORT: String(port) });
    try {
      await waitForReady(`http://127.0.0.1:${port}/health/ready`, hub);
      // The hub's own process: the one spawned here (tsx is its loader, not a parent process).
      const { pid } = JSON.parse(readFileSync(lockPathOf(dataDir), "utf8")) as { pid: number };
      for (const [name, script, args, extra] of commands) {
        const { code, output } = await run(script, args, extra);
        expect([name, code]).toEqual([name, 1]);
        expect(output).toContain(`The embedded database ${dataDir} is in use by another process (pid ${pid}: `);
        expect(output).toContain("src/main.ts, since ");
        expect(output).toContain(`Either stop that process (Ctrl-C, or kill -TERM ${pid}) and run this command again, or, while the hub runs, send the work through it`);
      }
      const answer = await postGraphQL(`http://127.0.0.1:${port}/graphql`, `{ organisation(id: "owner-test-trust") { name } }`);
      expect(answer).toEqual({ data: { organisation: { name: "Owner Test NHS Trust" } } });
    } finally {
      hub.child.kill("SIGTERM");
      expect(await hub.exited).toBe(0);
    }
    expect(existsSync(lockPathOf(dataDir))).toBe(false);
    const db = await openDatabase(env as never);
    try {
      expect(await db.prisma.apiKey.count()).toBe(0);
      expect(await db.prisma.organisation.count()).toBe(1);
      expect((await db.prisma.importRun.findMany()).length).toBe(1);
    } finally {
      await db.close();
    }
    // Let go on close: the next command runs.
    const created = await run("src/access/cli.ts", commands[0][2]);
    expect(created.code).toBe(0);
    expect(created.output).toContain("Created key pgk_");
  }, 420_000);

  it("refuses a second opener inside one process too", async () => {
    const db = await openDatabase(env as never);
    try {
      expect(() => lockDataDirectory(dataDir)).toThrow(DatabaseInUse);
      expect(JSON.parse(readFileSync(lockPathOf(dataDir), "utf8")).pid).toBe(process.pid);
    } finally {
      await db.close();
    }
  });

  it("opens the embedded database with 16 MB of shared buffers (PGlite's default 128 MB stays resident: bench/results/import.md)", async () => {
    const db = await openDatabase(env as never);
    try {
      expect(await db.prisma.$queryRawUnsafe("SHOW shared_buffers")).toEqual([{ shared_buffers: "16MB" }]);
    } finally {
      await db.close();
    }
  });

  it("takes over a lock whose process is gone (kill -9)", async () => {
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    const deadPid = Number(gone.stdout);
    writeFileSync(lockPathOf(dataDir), JSON.stringify({ pid: deadPid, startTicks: null, hostname: (await import("node:os")).hostname(), command: "killed", since: "2026-01-01T00:00:00.000Z" }));
    const listed = await run("src/access/cli.ts", ["list"]);
    expect([listed.code, listed.output]).toEqual([0, expect.stringContaining("owner-test-trust")]);
    expect(existsSync(lockPathOf(dataDir))).toBe(false);
  });
});
