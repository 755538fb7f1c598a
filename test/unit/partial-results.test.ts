// Partial results: every field one subgraph contributes to another subgraph's entity is nullable
// in the checked-in SDL, so a subgraph that is down or times out costs the answer only its own
// fields (each with an error on its path). The one-off breaking change that made them nullable is
// acknowledged, field by field, in schema/acknowledged-breaking.json, and docs/layouts.md lists
// the same fields. (Before: all 33 were non-null, and with funding down a partner overview lost
// the whole organisation.)
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readAcknowledgements } from "../../federation/breaking-changes.ts";
import { contributedFields, unmarkedStubs } from "../../federation/contributed-fields.ts";
import { subgraphs } from "../../src/subgraphs/index.ts";

const root = resolve(import.meta.dirname, "../..");
const sdls = new Map(await Promise.all(subgraphs.map(async (s) => [s.name, await readFile(resolve(root, `schema/${s.name}.graphql`), "utf8")] as const)));
const fields = contributedFields(sdls);

describe("fields contributed to another subgraph's entity", () => {
  it("are found in every subgraph that extends another's entity, and every such entity names its owner", () => {
    expect(unmarkedStubs(sdls)).toEqual([]);
    expect(new Set(fields.map((f) => `${f.subgraph} -> ${f.owner}`))).toEqual(
      new Set(["funding -> partners", "funding -> programmes", "governance -> partners", "outcomes -> partners", "outcomes -> programmes", "programmes -> partners", "programmes -> funding"]),
    );
    expect(fields.length).toBe(33);
  });

  it("are all nullable", () => {
    expect(fields.filter((f) => f.type.endsWith("!")).map((f) => `${f.coordinate}: ${f.type}`)).toEqual([]);
  });

  it("match the acknowledged breaking change, one entry per field, from non-null to nullable", async () => {
    const [acknowledgement] = await readAcknowledgements();
    expect(acknowledgement.reason).toMatch(/^Partial results \(issue 14\)/);
    expect(acknowledgement.changes).toEqual(
      fields.map((f) => ({ path: f.coordinate, message: `Field '${f.coordinate}' changed type from '${f.type}!' to '${f.type}'` })),
    );
  });

  it("are the fields docs/layouts.md lists", async () => {
    const docs = await readFile(resolve(root, "docs/layouts.md"), "utf8");
    const section = docs.slice(docs.indexOf("## When a subgraph is down"));
    const listed = [...section.matchAll(/^\| `(\w+)` \| (\w+) \| (.+) \|$/gm)].flatMap(([, type, subgraph, names]) =>
      names.split(", ").map((name) => `${subgraph} ${type}.${name.replaceAll("`", "")}`),
    );
    expect(listed.sort()).toEqual(fields.map((f) => `${f.subgraph} ${f.coordinate}`).sort());
  });
});
