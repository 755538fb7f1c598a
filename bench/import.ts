// Benchmark: importing a large dataset file (50,000 measurements) into an embedded database that
// holds the curated dataset, then importing it again (nothing changes). Each step runs in its own
// process, so that its time and its peak resident memory are its own: the curated dataset first,
// then the large file, then the same file again.
// Run: npx tsx bench/import.ts [records] [dir|memory]   (results recorded in bench/results/import.md)
// The database is an embedded PGlite in a fresh data directory, as `npm run import` uses it by
// default. "memory" keeps everything in one process with an in-memory PGlite instead (the
// database's own files then count in the process's memory).
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { importDatasetFiles } from "../src/dataset/importer.ts";
import { curatedDatasetDir } from "../src/dataset/curated.ts";
import { openMigratedDatabase } from "../src/db/migrations.ts";

const options = { actor: "bench", sourcesDir: loadConfig().PLACEGRAPH_SOURCES_DIR };
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/** One step in this process: open the database, import `path`, report time, counts and memory. */
async function step(dataDir: string, path: string, label: string, records: number, db?: Awaited<ReturnType<typeof openMigratedDatabase>>) {
  const own = db ?? (await openMigratedDatabase({ PLACEGRAPH_DATA_DIR: dataDir, DATABASE_URL: undefined }));
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

if (process.argv[2] === "--step") {
  const [, , , dataDir, path, label, records] = process.argv;
  await step(dataDir, path, label, Number(records));
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
  const times: number[] = [];
  const cpuTimes: number[] = [];
  if (store === "memory") {
    const db = await openMigratedDatabase({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: undefined });
    for (const [path, label, n] of steps) times.push(await step("memory", path, label, n, db));
    await db.close();
  } else {
    const dataDir = join(dir, "pglite");
    for (const [path, label, n] of steps) {
      const out = execFileSync(process.execPath, ["--import", "tsx", import.meta.filename, "--step", dataDir, path, label, String(n)], { encoding: "utf8" });
      process.stdout.write(out);
      times.push(Number(/: (\d+) ms/.exec(out)![1]));
      cpuTimes.push(Number(/CPU (\d+) ms/.exec(out)![1]));
    }
  }
  console.log(`re-import / first import: ${(times[2] / times[1]).toFixed(2)} (CPU ${(cpuTimes[2] / cpuTimes[1]).toFixed(2)})`);
  await rm(dir, { recursive: true, force: true });
}
