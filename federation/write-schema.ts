// `npm run compose`: writes each subgraph's SDL, the supergraph and its API schema (api.graphql,
// the published schema clients are generated from) to schema/.
// When partners have published subgraphs, it also recomposes federation/published/supergraph.graphql
// and api.graphql with the built-ins' new SDL, so the published supergraph follows the code.
// `npm run compose -- --check`: writes nothing, exits 1 when any of those files is stale.
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildAllSubgraphs, compose } from "./compose.ts";
import { loadRegistry, PUBLISHED_DIR, publishedSdls } from "./registry.ts";
import { composeBoth } from "./subgraph-check.ts";
import { subgraphServices } from "./subgraphs.ts";
import { repoPath } from "../src/paths.ts";

export const schemaDir = repoPath("schema");

/** Every file under schema/ that composition produces, with its expected content. */
export async function expectedSchemaFiles(): Promise<Map<string, string>> {
  const built = await buildAllSubgraphs();
  const files = new Map(built.map((b) => [join(schemaDir, `${b.name}.graphql`), `${b.sdl.trim()}\n`]));
  const { supergraphSdl, apiSdl } = compose(built, subgraphServices());
  files.set(join(schemaDir, "supergraph.graphql"), `${supergraphSdl.trim()}\n`);
  files.set(join(schemaDir, "api.graphql"), `${apiSdl.trim()}\n`);
  for (const [path, content] of await publishedFiles(new Map(built.map((b) => [b.name, b.sdl])))) files.set(path, content);
  return files;
}

/** The published supergraph and its API with the built-ins as the code has them, when a partner has published. */
async function publishedFiles(builtIn: Map<string, string>): Promise<Map<string, string>> {
  const registry = await loadRegistry();
  const published = await publishedSdls(registry);
  const partners = [...published].filter(([name]) => !builtIn.has(name));
  if (!partners.length) return new Map();
  const composed = composeBoth(new Map([...builtIn, ...partners]), registry);
  if ("errors" in composed) throw new Error(`The published partner subgraphs no longer compose with the code:\n  ${composed.errors.join("\n  ")}`);
  const dir = join(registry.dir, PUBLISHED_DIR);
  return new Map([
    [join(dir, "supergraph.graphql"), `${composed.supergraphSdl.trim()}\n`],
    [join(dir, "api.graphql"), `${composed.apiSdl.trim()}\n`],
  ]);
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
