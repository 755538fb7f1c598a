// `npm run ingest:score [-- --only seed|dev|holdout] [--verbose] [<sources dir>]`: measures the
// pack reader. Seed packs: each ingested into its own in-memory database holding only the register
// of partners, compared with the curated dataset. Test packs (test/fixtures/packs/dev and
// holdout, written for the purpose with a hand-written ground truth): each ingested the same way
// as a pack for a board the hub does not know (--new-board), compared with its ground truth.
// Precision, recall and F1 per record type, as markdown tables on stdout; progress on stderr.
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.ts";
import { openMigratedDatabase } from "../src/db/migrations.ts";
import { ingestPack } from "../src/ingest/ingest.ts";
import { curatedDatasets, formatScores, loadReferenceOnly, recordKeys, score } from "../src/ingest/score.ts";
import { datasetKeys, differences, scoreKeys, TRUTH_TYPES, type TruthScore, totalScores, truthKeys, truthPacks } from "../src/ingest/truth.ts";

const packsDir = resolve(import.meta.dirname, "../test/fixtures/packs");
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

async function seeds(sourcesDir: string) {
  const curated = (await curatedDatasets()).map((c) => c.dataset);
  const packs = curated.flatMap((d) => d.sourceDocuments).filter((s) => s.kind === "MEETING_PACK").sort((a, b) => a.fileName.localeCompare(b.fileName));
  const available = new Set(await readdir(sourcesDir));
  console.log("\nSeed packs (against the curated dataset):\n\n| pack | record type | read | curated | in both | precision | recall | F1 |\n|---|---|---|---|---|---|---|---|");
  for (const doc of packs) {
    if (!available.has(doc.fileName)) {
      console.log(`| ${doc.fileName} | (file not in ${sourcesDir}) | | | | | | |`);
      continue;
    }
    process.stderr.write(`seed ${doc.fileName}\n`);
    const db = await openMigratedDatabase({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: undefined });
    try {
      await loadReferenceOnly(db.prisma, sourcesDir);
      const { parsed } = await ingestPack(db.prisma, join(sourcesDir, doc.fileName), { actor: "ingest-score", dryRun: true });
      console.log(formatScores(doc.fileName.slice(0, 3), score(recordKeys([parsed.dataset], doc.id), recordKeys(curated, doc.id))));
    } finally {
      await db.close();
    }
  }
}

async function testPacks(set: "dev" | "holdout", sourcesDir: string, verbose: boolean) {
  const packs = await truthPacks(join(packsDir, set));
  const all: TruthScore[][] = [];
  console.log(`\n${set === "dev" ? "Development" : "Holdout"} packs (against their hand-written ground truth):\n`);
  console.log("| pack | record type | read | truth | in both | precision | recall | F1 |\n|---|---|---|---|---|---|---|---|");
  for (const pack of packs) {
    process.stderr.write(`${set} ${pack.file}\n`);
    const db = await openMigratedDatabase({ PLACEGRAPH_DATA_DIR: "memory", DATABASE_URL: undefined });
    try {
      await loadReferenceOnly(db.prisma, sourcesDir);
      const { parsed } = await ingestPack(db.prisma, pack.path, { actor: "ingest-score", dryRun: true, newBoard: pack.truth.board, acceptWarnings: true });
      const known = new Map((await db.prisma.person.findMany({ select: { id: true, name: true } })).map((p) => [p.id, p.name]));
      for (const p of parsed.dataset.people) known.set(p.id, p.name);
      const mine = datasetKeys(parsed.dataset, (id) => known.get(id) ?? id);
      const gold = truthKeys(pack.truth);
      const scores = scoreKeys(mine, gold);
      all.push(scores);
      for (const s of scores) console.log(`| ${pack.file.split("-")[0]} | ${s.type} | ${s.parsed} | ${s.truth} | ${s.shared} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.f1.toFixed(2)} |`);
      if (parsed.log.warnings.length) process.stderr.write(`  structural checks failed: ${parsed.log.warnings.join("; ")}\n`);
      if (verbose) {
        for (const type of TRUTH_TYPES) {
          const d = differences(mine, gold, type);
          for (const k of d.missed) process.stderr.write(`  ${type} missed: ${k}\n`);
          for (const k of d.extra) process.stderr.write(`  ${type} extra:  ${k}\n`);
        }
      }
    } catch (err) {
      console.log(`| ${pack.file.split("-")[0]} | (refused: ${(err as Error).message.split("\n")[0]}) | | | | | | |`);
      all.push(scoreKeys(Object.fromEntries(TRUTH_TYPES.map((t) => [t, []])) as never, truthKeys(pack.truth)));
    } finally {
      await db.close();
    }
  }
  console.log(`\n${set === "dev" ? "Development" : "Holdout"} packs, all together:\n\n| record type | read | truth | in both | precision | recall | F1 |\n|---|---|---|---|---|---|---|`);
  for (const s of totalScores(all)) console.log(`| ${s.type} | ${s.parsed} | ${s.truth} | ${s.shared} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.f1.toFixed(2)} |`);
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: "string" }, verbose: { type: "boolean", default: false } } });
  const sourcesDir = positionals[0] ?? loadConfig().PLACEGRAPH_SOURCES_DIR;
  const only = values.only;
  if (only && !["seed", "dev", "holdout"].includes(only)) throw new Error(`--only takes seed, dev or holdout, not "${only}"`);
  if (!only || only === "seed") await seeds(sourcesDir);
  if (!only || only === "dev") await testPacks("dev", sourcesDir, values.verbose);
  if (!only || only === "holdout") await testPacks("holdout", sourcesDir, values.verbose);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
