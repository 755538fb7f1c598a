// Benchmark: importing a large dataset file (50,000 measurements) into a database that holds the
// curated dataset, then importing it again (nothing changes). Each step runs in its own process,
// so that its time and its peak resident memory are its own: the curated dataset first, then the
// large file, then the same file again.
// Run: npx tsx bench/import.ts [records] [dir|memory|postgres]   (results in bench/results/import.md)
// - dir (default): an embedded PGlite in a fresh data directory, as `npm run import` uses it by
//   default; the wasm database runs inside the importing process and counts in its memory and CPU.
// - memory: everything in one process with an in-memory PGlite.
// - postgres: a database of its own on PLACEGRAPH_BENCH_DATABASE_URL (or
//   PLACEGRAPH_TEST_DATABASE_URL), created and dropped here: the importing process's own CPU and
//   memory, without the database inside it.
// PLACEGRAPH_BENCH_PROFILE=<dir> runs each step under `node --cpu-prof` (profiles written there).
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { importDatasetFiles } from "../src/dataset/importer.ts";
import { curatedDatasetDir } from "../src/dataset/curated.ts";
import { openMigratedDatabase } from "../src/db/migrations.ts";

const options = { actor: "bench", sourcesDir: loadConfig().PLACEGRAPH_SOURCES_DIR };
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

type Target = { PLACEGRAPH_DATA_DIR: string; DATABASE_URL: string | undefined };

/** One step in this process: open the database, import `path`, report time, counts and memory. */
async function step(target: Target, path: string, label: string, records: number, db?: Awaited<ReturnType<typeof openMigratedDatabase>>) {
  const own = db ?? (await openMigratedDatabase(target));
  const opened = peakRssMb();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  const report = await importDatasetFiles(own.prisma, [path], options);
  const ms = performance.now() - start;
  // CPU time (user + system) of this process: steadier than the wall clock on a shared machine.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(
    `${label}: ${ms.toFixed(0)} ms, CPU ${cpuMs.toFixed(0)} ms, ${(records / (ms / 1000)).toFixed(0)} records/s, heap +${heapMb.toFixed(0)} MiB, ` +
      `peak RSS ${peakRssMb().toFixed(0)} MiB (${opened.toFixed(0)} MiB with the database open), totals ${JSON.stringify(report.totals)}`,
  );
  if (!db) await own.close();
  return ms;
}

/** A PostgreSQL database of this run's own, migrated (so no step loads the schema engine); dropped by `drop`. */
async function postgresTarget(): Promise<{ target: Target; drop: () => Promise<void> }> {
  const { adminUrl, stopLocalPostgres } = await import("./lib.ts");
  const pg = (await import("pg")).default;
  const { applyMigrations } = await import("../src/db/migrations.ts");
  const { openDatabase } = await import("../src/db/connection.ts");
  const name = `placegraph_bench_import_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: await adminUrl() });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(await adminUrl());
  url.pathname = `/${name}`;
  const target = { DATABASE_URL: url.toString(), PLACEGRAPH_DATA_DIR: "memory" };
  const db = await openDatabase(target);
  await applyMigrations(db.adapter).finally(() => db.close());
  return { target, drop: async () => (await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), await stopLocalPostgres()) };
}

if (process.argv[2] === "--step") {
  const [, , , target, path, label, records] = process.argv;
  await step(JSON.parse(target) as Target, path, label, Number(records));
} else {
  const records = Number(process.argv[2] ?? 50_000);
  const store = process.argv[3] ?? "dir";
  const dir = await mkdtemp(join(tmpdir(), "placegraph-bench-"));
  const file = join(dir, "measurements.json");
  const measurements = Array.from({ length: records }, (_, i) => ({
    indicator: "good-level-of-development-age-5", area: "E08000026", period: `bench ${i}`,
    periodStart: "2017-04-01", periodEnd: "2018-03-31", value: `${i}.5`,
    source: { document: "coventry-hwb-2019-04-08", lines: "1393", asWritten: `${i}.5%` },
  }));
  await writeFile(file, JSON.stringify({ format: "placegraph-dataset/1", measurements }));
  const steps: [string, string, number][] = [
    [curatedDatasetDir, "the curated dataset", 0],
    [file, `first import of ${records} measurements`, records],
    [file, "the same file again", records],
  ];
  console.log(`${store}, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the start`);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  if (store === "memory") {
    const db = await openMigratedDatabase({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: undefined });
    for (const [path, label, n] of steps) times.push(await step({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: undefined }, path, label, n, db));
    await db.close();
  } else {
    const postgres = store === "postgres" ? await postgresTarget() : null;
    const target = postgres?.target ?? { PLACEGRAPH_DATA_DIR: join(dir, "pglite"), DATABASE_URL: undefined };
    const profile = process.env.PLACEGRAPH_BENCH_PROFILE;
    const flags = profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : [];
    try {
      for (const [path, label, n] of steps) {
        const args = [...flags, "--import", "tsx", import.meta.filename, "--step", JSON.stringify(target), path, label, String(n)];
        const out = execFileSync(process.execPath, args, { encoding: "utf8" });
        process.stdout.write(out);
        times.push(Number(/: (\d+) ms/.exec(out)![1]));
        cpuTimes.push(Number(/CPU (\d+) ms/.exec(out)![1]));
      }
    } finally {
      await postgres?.drop();
    }
  }
  console.log(`re-import / first import: ${(times[2] / times[1]).toFixed(2)} (CPU ${(cpuTimes[2] / cpuTimes[1]).toFixed(2)})`);
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the end`);
  await rm(dir, { recursive: true, force: true });
}
