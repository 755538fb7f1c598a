// A partner system pushing its figures with the typed client: reads a dataset file, sends it to
// the importDataset mutation with the partner's API key, and prints the hub's report.
//   PLACEGRAPH_KEY=pgk_... npm run example:partner-push -- [--dry-run] <dataset.json>
// HUB_URL defaults to http://127.0.0.1:4000/graphql. Exit code 1 when the hub refuses the
// dataset (every problem is printed with its place) or cannot be reached, 2 on bad usage.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { createPlacegraphClient, PlacegraphRequestError, type Schema } from "../../client/index.ts";

type Count = Pick<Schema.ImportCount, "type" | "created" | "updated" | "unchanged">;
interface ImportDatasetResult {
  importDataset: Pick<Schema.ImportReportType, "fileName" | "contentHash" | "dryRun" | "importRunId"> & { types: Count[]; totals: Omit<Count, "type"> };
}

/** The mutation, typed with the published schema's generated types. */
export const ImportDatasetDocument: TypedDocumentNode<ImportDatasetResult, Schema.MutationImportDatasetArgs> = parse(`
  mutation ImportDataset($fileName: String!, $dataset: JSONObject!, $dryRun: Boolean!) {
    importDataset(fileName: $fileName, dataset: $dataset, dryRun: $dryRun) {
      fileName contentHash dryRun importRunId
      types { type created updated unchanged }
      totals { created updated unchanged }
    }
  }
`);

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean", default: false } } });
  const key = process.env.PLACEGRAPH_KEY;
  if (positionals.length !== 1 || !key) {
    console.error("Usage: PLACEGRAPH_KEY=<API key> npm run example:partner-push -- [--dry-run] <dataset.json>");
    return 2;
  }
  const file = positionals[0];
  const dataset = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  const hub = createPlacegraphClient({ url: process.env.HUB_URL ?? "http://127.0.0.1:4000/graphql", headers: { authorization: `Bearer ${key}` } });
  const { importDataset: report } = await hub.request(ImportDatasetDocument, { fileName: basename(file), dataset, dryRun: values["dry-run"] });
  console.log(`${report.fileName} (sha256 ${report.contentHash.slice(0, 12)}...): ${report.dryRun ? "dry run, nothing written" : `imported, audit record ${report.importRunId}`}`);
  for (const t of report.types) console.log(`  ${t.type}: ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`);
  console.log(`  total: ${report.totals.created} created, ${report.totals.updated} updated, ${report.totals.unchanged} unchanged`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(err instanceof PlacegraphRequestError ? `The hub refused: ${err.message}` : `Could not push: ${err.message}`);
    process.exit(1);
  },
);
