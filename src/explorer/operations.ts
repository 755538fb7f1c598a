// The explorer's tabs: every named operation of schema/operations/ (read when the hub starts, so
// a new file shows up after a restart), as written, comment block included, with its example
// variables. The same operations, as written, are the published part of the trusted operations
// (src/access/trusted.ts).
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { Kind, parse } from "graphql";
import { type AudienceId, audienceOf, audiences } from "./audiences.ts";
import { exampleVariables } from "./examples.ts";
import { repoPath } from "../paths.ts";

export const operationsDir = repoPath("schema/operations");

export interface ExplorerTab {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Who asks it (src/explorer/audiences.ts). */
  audience: AudienceId;
  /** The question it answers, from its comment block ("# Question: ..."). */
  question: string;
}

/** The text of the "# Question:" comment, continued lines joined. */
export function questionOf(query: string): string {
  const lines = query.split("\n");
  const start = lines.findIndex((l) => l.startsWith("# Question:"));
  if (start < 0) return "";
  const text = [lines[start].slice("# Question:".length)];
  for (const line of lines.slice(start + 1)) {
    if (!/^#\s{2,}/.test(line)) break; // a continuation is indented under the label
    text.push(line.slice(1));
  }
  return text.map((t) => t.trim()).join(" ");
}

/** Where each audience's operations come in the list: the order audiences.ts gives them. */
const rank = (name: string) => {
  const all: readonly string[] = audiences.flatMap((a) => a.operations);
  const i = all.indexOf(name);
  return i < 0 ? all.length : i;
};

/** A named operation of schema/operations/ as written (the explorer's tabs, the trusted list's entries). */
export interface PublishedOperation {
  name: string;
  query: string;
}

export async function loadPublishedOperations(dir = operationsDir): Promise<PublishedOperation[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".graphql")).sort();
  return Promise.all(
    files.map(async (file) => {
      const query = await readFile(join(dir, file), "utf8");
      const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      const name = operation?.name?.value;
      if (!name) throw new Error(`${file} holds no named operation`);
      return { name, query };
    }),
  );
}

export async function loadExplorerTabs(dir = operationsDir): Promise<ExplorerTab[]> {
  // An operation without examples still gets an entry: its variables are then typed by hand.
  const operations = (await loadPublishedOperations(dir)).map(({ name, query }) => ({
    name,
    query,
    variables: Object.hasOwn(exampleVariables, name) ? exampleVariables[name as keyof typeof exampleVariables] : {},
    audience: audienceOf(name),
    question: questionOf(query),
  }));
  return operations.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}
