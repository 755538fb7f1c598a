// Benchmark: the CPU cost per request of the operations signals (a pino log line per request,
// request and subgraph metrics), side by side with the same hub without them. "Without" is the
// code before the signals (a git ref, by default where this branch left main), extracted to a
// temporary folder that shares this checkout's node_modules; both hubs serve one PostgreSQL
// database with the curated data, cells interleaved in one run. The "with" hub logs at info
// (one JSON line per request, to a temporary file) and keeps its metrics; /metrics is not scraped.
// Run: npm run bench:signals [-- --seconds 5 --rounds 3 --without <git ref>]   (needs PostgreSQL, see bench/lib.ts)
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { body, cell, type Cell, type Server, checkAnswers, curatedDatabase, freePort, machine, median, repoRoot, serverEnv, startServer, stopLocalPostgres } from "./lib.ts";
import { hubArgs } from "./layouts.ts";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "5" }, rounds: { type: "string", default: "3" }, without: { type: "string" } } });
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const git = (...args: string[]) => execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" }).trim();
const withoutRef = values.without ?? git("merge-base", "HEAD", "main");

/** The hub's source at `ref`, in a temporary folder, with this checkout's node_modules and Prisma client. */
function checkout(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), "placegraph-bench-without-"));
  execFileSync("bash", ["-c", `git archive ${ref} | tar -x -C ${dir}`], { cwd: repoRoot });
  symlinkSync(resolve(repoRoot, "node_modules"), join(dir, "node_modules"));
  cpSync(resolve(repoRoot, "src/generated"), join(dir, "src/generated"), { recursive: true });
  return dir;
}

const request = body(`query Predecessors { organisationByIdentifier(scheme: "ODS", code: "QWU") { name predecessors { shortName } } }`);
const db = await curatedDatabase("signals");
const without = checkout(withoutRef);
const logs = mkdtempSync(join(tmpdir(), "placegraph-bench-logs-"));
const hubs = [
  { label: `without (${withoutRef.slice(0, 7)})`, args: hubArgs().map((a) => a.replace(resolve(repoRoot, "src"), resolve(without, "src"))), logLevel: "warn", cwd: without },
  { label: `with (${git("rev-parse", "--short", "HEAD")})`, args: hubArgs(), logLevel: "info", cwd: repoRoot },
];
const servers: Server[] = [];
try {
  // One after the other: a server that fails to start leaves nothing behind (the finally below).
  for (const [i, hub] of hubs.entries()) {
    const port = await freePort();
    servers.push(await startServer(hub.label, hub.args, serverEnv({ DATABASE_URL: db.url, PORT: String(port), LOG_LEVEL: hub.logLevel }), port, { timeoutMs: 240_000, logFile: join(logs, `${i}.log`), cwd: hub.cwd }));
  }
  const answers = await Promise.all(servers.map((s) => checkAnswers(s.url, request)));
  if (JSON.stringify(answers[0]) !== JSON.stringify(answers[1])) throw new Error("The two hubs answer differently");
  // Warm up both (JIT, connection pools) before measuring.
  for (const s of servers) await cell(s, request, 2);
  const cells: Cell[][] = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const [i, s] of servers.entries()) cells[i].push(await cell(s, request, seconds));
  }
  const stat = (f: (c: Cell) => number) => cells.map((c) => median(c.map(f)));
  const [rps, p50, cpu, failures] = [stat((c) => c.rps), stat((c) => c.p50), stat((c) => c.cpuMs), cells.map((c) => c.reduce((n, x) => n + x.failures, 0))];
  console.log(`Predecessors (gateway + partners subgraph), ${rounds} interleaved rounds of ${seconds} s per cell, concurrency 10; ${machine()}`);
  console.log(`| hub | median req/s | median p50 ms | CPU ms/request | failures |`);
  console.log(`|---|---|---|---|---|`);
  for (const [i, hub] of hubs.entries()) console.log(`| ${hub.label} | ${rps[i].toFixed(0)} | ${p50[i].toFixed(1)} | ${cpu[i].toFixed(2)} | ${failures[i]} |`);
  console.log(`CPU per request with / without: ${(cpu[1] / cpu[0]).toFixed(3)} (+${(cpu[1] - cpu[0]).toFixed(2)} ms); p50 with / without: ${(p50[1] / p50[0]).toFixed(2)}`);
  console.log(`Per round (CPU ms/request): ${cells.map((c, i) => `${hubs[i].label}: ${c.map((x) => x.cpuMs.toFixed(2)).join(", ")}`).join("; ")}`);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await db.drop();
  await stopLocalPostgres();
  rmSync(without, { recursive: true, force: true });
  rmSync(logs, { recursive: true, force: true });
}
