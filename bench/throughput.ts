// `npm run bench`: the fixed operation set against every layout over one PostgreSQL database with
// the curated data, cells interleaved round by round (so a busy moment of the shared machine hits
// every layout alike), concurrency 10, a bounded number of seconds per cell. Writes medians,
// ratios, the machine, its load average and the command to bench/results/throughput.md.
//   npm run bench [-- --seconds 5 --rounds 3]   (on PLACEGRAPH_BENCH_DATABASE_URL or
//   PLACEGRAPH_TEST_DATABASE_URL, where it creates and drops its own database; else on a
//   PostgreSQL server of its own, started for the run)
import { writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "../src/db/connection.ts";
import { signedBody } from "../src/subgraph/signature.ts";
import { startEmbeddedGateway } from "../src/gateway/gateway.ts";
import { body, cell, type Cell, checkAnswers, residentMiB, curatedDatabase, freePort, machine, median, repoRoot, type Server, serverEnv, startServer, stopLocalPostgres } from "./lib.ts";
import { distributedArgs, hubArgs, subgraphArgs } from "./layouts.ts";
import { dashboardQuery, listQuery, lookupQuery, readmeQuery } from "./operations.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    // A quick look at some layouts only (embedded,workers,distributed,production,subgraph,floor); written to --out.
    layouts: { type: "string", default: "embedded,workers,distributed,production,subgraph,floor" },
    out: { type: "string", default: "bench/results/throughput.md" },
  },
});
const wanted = new Set(values.layouts!.split(","));
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const loadBefore = loadavg();

interface Operation {
  name: string;
  body: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Whether one subgraph (partners) can answer it alone. */
  oneSubgraph: boolean;
}

const operations: Operation[] = [
  { name: "single-subgraph lookup", query: lookupQuery, oneSubgraph: true },
  { name: "README cross-subgraph query", query: readmeQuery, oneSubgraph: false },
  { name: "list-heavy analyst query", query: listQuery, oneSubgraph: false },
  { name: "latestMeasurement dashboard", query: dashboardQuery, variables: { areaCode: "E08000026" }, oneSubgraph: false },
].map((op) => ({ ...op, body: body(op.query, op.variables) }));

/** The subgraphs answer only signed requests (src/subgraph/signature.ts): the benchmark holds the layouts' secret. */
const secret = "the-benchmark-subgraph-secret-32-chars";

/** The SQL statements (text and parameters) an operation sends, captured once in-process. */
async function statementsOf(url: string): Promise<{ text: string; values: unknown[] }[][]> {
  const db = await openDatabase({ DATABASE_URL: url, PLACEGRAPH_DATA_DIR: "memory" });
  const captured: { text: string; values: unknown[] }[] = [];
  // openDatabase's client emits query events (it counts statements); its type does not say so.
  const events = db.prisma as unknown as { $on(event: "query", listener: (e: { query: string; params: string }) => void): void };
  events.$on("query", (e) => captured.push({ text: e.query, values: JSON.parse(e.params) as unknown[] }));
  const http = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, rateLimit: { requests: 0 }, limits: { maxCost: 100_000_000 } });
  try {
    const out = [];
    for (const op of operations) {
      await checkAnswers(http.url, op.body);
      captured.length = 0;
      await checkAnswers(http.url, op.body);
      out.push([...captured]);
    }
    return out;
  } finally {
    await http.close();
    await db.close();
  }
}

/** The physical floor: an operation's statements run directly with pg, 10 clients in a loop. */
async function floorCell(pool: pg.Pool, statements: { text: string; values: unknown[] }[]): Promise<Cell> {
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < end) {
          const start = performance.now();
          for (const s of statements) await client.query(s.text, s.values);
          latencies.push(performance.now() - start);
        }
      } finally {
        client.release();
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds,
    p50: sorted[Math.floor(sorted.length * 0.5)],
    p99: sorted[Math.floor(sorted.length * 0.99)],
    requests: latencies.length,
    cpuMs: (cpu.user + cpu.system) / 1000 / latencies.length,
    failures: 0,
  };
}

const db = await curatedDatabase("throughput");
const statements = await statementsOf(db.url);
const servers: Server[] = [];
const pool = new pg.Pool({ connectionString: db.url, max: 10 });
try {
  const env = (extra: Record<string, string>) => serverEnv({ DATABASE_URL: db.url, ...extra });
  const start = async (name: string, args: (port: number) => string[], extra: Record<string, string> = {}) => {
    const port = await freePort();
    const server = await startServer(name, args(port), env({ PORT: String(port), ...extra }), port);
    servers.push(server);
    return server;
  };
  const embedded = await start("embedded hub (1 process)", hubArgs, { PLACEGRAPH_WORKERS: "1" });
  const workers = wanted.has("workers") ? await start("embedded hub (2 workers)", hubArgs, { PLACEGRAPH_WORKERS: "2" }) : null;
  const basePort = 20000 + Math.floor(Math.random() * 20000);
  const distributed = wanted.has("distributed")
    ? await start("distributed layout (Hive Gateway runtime over HTTP subgraphs)", distributedArgs, { PLACEGRAPH_SUBGRAPH_BASE_PORT: String(basePort), PLACEGRAPH_SUBGRAPH_SECRET: secret })
    : null;
  // The production layout's gateway in front of the distributed layout's subgraph processes.
  const production = distributed && wanted.has("production")
    ? await start("production layout (gateway.config.ts on the hive-gateway runtime, same subgraphs)", () => ["--import", "tsx", resolve(repoRoot, "bench/production.ts")], {
        PLACEGRAPH_SUBGRAPH_BASE_PORT: String(basePort), PLACEGRAPH_SUBGRAPH_SECRET: secret,
      })
    : null;
  // Its requests cost the subgraph processes' CPU too (the distributed launcher's tree; its own gateway idles meanwhile).
  if (production) production.alsoCounts = [distributed!];
  const subgraph = wanted.has("subgraph") ? await start("one subgraph alone (partners)", (port) => subgraphArgs("partners", port), { PLACEGRAPH_SUBGRAPH_SECRET: secret }) : null;
  const layouts = [embedded, workers, distributed, production].filter((s): s is Server => s !== null);
  const alone = (op: Operation) => (op.oneSubgraph && subgraph ? [subgraph] : []);
  // The subgraph alone gets the request as the gateway would send it, signed.
  const bodyFor = (s: Server, op: Operation) => (s === subgraph ? JSON.stringify(signedBody(secret, { query: op.query, variables: op.variables })) : op.body);
  const floor = wanted.has("floor");

  // Every layout gives the same answer before anything is measured; then a short warm-up.
  for (const op of operations) {
    const answers = await Promise.all([...layouts, ...alone(op)].map((s) => checkAnswers(s.url, bodyFor(s, op))));
    if (new Set(answers.map((a) => JSON.stringify(a))).size !== 1) throw new Error(`${op.name}: the layouts answer differently`);
    for (const s of layouts) await cell(s, op.body, 1);
  }

  const results = new Map<string, Cell[]>();
  const record = (key: string, c: Cell) => results.set(key, [...(results.get(key) ?? []), c]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, op] of operations.entries()) {
      for (const s of [...layouts, ...alone(op)]) record(`${op.name}|${s.name}`, await cell(s, bodyFor(s, op), seconds));
      if (floor) record(`${op.name}|physical floor (its SQL statements with pg)`, await floorCell(pool, statements[i]));
    }
    console.log(`round ${round + 1} of ${rounds} done`);
  }

  // Resident memory of each layout once the load is over (the idle target is the embedded hub's).
  await new Promise((r) => setTimeout(r, 2000));
  const idleMiB = new Map(layouts.map((s) => [s, residentMiB(s.pid)]));
  const idle = layouts.map((s) => `- ${s.name}: ${idleMiB.get(s)!.toFixed(0)} MiB${s.alsoCounts ? " (its gateway; the subgraph processes are the distributed layout's)" : ""}`);

  const summary = (cells: Cell[]) => ({
    rps: median(cells.map((c) => c.rps)),
    p50: median(cells.map((c) => c.p50)),
    p99: median(cells.map((c) => c.p99)),
    cpuMs: median(cells.map((c) => c.cpuMs)),
    failures: cells.reduce((n, c) => n + c.failures, 0),
  });
  const lines: string[] = [];
  const of = (op: string, layout: string) => summary(results.get(`${op}|${layout}`)!);
  const floorName = "physical floor (its SQL statements with pg)";
  for (const [i, op] of operations.entries()) {
    const base = of(op.name, embedded.name);
    lines.push(`\n### ${op.name} (${statements[i].length} SQL statements)\n`);
    lines.push("| layout | median req/s | p50 ms | p99 ms | CPU ms/request | req/s vs embedded | CPU vs embedded | failed |");
    lines.push("|---|---|---|---|---|---|---|---|");
    for (const name of [...layouts, ...alone(op)].map((s) => s.name).concat(floor ? [floorName] : [])) {
      const s = of(op.name, name);
      lines.push(`| ${name} | ${s.rps.toFixed(0)} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.cpuMs.toFixed(2)} | ${(s.rps / base.rps).toFixed(2)} | ${(s.cpuMs / base.cpuMs).toFixed(2)} | ${s.failures} |`);
    }
  }
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const readme = operations[1].name;
  const lookup = operations[0].name;
  const targets: string[] = [];
  if (floor) targets.push(`- README cross-subgraph query, embedded hub / physical floor (req/s): ${ratio(of(readme, embedded.name).rps, of(readme, floorName).rps)} (target at least 0.33)`);
  if (subgraph) targets.push(`- Single-subgraph lookup, embedded hub / one subgraph alone (req/s): ${ratio(of(lookup, embedded.name).rps, of(lookup, subgraph.name).rps)} (target at least 0.8)`);
  if (production) {
    targets.push(
      `- README cross-subgraph query, CPU per request of the production layout / embedded hub: ${ratio(of(readme, production.name).cpuMs, of(readme, embedded.name).cpuMs)} (target at least 2)`,
    );
  }
  for (const op of workers ? operations : []) {
    targets.push(`- ${op.name}, 2 workers / 1 process (req/s): ${ratio(of(op.name, workers!.name).rps, of(op.name, embedded.name).rps)} (target at least 1.7 on 2 cores)`);
  }
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  const text = `# Throughput: the operation set on every layout, side by side

Command: \`${command}\` (one PostgreSQL database with the curated data; each server as \`npm start\`
and the other commands run it, compiled under dist/ when built).
Machine: ${machine()} (at the end of the run); load average at the start: ${loadBefore.map((l) => l.toFixed(2)).join(" ")}.
Run on ${new Date().toISOString()}: ${rounds} rounds, every cell ${seconds} s at concurrency 10, cells interleaved
round by round; medians of the rounds. CPU per request is utime+stime of the server's processes
(all of them: workers, subgraph processes; for the production layout, its gateway plus the
distributed layout's processes whose subgraphs it calls) from /proc around each cell; for the physical floor,
the benchmark's own CPU (the pg client). The physical floor runs an operation's statements one
after another on one connection per client (the hub runs some of them in parallel).

## Targets
(What stands in the way of each missed target, from profiles: docs/performance.md, "What is in the way".)
${targets.join("\n")}
- RSS of the embedded hub (1 process) idle after the benchmark: ${idleMiB.get(embedded)!.toFixed(0)} MiB (target under 300 MB)

## Resident memory after the benchmark (VmRSS of each server's processes, 2 s after its last cell)
${idle.join("\n")}

## Results
${lines.join("\n")}
`;
  await writeFile(resolve(repoRoot, values.out!), text);
  console.log(text);
} finally {
  await pool.end();
  for (const s of servers) await s.stop();
  await db.drop();
  await stopLocalPostgres();
}
