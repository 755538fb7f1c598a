// `kill -9` of an import midway: the transaction never commits, so nothing of it is stored (no
// records, no audit record), the database still opens (PGlite's directory included, its lock
// left behind by the dead process taken over as stale), and running the import again succeeds.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { curatedDatasetDir } from "../../src/dataset/curated.ts";
import { openDatabase } from "../../src/db/connection.ts";
import { backends, createPostgresDatabase } from "../support/databases.ts";

const root = resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The import command in one process (tsx as a loader, so the pid is the importer's own). */
function importProcess(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", "src/dataset/cli.ts", curatedDatasetDir], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  return { child, output: () => output };
}

async function database(backend: (typeof backends)[number]): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (backend === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "placegraph-killed-"));
    dirs.push(dir);
    return { env: { PLACEGRAPH_DATA_DIR: join(dir, "pglite") }, drop: async () => {} };
  }
  const { url, drop } = await createPostgresDatabase();
  return { env: { DATABASE_URL: url }, drop };
}

describe.each(backends)("an import killed midway on %s", (backend) => {
  it("leaves nothing written, and the re-run imports everything", async () => {
    const { env, drop } = await database(backend);
    try {
      const first = importProcess(env);
      // Killed once several record types are written inside the transaction.
      for (const deadline = Date.now() + 120_000; !/\[6\/\d+\]/.test(first.output()); await new Promise((r) => setTimeout(r, 50))) {
        if (first.child.exitCode !== null || Date.now() > deadline) throw new Error(`import ended before it could be killed:\n${first.output()}`);
      }
      first.child.kill("SIGKILL");
      await once(first.child, "exit");
      expect(first.output()).not.toContain("Imported (audit record");

      const db = await openDatabase({ DATABASE_URL: undefined, PLACEGRAPH_DATA_DIR: "memory", ...env });
      try {
        expect(await db.prisma.importRun.count()).toBe(0);
        expect(await db.prisma.organisation.count()).toBe(0);
        expect(await db.prisma.area.count()).toBe(0);
      } finally {
        await db.close();
      }

      const second = importProcess(env);
      const [code] = await once(second.child, "exit");
      // The audit record is written first in the import's transaction (its rows name it), so on
      // PostgreSQL the killed import used up id 1 of the sequence, though nothing of it is stored.
      expect([code, second.output()]).toEqual([0, expect.stringMatching(/Imported \(audit record (1|2)\)\./)]);
      // Everything created, nothing updated or unchanged: the total row is the sum of the record types' rows.
      const rows = [...second.output().matchAll(/^ {2}(\w+) +(\d+) +(\d+) +(\d+)$/gm)].filter((r) => r[1] !== "total");
      const created = rows.reduce((n, r) => n + Number(r[2]), 0);
      expect(rows.length).toBeGreaterThan(40);
      expect(second.output()).toMatch(new RegExp(`  total\\s+${created}\\s+0\\s+0\\n`));
    } finally {
      await drop();
    }
  }, 300_000);
});
