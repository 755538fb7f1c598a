// The explorer's tabs: every named operation of schema/operations/ (read when the hub starts, so
// a new file shows up after a restart), as written, comment block included, with its example
// variables.
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

export async function loadExplorerTabs(dir = operationsDir): Promise<ExplorerTab[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".graphql")).sort();
  return Promise.all(
    files.map(async (file) => {
      const query = await readFile(join(dir, file), "utf8");
      const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      const name = operation?.name?.value;
      if (!name) throw new Error(`${file} holds no named operation`);
      // An operation without examples still gets a tab: its variables are then typed by hand.
      const variables: Record<string, unknown> = Object.hasOwn(exampleVariables, name) ? exampleVariables[name as keyof typeof exampleVariables] : {};
      return { name, query, variables };
    }),
  );
}
