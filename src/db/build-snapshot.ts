// `npm run build` (second step): prepares the embedded database snapshot of the curated dataset
// (src/db/snapshot.ts). Without the source documents it skips, and a fresh hub imports instead.
import { access } from "node:fs/promises";
import { loadConfig } from "../config.ts";
import { buildSnapshot, builtFrom, curatedHash } from "./snapshot.ts";

async function main() {
  const { PLACEGRAPH_SOURCES_DIR: sourcesDir } = loadConfig();
  const hash = await curatedHash();
  if (await builtFrom(hash)) return console.log("Snapshot of the curated dataset is current.");
  if (!(await access(sourcesDir).then(() => true, () => false))) {
    return console.log(`No source documents at ${sourcesDir}: no snapshot (a fresh embedded hub imports the dataset instead).`);
  }
  console.log(`Wrote ${await buildSnapshot(sourcesDir, hash)}`);
}

main().catch((err: Error) => {
  console.error(`Snapshot not built: ${err.message}`);
  process.exit(1);
});
