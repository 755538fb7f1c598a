// `npm run compose`: writes each subgraph's SDL, the supergraph and its API schema (api.graphql,
// the published schema clients are generated from) to schema/.
// `npm run compose -- --check`: writes nothing, exits 1 when the files in schema/ are stale.
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildAllSubgraphs, compose } from "./compose.ts";
import { subgraphServices } from "./subgraphs.ts";

export const schemaDir = resolve(import.meta.dirname, "../schema");

/** Every file under schema/ that composition produces, with its expected content. */
export async function expectedSchemaFiles(): Promise<Map<string, string>> {
  const built = await buildAllSubgraphs();
  const files = new Map(built.map((b) => [join(schemaDir, `${b.name}.graphql`), `${b.sdl.trim()}\n`]));
  const { supergraphSdl, apiSdl } = compose(built, subgraphServices());
  files.set(join(schemaDir, "supergraph.graphql"), `${supergraphSdl.trim()}\n`);
  files.set(join(schemaDir, "api.graphql"), `${apiSdl.trim()}\n`);
  return files;
}

export async function staleSchemaFiles(): Promise<string[]> {
  const stale: string[] = [];
  for (const [path, content] of await expectedSchemaFiles()) {
    const current = await readFile(path, "utf8").catch(() => null);
    if (current !== content) stale.push(path);
  }
  return stale;
}

async function main() {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
  if (values.check) {
    const stale = await staleSchemaFiles();
    if (stale.length) {
      console.error(`Stale schema files (run \`npm run compose\`):\n${stale.map((s) => `  ${s}`).join("\n")}`);
      process.exit(1);
    }
    return console.log("schema/ matches the code.");
  }
  for (const [path, content] of await expectedSchemaFiles()) {
    await writeFile(path, content);
    console.log(`Wrote ${path}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
