// `npm run ingest -- <pack.txt> [--board <slug>] [--dry-run] [--actor <name>]`: reads a council
// meeting pack (a text dump of the PDF), turns it into the dataset format and imports it through
// the same importer as every other dataset, printing progress on stderr and a report on stdout.
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { formatReport } from "../dataset/importer.ts";
import { DatasetError } from "../dataset/validate.ts";
import { openMigratedDatabase } from "../db/migrations.ts";
import { ingestPack } from "./ingest.ts";
import { PackError } from "./layout.ts";
import { formatRunLog } from "./report.ts";

const usage = `Usage: npm run ingest -- <pack.pdf|pack.txt> [--board <slug> | --new-board "<name>"] [--accept-warnings] [--dry-run] [--actor <name>]
  Reads a board meeting pack (a PDF, or its text): the meeting, its agenda, the minutes of the
  previous meeting it carries and its reports, checks that the reading holds together, and imports
  them in one transaction (all or nothing). Ingesting the same pack again changes nothing.
  --board names the board when the pack's heading matches none; --new-board creates the board
  (and its host council when unknown); --accept-warnings imports a reading that failed a
  structural check (the failures are reported); --dry-run writes nothing.`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      board: { type: "string" }, "new-board": { type: "string" }, "accept-warnings": { type: "boolean", default: false }, "dry-run": { type: "boolean", default: false }, actor: { type: "string" }, help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals.length !== 1 || (values.board && values["new-board"])) {
    console.log(usage);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const config = loadConfig();
  const db = await openMigratedDatabase(config);
  try {
    const { parsed, report } = await ingestPack(db.prisma, positionals[0], {
      actor: values.actor ?? `ingest:${userInfo().username}`,
      board: values.board,
      newBoard: values["new-board"],
      acceptWarnings: values["accept-warnings"],
      dryRun: values["dry-run"],
      onProgress: (message) => process.stderr.write(`${message}\n`),
    });
    console.log(`${positionals[0]}: ${parsed.layout} layout, source document ${parsed.documentId}`);
    console.log(formatRunLog(parsed.log, parsed.names, parsed.counts));
    console.log(formatReport(report));
  } finally {
    await db.close();
  }
}

main().catch((err: Error) => {
  console.error(err instanceof PackError || err instanceof DatasetError ? err.message : `Ingest failed: ${err.message}`);
  process.exitCode = 1;
});
