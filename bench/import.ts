// Benchmark: importing a large dataset file (50,000 measurements) into an empty embedded
// database, then importing it again (nothing changes), side by side in one run.
// Run: npx tsx bench/import.ts [records]   (results recorded in bench/results/import.md)
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { importDatasetFiles } from "../src/dataset/importer.ts";
import { curatedDatasetDir } from "../src/dataset/curated.ts";
import { openMigratedDatabase } from "../src/db/migrations.ts";

const records = Number(process.argv[2] ?? 50_000);
const dir = await mkdtemp(join(tmpdir(), "placegraph-bench-"));
const file = join(dir, "measurements.json");
const measurements = Array.from({ length: records }, (_, i) => ({
  indicator: "good-level-of-development-age-5", area: "E08000026", period: `bench ${i}`,
  periodStart: "2017-04-01", periodEnd: "2018-03-31", value: `${i}.5`,
  source: { document: "coventry-hwb-2019-04-08", lines: "1393", asWritten: `${i}.5%` },
}));
await writeFile(file, JSON.stringify({ format: "placegraph-dataset/1", measurements }));

const db = await openMigratedDatabase({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: undefined });
const options = { actor: "bench", sourcesDir: loadConfig().PLACEGRAPH_SOURCES_DIR };
await importDatasetFiles(db.prisma, [curatedDatasetDir], options);

async function timed(label: string) {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const report = await importDatasetFiles(db.prisma, [file], options);
  const ms = performance.now() - start;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(`${label}: ${ms.toFixed(0)} ms, ${(records / (ms / 1000)).toFixed(0)} records/s, heap +${heapMb.toFixed(0)} MiB, totals ${JSON.stringify(report.totals)}`);
  return ms;
}
const first = await timed(`first import of ${records} measurements`);
const again = await timed("the same file again");
console.log(`re-import / first import: ${(again / first).toFixed(2)}`);
await db.close();
await rm(dir, { recursive: true, force: true });
