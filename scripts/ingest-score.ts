// `npm run ingest:score`: ingests every seed pack into its own in-memory database holding only
// the register of partners, and prints precision and recall per record type against the curated
// dataset (a markdown table, as in README.md "Ingesting board packs").
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { openMigratedDatabase } from "../src/db/migrations.ts";
import { ingestPack } from "../src/ingest/ingest.ts";
import { curatedDatasets, formatScores, loadReferenceOnly, recordKeys, score } from "../src/ingest/score.ts";

async function main() {
  const sourcesDir = process.argv[2] ?? loadConfig().PLACEGRAPH_SOURCES_DIR;
  const curated = (await curatedDatasets()).map((c) => c.dataset);
  const packs = curated.flatMap((d) => d.sourceDocuments).filter((s) => s.kind === "MEETING_PACK").sort((a, b) => a.fileName.localeCompare(b.fileName));
  const available = new Set(await readdir(sourcesDir));
  console.log("| pack | record type | read | curated | in both | precision | recall |\n|---|---|---|---|---|---|---|");
  for (const doc of packs) {
    if (!available.has(doc.fileName)) {
      console.log(`| ${doc.fileName} | (file not in ${sourcesDir}) | | | | | |`);
      continue;
    }
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

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
