// Benchmark: the embedded hub's gateway before and after the move to Hive Gateway's runtime, side
// by side in one interleaved run. Each hub runs in its own process (PGlite in memory, curated
// data); the published operations (schema/operations/, with the explorer's example variables) and
// one query across all five subgraphs are sent to each in turn, round after round, and each
// round's CPU time is read from /proc/<pid>/stat around it (steadier than requests per second on
// a shared machine). Also recorded: time from spawn to the first answer, and resident memory.
// Run: npx tsx bench/gateway.ts [old-git-ref] [rounds]   (results in bench/results/gateway.md)
// The old hub is the given commit's tree (git archive) with its own generated Prisma client, run
// with its own dependencies (npm ci in the temporary folder: @apollo/gateway is not this tree's).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig } from "../src/config.ts";
import { exampleVariables } from "../src/explorer/examples.ts";
import { loadPublishedOperations } from "../src/explorer/operations.ts";

const root = resolve(import.meta.dirname, "..");
const [oldRef = "6d439f2", roundsArg = "6"] = process.argv.slice(2);
const rounds = Number(roundsArg);
const clockTicks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());

const fiveSubgraphs = `{ organisation(id: "coventry-city-council") {
  fundingContributions { amount source { firstLine text } }
  ledProgrammes(status: ACTIVE) { id indicators { code } }
  meetingsAttended { id board { name } }
} }`;
const variables = exampleVariables as Record<string, Record<string, unknown>>;
let operations = [
  ...(await loadPublishedOperations()).map(({ name, query }) => ({ name, query, variables: variables[name] ?? {} })),
  { name: "FiveSubgraphs", query: fiveSubgraphs, variables: {} },
];

interface Hub {
  label: string;
  child: ChildProcess;
  url: string;
  startMs: number;
  cpuMs: number;
  /** Of cpuMs, the main (JavaScript) thread's; the rest is V8's and libuv's helper threads (garbage collection, compilation, I/O). */
  mainThreadMs: number;
  wallMs: number;
  requests: number;
}

/** CPU time (user + system) a process (or one of its threads, /proc/<pid>/task/<tid>) has used so far, in ms. */
function cpuOf(pid: number, tid?: number): number {
  const fields = readFileSync(tid ? `/proc/${pid}/task/${tid}/stat` : `/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
}
const memoryOf = (pid: number, field: "VmRSS" | "VmHWM") => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

async function start(label: string, dir: string, port: number): Promise<Hub> {
  const began = performance.now();
  const env = { ...process.env, PLACEGRAPH_DATA_DIR: "memory", PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", PLACEGRAPH_RATE_LIMIT: "0", PLACEGRAPH_SOURCES_DIR: loadConfig().PLACEGRAPH_SOURCES_DIR, NODE_ENV: "production" };
  // One process (tsx as a loader, not its CLI, which would run the hub in a child).
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: dir, env, stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; i < 3000; i++) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}`);
    const answered = await send(url, operations[0]).then(() => true, () => false);
    if (answered) return { label, child, url, startMs: performance.now() - began, cpuMs: 0, mainThreadMs: 0, wallMs: 0, requests: 0 };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${label} did not answer within 300 s`);
}

async function send(url: string, op: (typeof operations)[number]) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: op.query, variables: op.variables }) });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(`${op.name}: ${body.errors[0].message}`);
}

/** One round: the operation set `repeat` times, four requests at a time. */
async function round(hub: Hub, repeat: number) {
  const queue = Array.from({ length: repeat }, () => operations).flat();
  const pid = hub.child.pid!;
  const cpu = cpuOf(pid);
  const mainThread = cpuOf(pid, pid);
  const began = performance.now();
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let op = queue.shift(); op; op = queue.shift()) await send(hub.url, op);
  }));
  hub.wallMs += performance.now() - began;
  hub.cpuMs += cpuOf(pid) - cpu;
  hub.mainThreadMs += cpuOf(pid, pid) - mainThread;
  hub.requests += repeat * operations.length;
}

const oldDir = mkdtempSync(join(tmpdir(), "placegraph-bench-old-"));
const hubs: Hub[] = [];
try {
  execFileSync("sh", ["-c", `git archive ${oldRef} | tar -x -C ${oldDir}`], { cwd: root });
  // Only the operations both trees publish word for word (later ones use types the old tree lacks).
  const oldTexts = new Set((await loadPublishedOperations(join(oldDir, "schema/operations"))).map((o) => o.query));
  operations = operations.filter((o) => o.name === "FiveSubgraphs" || oldTexts.has(o.query));
  execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: oldDir, stdio: "ignore" });
  // The old tree's own Prisma client: its schema is not this tree's.
  execFileSync(process.execPath, ["scripts/prisma-generate.mjs"], { cwd: oldDir, stdio: "ignore" });
  // Started one after the other, so that each start is timed on its own.
  hubs.push(await start(`@apollo/gateway (${oldRef})`, oldDir, 4390));
  hubs.push(await start("Hive Gateway runtime (this tree)", root, 4391));
  for (const hub of hubs) await round(hub, 2); // warm-up, not counted
  for (const hub of hubs) Object.assign(hub, { cpuMs: 0, mainThreadMs: 0, wallMs: 0, requests: 0 });
  for (let r = 0; r < rounds; r++) {
    for (const hub of r % 2 ? [...hubs].reverse() : hubs) await round(hub, 5);
  }
  const [old, now] = hubs;
  const line = (h: Hub) =>
    `| ${h.label} | ${h.requests} | ${((h.requests / h.wallMs) * 1000).toFixed(0)} | ${(h.cpuMs / h.requests).toFixed(2)} | ${(h.mainThreadMs / h.requests).toFixed(2)} | ${(h.startMs / 1000).toFixed(1)} | ${memoryOf(h.child.pid!, "VmRSS").toFixed(0)} | ${memoryOf(h.child.pid!, "VmHWM").toFixed(0)} |`;
  console.log(`${operations.length} operations (${operations.map((o) => o.name).join(", ")}), ${rounds} interleaved rounds of 5 each, 4 at a time\n`);
  console.log("| gateway | requests | req/s | CPU ms per request | of which main thread | start s | RSS MiB | peak RSS MiB |\n| --- | --- | --- | --- | --- | --- | --- | --- |");
  console.log(line(old));
  console.log(line(now));
  console.log(`\nnew / old: CPU per request ${(now.cpuMs / now.requests / (old.cpuMs / old.requests)).toFixed(2)}, req/s ${((now.requests / now.wallMs) / (old.requests / old.wallMs)).toFixed(2)}, start ${(now.startMs / old.startMs).toFixed(2)}`);
} finally {
  for (const hub of hubs) hub.child.kill("SIGTERM");
  rmSync(oldDir, { recursive: true, force: true });
}
