// The explorer's tabs: every named operation of schema/operations/ (read when the hub starts, so
// a new file shows up after a restart), as written, comment block included, with its example
// variables. The same operations, as written, are the published part of the trusted operations
// (src/access/trusted.ts).
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Kind, parse } from "graphql";
import { exampleVariables } from "./examples.ts";

export const operationsDir = resolve(import.meta.dirname, "../../schema/operations");

export interface ExplorerTab {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

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
  // An operation without examples still gets a tab: its variables are then typed by hand.
  return (await loadPublishedOperations(dir)).map(({ name, query }) => ({
    name,
    query,
    variables: Object.hasOwn(exampleVariables, name) ? exampleVariables[name as keyof typeof exampleVariables] : {},
  }));
}
