// Every import run is announced on a diagnostics channel, whoever started it (the importDataset
// mutation, the import command, the seed loader); the metrics listen there (src/ops/metrics.ts)
// instead of being handed to the resolvers. With no listener, publishing costs nothing.
import { channel } from "node:diagnostics_channel";
import type { TableCounts } from "./sync.ts";

export const importChannel = "placegraph:import";

export type ImportOutcome = "imported" | "dry_run" | "refused" | "invalid" | "failed";

export interface ImportEvent {
  outcome: ImportOutcome;
  /** The records of a run that imported (or would have, for a dry run). */
  totals?: TableCounts;
}

const imports = channel(importChannel);

export function announceImport(event: ImportEvent): void {
  if (imports.hasSubscribers) imports.publish(event);
}
