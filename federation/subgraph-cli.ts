// `npm run subgraph:check -- <name> <schema.graphql> [--allow-breaking "<reason>"] [--registry <dir>]`
// `npm run subgraph:publish -- <name> <schema.graphql> [--allow-breaking "<reason>"] [--registry <dir>]`
// Check runs every check of ./subgraph-check.ts and writes nothing; publish runs the same checks
// and, when they pass, writes the partner's SDL, the supergraph and its API schema under the
// registry's published/ folder (federation/ by default), which a running hub picks up.
// Exit codes: 0 accepted, 1 refused (every reason printed), 2 bad usage.
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { SchemaComparison } from "./breaking-changes.ts";
import { defaultRegistryDir, loadRegistry, RegistryError, root } from "./registry.ts";
import { checkSubgraph, publishSubgraph } from "./subgraph-check.ts";

const usage = `Usage: npm run subgraph:<check|publish> -- <name> <schema.graphql> [--allow-breaking "<reason>"] [--registry <dir>]`;

function describeChanges(c: SchemaComparison): string[] {
  const total = c.breaking.length + c.dangerous.length + c.safe.length;
  if (!total) return ["Published API: no changes."];
  const line = (kind: string) => (ch: { message: string; path?: string }) => `  ${kind}: ${ch.message}${ch.path ? ` (${ch.path})` : ""}`;
  return [
    `Published API: ${c.breaking.length} breaking, ${c.dangerous.length} dangerous, ${c.safe.length} safe change${c.safe.length === 1 ? "" : "s"}.`,
    ...c.breaking.map(line("breaking")),
    ...c.dangerous.map(line("dangerous")),
  ];
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { "allow-breaking": { type: "string" }, registry: { type: "string" } },
  });
  if ((command !== "check" && command !== "publish") || positionals.length !== 2) {
    console.error(usage);
    return 2;
  }
  const reason = values["allow-breaking"];
  if (reason !== undefined && !reason.trim()) {
    console.error(`--allow-breaking needs a reason, e.g. --allow-breaking "Area.oldField retired after six months deprecated"\n${usage}`);
    return 2;
  }
  const [name, file] = positionals;
  const sdl = await readFile(resolve(file), "utf8").catch(() => null);
  if (sdl === null) {
    console.error(`${file}: no such file`);
    return 2;
  }
  const registry = await loadRegistry(values.registry ? resolve(values.registry) : defaultRegistryDir);
  const result = await checkSubgraph(registry, name, file, sdl, { allowBreaking: reason });
  if (result.changes) for (const line of describeChanges(result.changes)) console.log(line);
  if (result.refusals.length) {
    console.error(`Subgraph "${name}" (${file}) is refused:\n${result.refusals.map((r) => `  - ${r}`).join("\n")}`);
    return 1;
  }
  if (reason && result.changes?.breaking.length) console.log(`Breaking changes allowed: ${reason}`);
  if (command === "check") {
    console.log(`Subgraph "${name}" passes: it composes (Apollo and The Guild), owns what it defines, and breaks no client${reason ? " unintentionally" : ""}.`);
    return 0;
  }
  const written = await publishSubgraph(registry, result, sdl);
  console.log(`Published subgraph "${name}":\n${written.map((p) => `  wrote ${relative(root, p).startsWith("..") ? p : relative(root, p)}`).join("\n")}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    console.error(err instanceof RegistryError ? err.message : `subgraph ${process.argv[2]}: ${err.message}`);
    process.exitCode = 1;
  },
);
