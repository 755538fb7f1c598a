// The curated dataset (prisma/dataset/: a register of partners and one file per source
// document), loaded through the importer like any other dataset when the hub starts empty.
import { loadConfig } from "../config.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { ImportReport } from "./importer.ts";
import { repoPath } from "../paths.ts";

export const curatedDatasetDir = repoPath("prisma/dataset");

const summarised = ["Organisation", "Person", "Meeting", "AgendaItem", "Programme", "FundingPool", "Indicator", "Measurement"];

/** "22 Organisation, ..." as a line for the start log. */
export function summarise(report: ImportReport): string {
  const counts = new Map(report.types.map((t) => [t.type, t.created + t.updated + t.unchanged]));
  const parts = summarised.map((type) => `${counts.get(type) ?? 0} ${type}`);
  return `${parts.join(", ")}; ${report.totals.created} records created in all`;
}

/** Imports the curated dataset when the database holds no organisations; returns a summary or null. */
export async function seedIfEmpty(prisma: PrismaClient, sourcesDir = loadConfig().PLACEGRAPH_SOURCES_DIR): Promise<string | null> {
  if ((await prisma.organisation.count()) > 0) return null;
  // The importer (and the dataset format's schemas) load only when there is something to import.
  const { importDatasetFiles } = await import("./importer.ts");
  const report = await importDatasetFiles(prisma, [curatedDatasetDir], { actor: "seed", sourcesDir });
  return `the curated dataset (${report.fileName.split(":")[0]}): ${summarise(report)}`;
}
