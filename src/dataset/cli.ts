// `npm run import -- <file or folder>... [--dry-run] [--actor <name>]`: validates dataset files
// and imports them as one dataset into the configured database, printing progress and a report.
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { openMigratedDatabase } from "../db/migrations.ts";
import { formatReport, importDatasetFiles } from "./importer.ts";
import { DatasetError } from "./validate.ts";

const usage = `Usage: npm run import -- <file.json | folder>... [--dry-run] [--actor <name>]
  Validates the dataset files and imports them in one transaction (all or nothing).
  Importing the same files again changes nothing. --dry-run reports without writing.
  Folders import every .json file in them, e.g. prisma/dataset (the curated dataset).`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean", default: false }, actor: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals.length === 0) {
    console.log(usage);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const config = loadConfig();
  const db = await openMigratedDatabase(config);
  try {
    const report = await importDatasetFiles(db.prisma, positionals, {
      actor: values.actor ?? `cli:${userInfo().username}`,
      dryRun: values["dry-run"],
      sourcesDir: config.PLACEGRAPH_SOURCES_DIR,
      onProgress: (type, c, done, total) => process.stderr.write(`[${done}/${total}] ${type}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged\n`),
      // Large record types report every 5,000 rows written, so a long import is visibly alive.
      onRows: (type, done, total) => total >= 5000 && done % 5000 === 0 && process.stderr.write(`  ${type}: ${done}/${total} rows\n`),
    });
    console.log(formatReport(report));
  } finally {
    await db.close();
  }
}

main().catch((err: Error) => {
  console.error(err instanceof DatasetError ? err.message : `Import failed: ${err.message}`);
  process.exitCode = 1;
});
