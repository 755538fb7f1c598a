// `npm run schema:breaking [-- --allow-breaking] [--base <git revision>]`: compares the published
// API schema (schema/api.graphql) as committed at a revision (HEAD by default) with the working
// copy, using @graphql-inspector/core, and prints every change as breaking, dangerous or safe.
// Exits 1 when a change would break existing clients (a removed field, a type changed, a new
// required argument...) unless --allow-breaking says the break is intended, or the change is
// acknowledged, one exact change at a time with its reason, in schema/acknowledged-breaking.json.
// Clients generate their code from this file, so a break here is a break for them.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

const root = resolve(import.meta.dirname, "..");
export const PUBLISHED_SCHEMA = "schema/api.graphql";
export const ACKNOWLEDGED_BREAKING = "schema/acknowledged-breaking.json";

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
export function describeComparison(c: SchemaComparison & { acknowledged?: SchemaChange[] }, base: string): string[] {
  const acknowledged = c.acknowledged?.length ?? 0;
  const total = c.breaking.length + acknowledged + c.dangerous.length + c.safe.length;
  if (!total) return [`${PUBLISHED_SCHEMA}: no changes since ${base}.`];
  const breaking = acknowledged ? `${c.breaking.length + acknowledged} breaking (${acknowledged} acknowledged)` : `${c.breaking.length} breaking`;
  const lines = [`${PUBLISHED_SCHEMA} since ${base}: ${breaking}, ${c.dangerous.length} dangerous, ${c.safe.length} safe.`];
  const section = (title: string, changes: SchemaChange[]) => {
    if (!changes.length) return;
    lines.push("", `${title}:`, ...changes.map((ch) => `  - ${ch.message}${ch.path ? ` (${ch.path})` : ""}`));
  };
  section("Breaking (existing clients can fail)", c.breaking);
  section("Dangerous (clients may behave differently)", c.dangerous);
  section("Safe", c.safe);
  return lines;
}

/** Breaking changes made on purpose: each names one exact change (path and message) and why. */
export interface Acknowledgement {
  reason: string;
  changes: SchemaChange[];
}

export interface AcknowledgedComparison extends SchemaComparison {
  /** Breaking changes an acknowledgement names, with its reason. */
  acknowledged: (SchemaChange & { reason: string })[];
  /** Acknowledged changes the comparison does not show (already in the base: the entry can go). */
  unused: SchemaChange[];
}

const sameChange = (a: SchemaChange, b: SchemaChange) => a.path === b.path && a.message === b.message;

/** Moves the acknowledged breaking changes out of `breaking`; only exact matches count. */
export function acknowledge(c: SchemaComparison, acknowledgements: Acknowledgement[]): AcknowledgedComparison {
  const reasonOf = (change: SchemaChange) => acknowledgements.find((a) => a.changes.some((k) => sameChange(k, change)))?.reason;
  const acknowledged = c.breaking.flatMap((change) => {
    const reason = reasonOf(change);
    return reason ? [{ ...change, reason }] : [];
  });
  const unused = acknowledgements.flatMap((a) => a.changes).filter((k) => !c.breaking.some((change) => sameChange(change, k)));
  return { ...c, breaking: c.breaking.filter((change) => !reasonOf(change)), acknowledged, unused };
}

/** The acknowledgements file, or none when it is absent. */
export async function readAcknowledgements(file = resolve(root, ACKNOWLEDGED_BREAKING)): Promise<Acknowledgement[]> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (text === null) return [];
  const parsed = JSON.parse(text) as { acknowledgements?: Acknowledgement[] };
  const list = parsed.acknowledgements;
  if (!Array.isArray(list) || !list.every((a) => typeof a.reason === "string" && a.reason && Array.isArray(a.changes) && a.changes.every((k) => typeof k.message === "string"))) {
    throw new Error(`${ACKNOWLEDGED_BREAKING}: expected { "acknowledgements": [{ "reason": "...", "changes": [{ "path": "...", "message": "..." }] }] }`);
  }
  return list;
}

/** What the command prints about acknowledged changes, after the comparison's report. */
export function describeAcknowledged(c: AcknowledgedComparison): string[] {
  const lines: string[] = [];
  for (const reason of new Set(c.acknowledged.map((a) => a.reason))) {
    const changes = c.acknowledged.filter((a) => a.reason === reason);
    lines.push("", `Acknowledged in ${ACKNOWLEDGED_BREAKING} (${changes.length}): ${reason}`, ...changes.map((a) => `  - ${a.path ?? a.message}`));
  }
  if (c.unused.length) {
    lines.push("", `${c.unused.length} acknowledged change(s) no longer appear (the base has them): remove them from ${ACKNOWLEDGED_BREAKING}.`);
  }
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
  const compared = await compareSchemas(before, await readFile(resolve(root, PUBLISHED_SCHEMA), "utf8"));
  const comparison = acknowledge(compared, await readAcknowledgements());
  for (const line of describeComparison(comparison, values.base)) console.log(line);
  for (const line of describeAcknowledged(comparison)) console.log(line);
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
