// Benchmark: cold start of the embedded hub to its first answer, on a fresh data directory (the
// curated dataset is loaded) and on the existing one (second start), with `npm start`'s command.
// Run: npm run bench:start [-- --runs 3] [-- --tsx]   (--tsx: from source through tsx, as before the build step)
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { body, freePort, machine, median, repoRoot, serverEnv } from "./lib.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, tsx: { type: "boolean", default: false } } });
const args = values.tsx ? ["--import", "tsx", resolve(repoRoot, "src/main.ts")] : [resolve(repoRoot, "dist/src/main.js")];
const question = body(`{ organisation(id: "coventry-city-council") { name } }`);

/** Milliseconds from spawning the hub to its first answer without errors; then stops it. */
async function firstAnswer(dataDir: string): Promise<{ ms: number; rssMb: number }> {
  const port = await freePort();
  const start = performance.now();
  const env = serverEnv({ PLACEGRAPH_DATA_DIR: dataDir, PORT: String(port), PLACEGRAPH_SEED: "true", DATABASE_URL: "" });
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ["ignore", "ignore", "inherit"] });
  try {
    for (const deadline = start + 120_000; performance.now() < deadline; ) {
      if (child.exitCode !== null) throw new Error(`the hub exited with code ${child.exitCode}`);
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: question })
        .then((r) => r.json() as Promise<{ data?: { organisation?: { name: string } } }>, () => null);
      if (answer?.data?.organisation?.name) {
        const ms = performance.now() - start;
        const status = await import("node:fs/promises").then((fs) => fs.readFile(`/proc/${child.pid}/status`, "utf8"));
        return { ms, rssMb: Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024 };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error("no answer within 120 s");
  } finally {
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
  }
}

const fresh: number[] = [];
const existing: number[] = [];
const rss: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  const dir = await mkdtemp(join(tmpdir(), "placegraph-start-"));
  try {
    const first = await firstAnswer(join(dir, "pglite"));
    const second = await firstAnswer(join(dir, "pglite"));
    fresh.push(first.ms);
    existing.push(second.ms);
    rss.push(second.rssMb);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
console.log(`Cold start to first answer, node ${args.map((a) => a.replace(`${repoRoot}/`, "")).join(" ")}, ${values.runs} runs; ${machine()}`);
console.log(`fresh embedded database: median ${median(fresh).toFixed(0)} ms (${fresh.map((m) => m.toFixed(0)).join(", ")})`);
console.log(`existing embedded database: median ${median(existing).toFixed(0)} ms (${existing.map((m) => m.toFixed(0)).join(", ")}); RSS at first answer ${median(rss).toFixed(0)} MB`);
