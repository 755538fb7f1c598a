// What the embedded database (PGlite's wasm Postgres) costs in resident memory, at rest and after
// writing 50,000 measurement-sized rows, under PGlite's options that could lower it. Each
// configuration runs in its own process (peak RSS is per process), twice, interleaved, on its own
// copy of one data directory made beforehand (a fresh in-memory PGlite would run initdb in the
// process, which is not what an import on an existing database costs).
// Run: npx tsx bench/pglite-memory.ts [rows]   (results in bench/results/import.md)
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const peak = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

/** PGlite's own start parameters (PGlite.defaultStartParams), plus ours: `startParams` replaces them. */
const withParams = (...extra: string[]): PGliteOptions => ({ startParams: [...(PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams, ...extra] });

const configurations: Record<string, PGliteOptions> = {
  "defaults": {},
  "relaxedDurability": { relaxedDurability: true },
  // initialMemory cannot go below PGlite's default of 128 MiB (the wasm module's minimum, 2048 pages: a LinkError below).
  "initialMemory 256 MiB": { initialMemory: 256 * 2 ** 20 },
  "shared_buffers 16MB": withParams("-c", "shared_buffers=16MB"),
  "shared_buffers 16MB, work_mem 1MB, maintenance_work_mem 8MB": withParams("-c", "shared_buffers=16MB", "-c", "work_mem=1MB", "-c", "maintenance_work_mem=8MB"),
};

async function measure(name: string, rows: number, dataDir: string) {
  const before = process.memoryUsage().rss;
  const db = new PGlite(dataDir, configurations[name]);
  await db.waitReady;
  const open = process.memoryUsage().rss;
  // A table shaped like Measurement: a natural-key unique index and four more.
  await db.exec(`CREATE TABLE m (id serial PRIMARY KEY, indicator text, area text, period text, period_start date, period_end date, value numeric(18,6), document text, first_line int, as_written text);
    CREATE UNIQUE INDEX m_key ON m (indicator, area, period, document, first_line) NULLS NOT DISTINCT;
    CREATE INDEX m_a ON m (area); CREATE INDEX m_p ON m (indicator, area, period_end DESC); CREATE INDEX m_d ON m (document)`);
  for (let start = 0; start < rows; start += 5000) {
    await db.query(`INSERT INTO m (indicator, area, period, period_start, period_end, value, document, first_line, as_written)
      SELECT 'good-level-of-development-age-5', 'E08000026', 'bench ' || i, '2017-04-01', '2018-03-31', i + 0.5, 'coventry-hwb-2019-04-08', 1393, i || '.5%'
      FROM generate_series($1::int, $2::int) i`, [start, Math.min(start + 5000, rows) - 1]);
  }
  const written = process.memoryUsage().rss;
  await db.close();
  console.log(`${name}: RSS ${mib(before)} MiB before, ${mib(open)} MiB open (+${mib(open - before)}), ${mib(written)} MiB after ${rows} rows (+${mib(written - before)}), peak ${peak()} MiB`);
}

if (process.argv[2] === "--one") {
  await measure(process.argv[3], Number(process.argv[4]), process.argv[5]);
} else {
  const rows = Number(process.argv[2] ?? 50_000);
  const dir = await mkdtemp(join(tmpdir(), "placegraph-pglite-memory-"));
  const made = new PGlite(join(dir, "made"));
  await made.waitReady;
  await made.close();
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  try {
    for (let round = 0; round < 2; round++) {
      for (const name of Object.keys(configurations)) {
        const copy = join(dir, "copy");
        await rm(copy, { recursive: true, force: true });
        await cp(join(dir, "made"), copy, { recursive: true });
        process.stdout.write(execFileSync(process.execPath, ["--import", "tsx", import.meta.filename, "--one", name, String(rows), copy], { encoding: "utf8" }));
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
