// `npm run schema:breaking [-- --allow-breaking] [--base <git revision>]`: compares the published
// API schema (schema/api.graphql) as committed at a revision (HEAD by default) with the working
// copy, using @graphql-inspector/core, and prints every change as breaking, dangerous or safe.
// Exits 1 when a change would break existing clients (a removed field, a type changed, a new
// required argument...) unless --allow-breaking says the break is intended. Clients generate
// their code from this file, so a break here is a break for them.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

const root = resolve(import.meta.dirname, "..");
export const PUBLISHED_SCHEMA = "schema/api.graphql";

export interface SchemaChange {
  message: string;
  path?: string;
}

export interface SchemaComparison {
  breaking: SchemaChange[];
  dangerous: SchemaChange[];
  safe: SchemaChange[];
}

const plain = (c: Change): SchemaChange => (c.path ? { message: c.message, path: c.path } : { message: c.message });

// By path, so that the report reads like the schema and does not move with the inspector's
// internal order.
const byPath = (a: SchemaChange, b: SchemaChange) => (a.path ?? "").localeCompare(b.path ?? "") || a.message.localeCompare(b.message);

/** The changes from one SDL to the next, by kind, each kind sorted by schema path. */
export async function compareSchemas(before: string, after: string): Promise<SchemaComparison> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const level = (l: CriticalityLevel) => changes.filter((c) => c.criticality.level === l).map(plain).sort(byPath);
  return { breaking: level(CriticalityLevel.Breaking), dangerous: level(CriticalityLevel.Dangerous), safe: level(CriticalityLevel.NonBreaking) };
}

/** The report printed by the command: a count per kind, then each change under its kind. */
export function describeComparison(c: SchemaComparison, base: string): string[] {
  const total = c.breaking.length + c.dangerous.length + c.safe.length;
  if (!total) return [`${PUBLISHED_SCHEMA}: no changes since ${base}.`];
  const lines = [`${PUBLISHED_SCHEMA} since ${base}: ${c.breaking.length} breaking, ${c.dangerous.length} dangerous, ${c.safe.length} safe.`];
  const section = (title: string, changes: SchemaChange[]) => {
    if (!changes.length) return;
    lines.push("", `${title}:`, ...changes.map((ch) => `  - ${ch.message}${ch.path ? ` (${ch.path})` : ""}`));
  };
  section("Breaking (existing clients can fail)", c.breaking);
  section("Dangerous (clients may behave differently)", c.dangerous);
  section("Safe", c.safe);
  return lines;
}

/** The published schema as committed at a git revision, or null when it was not there yet. */
export function committedSchema(base: string): string | null {
  try {
    return execFileSync("git", ["show", `${base}:${PUBLISHED_SCHEMA}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { "allow-breaking": { type: "boolean", default: false }, base: { type: "string", default: "HEAD" } } });
  const before = committedSchema(values.base);
  if (before === null) {
    console.log(`${PUBLISHED_SCHEMA} is not in ${values.base}: nothing to compare (every type is new).`);
    return 0;
  }
  const comparison = await compareSchemas(before, await readFile(resolve(root, PUBLISHED_SCHEMA), "utf8"));
  for (const line of describeComparison(comparison, values.base)) console.log(line);
  if (!comparison.breaking.length) return 0;
  if (values["allow-breaking"]) {
    console.log("\nBreaking changes allowed (--allow-breaking): say so in the release notes and regenerate the clients.");
    return 0;
  }
  console.error("\nBreaking changes: keep the old fields (deprecate them first), or pass --allow-breaking if the break is intended.");
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => (process.exitCode = code),
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
