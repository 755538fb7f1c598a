// Partial results: every field one subgraph contributes to another subgraph's entity is nullable
// in the checked-in SDL, so a subgraph that is down or times out costs the answer only its own
// fields (each with an error on its path). The one-off breaking change that made them nullable is
// acknowledged, field by field, in schema/acknowledged-breaking.json, and docs/layouts.md lists
// the same fields, the published partners' included. (Before: all 33 were non-null, and with funding down a partner overview lost
// the whole organisation.)
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readAcknowledgements } from "../../federation/breaking-changes.ts";
import { contributedFields, unmarkedStubs } from "../../federation/contributed-fields.ts";
import { loadRegistry, publishedSdls } from "../../federation/registry.ts";

const root = resolve(import.meta.dirname, "../..");
// The built-ins' SDL (schema/) and the published partners' (federation/published/).
const registry = await loadRegistry();
const sdls = await publishedSdls(registry);
const fields = contributedFields(sdls);
const builtIn = new Set(registry.subgraphs.filter((s) => s.kind === "built-in").map((s) => s.name));

describe("fields contributed to another subgraph's entity", () => {
  it("are found in every subgraph that extends another's entity, and every such entity names its owner", () => {
    expect(unmarkedStubs(sdls)).toEqual([]);
    expect(new Set(fields.map((f) => `${f.subgraph} -> ${f.owner}`))).toEqual(
      new Set([
        ...["funding -> partners", "funding -> programmes", "governance -> partners", "outcomes -> partners", "outcomes -> programmes", "programmes -> partners", "programmes -> funding"],
        ...["police -> partners", "police -> programmes"],
      ]),
    );
    // 33 when they became nullable; fields added since are nullable from the start.
    expect(fields.filter((f) => builtIn.has(f.subgraph)).length).toBeGreaterThanOrEqual(33);
    expect(fields.filter((f) => f.subgraph === "police").map((f) => `${f.coordinate}: ${f.type}`)).toEqual([
      "Area.policeFigures: [PoliceFigure!]",
      "Programme.policeContact: PoliceContact",
      "Programme.policeFigures: [PoliceFigure!]",
    ]);
  });

  it("are all nullable", () => {
    expect(fields.filter((f) => f.type.endsWith("!")).map((f) => `${f.coordinate}: ${f.type}`)).toEqual([]);
  });

  it("of the built-in subgraphs were made nullable by the acknowledged breaking change of schema/api.graphql, one entry per field that existed then", async () => {
    const [acknowledgement] = await readAcknowledgements();
    expect(acknowledgement.reason).toMatch(/^Partial results \(issue 14\)/);
    const contributed = new Map(fields.filter((f) => builtIn.has(f.subgraph)).map((f) => [f.coordinate, f.type]));
    expect(acknowledgement.changes).toHaveLength(33);
    for (const { path = "", message } of acknowledgement.changes) {
      const type = contributed.get(path);
      expect({ path, message }).toEqual({ path, message: `Field '${path}' changed type from '${type}!' to '${type}'` });
    }
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
