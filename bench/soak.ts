// Soak: the embedded hub (its own process, a fresh PGlite directory with the curated dataset, or
// PostgreSQL with --database-url) under a mixed, bounded load for a set time: the 33 published
// operations with their example variables, the health route, and once a round a small
// admin import (created once, then unchanged). Every 30 s it records requests, errors, p50/p99
// latency and the hub's resident memory (RSS), and at the end writes bench/results/soak.md.
// Target: 0 errors, and RSS after the warm-up minute flat within 10%.
// Run: npx tsx bench/soak.ts [--minutes 10] [--clients 4] [--database-url postgresql://...] [--out file]
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadExplorerTabs } from "../src/explorer/operations.ts";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    clients: { type: "string", default: "4" },
    "database-url": { type: "string" },
    out: { type: "string", default: resolve(import.meta.dirname, "results/soak.md") },
  },
});
const minutes = Number(values.minutes);
const clients = Number(values.clients);
// Bounded whatever is asked: at most an hour, at most 16 clients.
if (!(minutes > 0 && minutes <= 60)) throw new Error("--minutes must be more than 0 and at most 60");
if (!(Number.isInteger(clients) && clients >= 1 && clients <= 16)) throw new Error("--clients must be a whole number from 1 to 16");

const INTERVAL_MS = 30_000;
const WARM_UP_INTERVALS = 2;
const adminToken = "soak-admin-token-0123456789";
const root = resolve(import.meta.dirname, "..");

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** The hub in a process of its own (tsx as a loader, so the pid is the hub's and its RSS is the hub's). */
function startHub(port: number, dataDir: string): ChildProcess {
  const env = {
    ...process.env,
    PORT: String(port),
    PLACEGRAPH_DATA_DIR: dataDir,
    DATABASE_URL: values["database-url"] ?? "",
    PLACEGRAPH_ADMIN_TOKEN: adminToken,
    PLACEGRAPH_RATE_LIMIT: "0",
    LOG_LEVEL: "warn",
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  return child;
}

async function waitReady(base: string, hub: ChildProcess) {
  for (const deadline = Date.now() + 300_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    if (hub.exitCode !== null) throw new Error(`the hub exited with ${hub.exitCode}`);
    if (await fetch(`${base}/health/ready`).then((r) => r.ok, () => false)) return;
  }
  throw new Error("the hub was not ready within 5 minutes");
}

function rssMiB(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);
  return kb / 1024;
}

const importMutation = `mutation($dataset: JSONObject!) { importDataset(fileName: "soak.json", dataset: $dataset) { totals { created updated unchanged } } }`;
const soakDataset = { format: "placegraph-dataset/1", organisations: [{ id: "soak-test-trust", name: "Soak Test NHS Trust", sector: "NHS_TRUST" }] };

type Request = { label: string; path: string; body?: string; headers?: Record<string, string> };

async function requestMix(): Promise<Request[]> {
  const reads = (await loadExplorerTabs()).map((tab) => ({ label: tab.name, path: "/graphql", body: JSON.stringify({ query: tab.query, variables: tab.variables }) }));
  const write = { label: "importDataset", path: "/graphql", body: JSON.stringify({ query: importMutation, variables: { dataset: soakDataset } }), headers: { authorization: `Bearer ${adminToken}` } };
  const health = { label: "health", path: "/health/ready" };
  // One round: every read once, a readiness check, one import.
  return [...reads, health, write];
}

interface Interval {
  end: number;
  requests: number;
  errors: number;
  latencies: number[];
  rss: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

async function send(base: string, request: Request): Promise<string | null> {
  const res = await fetch(base + request.path, request.body
    ? { method: "POST", headers: { "content-type": "application/json", ...request.headers }, body: request.body }
    : {});
  const text = await res.text();
  if (!res.ok) return `${request.label}: HTTP ${res.status} ${text.slice(0, 200)}`;
  if (request.path === "/graphql" && (JSON.parse(text) as { errors?: unknown[] }).errors) return `${request.label}: ${text.slice(0, 200)}`;
  return null;
}

async function main() {
  const dataRoot = mkdtempSync(join(tmpdir(), "placegraph-soak-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const hub = startHub(port, join(dataRoot, "pglite"));
  const started = new Date();
  try {
    await waitReady(base, hub);
    const mix = await requestMix();
    const intervals: Interval[] = [];
    const errorSamples: string[] = [];
    let current: Interval = { end: 0, requests: 0, errors: 0, latencies: [], rss: 0 };
    const t0 = performance.now();
    const stopAt = t0 + minutes * 60_000;
    const ticker = setInterval(() => {
      current.end = Math.round((performance.now() - t0) / 1000);
      current.rss = rssMiB(hub.pid!);
      intervals.push(current);
      const sorted = [...current.latencies].sort((a, b) => a - b);
      console.error(`${current.end}s: ${current.requests} requests, ${current.errors} errors, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, RSS ${current.rss.toFixed(0)} MiB`);
      current = { end: 0, requests: 0, errors: 0, latencies: [], rss: 0 };
    }, INTERVAL_MS);
    let next = 0;
    const client = async () => {
      while (performance.now() < stopAt) {
        const request = mix[next++ % mix.length];
        const start = performance.now();
        const problem = await send(base, request).catch((err: Error) => `${request.label}: ${err.message}`);
        current.latencies.push(performance.now() - start);
        current.requests++;
        if (problem) {
          current.errors++;
          if (errorSamples.length < 10) errorSamples.push(problem);
        }
      }
    };
    await Promise.all(Array.from({ length: clients }, client));
    clearInterval(ticker);
    writeFileSync(values.out, report(intervals, errorSamples, started));
    console.error(`Wrote ${values.out}`);
  } finally {
    hub.kill("SIGTERM");
    await once(hub, "exit");
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

function report(intervals: Interval[], errorSamples: string[], started: Date): string {
  const requests = intervals.reduce((n, i) => n + i.requests, 0);
  const errors = intervals.reduce((n, i) => n + i.errors, 0);
  const steady = intervals.slice(WARM_UP_INTERVALS).map((i) => i.rss);
  const spread = steady.length ? (Math.max(...steady) / Math.min(...steady) - 1) * 100 : NaN;
  const rows = intervals.map((i) => {
    const sorted = [...i.latencies].sort((a, b) => a - b);
    return `| ${i.end} | ${i.requests} | ${i.errors} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${i.rss.toFixed(0)} |`;
  });
  const store = values["database-url"] ? "PostgreSQL" : "embedded PGlite in a fresh data directory";
  return [
    "# Soak",
    "",
    `Command: \`npx tsx bench/soak.ts --minutes ${minutes} --clients ${clients}\`, started ${started.toISOString()}, on ${cpus().length} cores`,
    `(shared with other work). The hub runs as its own process on ${store} with the curated dataset,`,
    "the rate limit off; each client sends, one after another, the 33 published operations with their",
    "example variables, a readiness check and a small admin import (created once, unchanged after), in turn.",
    "RSS is the hub process's resident memory at the end of each 30 s interval.",
    "",
    "| end (s) | requests | errors | p50 (ms) | p99 (ms) | RSS (MiB) |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
    `Total: ${requests} requests, ${errors} errors. RSS after the ${WARM_UP_INTERVALS * 30} s warm-up: ${steady.length ? `${Math.min(...steady).toFixed(0)} to ${Math.max(...steady).toFixed(0)} MiB, a spread of ${spread.toFixed(1)}%` : "no samples"} (target: within 10%).`,
    ...(errorSamples.length ? ["", "First errors:", "", "```text", ...errorSamples, "```"] : []),
    "",
  ].join("\n");
}

await main();
