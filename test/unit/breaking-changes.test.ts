// The published schema's breaking-change check (federation/breaking-changes.ts) on two small
// SDLs: what it calls breaking, dangerous and safe, and the report `npm run schema:breaking` prints.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acknowledge, committedSchema, compareSchemas, describeAcknowledged, describeComparison, readAcknowledgements } from "../../federation/breaking-changes.ts";

const before = `
  type Query {
    "A partner by its slug."
    organisation(id: ID!): Organisation
    organisations(limit: Int = 50): [Organisation!]!
  }
  type Organisation { id: ID! name: String! shortName: String sector: Sector! }
  enum Sector { CCG LOCAL_AUTHORITY }
`;

const after = `
  type Query {
    "A partner by its slug."
    organisation(id: ID!, asAt: String!): Organisation
    organisations(limit: Int = 20): [Organisation!]!
    areas: [String!]!
  }
  type Organisation { id: ID! name: String! sector: Sector! }
  enum Sector { CCG LOCAL_AUTHORITY ICB }
`;

describe("compareSchemas", () => {
  it("sorts each change into breaking, dangerous or safe", async () => {
    expect(await compareSchemas(before, after)).toEqual({
      breaking: [
        { message: "Field 'shortName' was removed from object type 'Organisation'", path: "Organisation.shortName" },
        { message: "Argument 'asAt: String!' added to field 'Query.organisation'", path: "Query.organisation.asAt" },
      ],
      dangerous: [
        { message: "Default value for argument 'limit' on field 'Query.organisations' changed from '50' to '20'", path: "Query.organisations.limit" },
        { message: "Enum value 'ICB' was added to enum 'Sector'", path: "Sector.ICB" },
      ],
      safe: [{ message: "Field 'areas' was added to object type 'Query'", path: "Query.areas" }],
    });
  });

  it("finds nothing between a schema and itself", async () => {
    expect(await compareSchemas(before, before)).toEqual({ breaking: [], dangerous: [], safe: [] });
  });
});

describe("describeComparison", () => {
  it("prints the counts, then each change under its kind", async () => {
    expect(describeComparison(await compareSchemas(before, after), "HEAD")).toEqual([
      "schema/api.graphql since HEAD: 2 breaking, 2 dangerous, 1 safe.",
      "",
      "Breaking (existing clients can fail):",
      "  - Field 'shortName' was removed from object type 'Organisation' (Organisation.shortName)",
      "  - Argument 'asAt: String!' added to field 'Query.organisation' (Query.organisation.asAt)",
      "",
      "Dangerous (clients may behave differently):",
      "  - Default value for argument 'limit' on field 'Query.organisations' changed from '50' to '20' (Query.organisations.limit)",
      "  - Enum value 'ICB' was added to enum 'Sector' (Sector.ICB)",
      "",
      "Safe:",
      "  - Field 'areas' was added to object type 'Query' (Query.areas)",
    ]);
  });

  it("says so when nothing changed", () => {
    expect(describeComparison({ breaking: [], dangerous: [], safe: [] }, "main")).toEqual(["schema/api.graphql: no changes since main."]);
  });
});

describe("committedSchema", () => {
  it("reads schema/api.graphql from git, and answers null for a revision without it", () => {
    expect(committedSchema("HEAD")).toContain("type Organisation {");
    expect(committedSchema("no-such-revision")).toBeNull();
  });
});

describe("acknowledge", () => {
  const reason = "shortName moved to aliases";
  it("accepts only the exact breaking changes acknowledged, with their reason, and reports acknowledgements no change matches", async () => {
    const compared = await compareSchemas(before, after);
    const acknowledged = acknowledge(compared, [
      {
        reason,
        changes: [
          { path: "Organisation.shortName", message: "Field 'shortName' was removed from object type 'Organisation'" },
          // Same path, other message: not this change.
          { path: "Query.organisation.asAt", message: "Argument 'asAt: String' added to field 'Query.organisation'" },
        ],
      },
    ]);
    expect(acknowledged.breaking).toEqual([{ message: "Argument 'asAt: String!' added to field 'Query.organisation'", path: "Query.organisation.asAt" }]);
    expect(acknowledged.acknowledged).toEqual([{ message: "Field 'shortName' was removed from object type 'Organisation'", path: "Organisation.shortName", reason }]);
    expect(acknowledged.unused).toEqual([{ path: "Query.organisation.asAt", message: "Argument 'asAt: String' added to field 'Query.organisation'" }]);
    expect(describeComparison(acknowledged, "HEAD")[0]).toBe("schema/api.graphql since HEAD: 2 breaking (1 acknowledged), 2 dangerous, 1 safe.");
    expect(describeAcknowledged(acknowledged)).toEqual([
      "",
      `Acknowledged in schema/acknowledged-breaking.json (1): ${reason}`,
      "  - Organisation.shortName",
      "",
      "1 acknowledged change(s) no longer appear (the base has them): remove them from schema/acknowledged-breaking.json.",
    ]);
  });

  it("refuses a malformed acknowledgements file, naming it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "acknowledged-"));
    const file = join(dir, "acknowledged-breaking.json");
    await writeFile(file, JSON.stringify({ acknowledgements: [{ changes: [] }] }));
    await expect(readAcknowledgements(file)).rejects.toThrow(
      'schema/acknowledged-breaking.json: expected { "acknowledgements": [{ "reason": "...", "changes": [{ "path": "...", "message": "..." }] }] }',
    );
    expect(await readAcknowledgements(join(dir, "absent.json"))).toEqual([]);
  });
});
