// The engine's auth check (src/gateway/auth.ts) runs for documents that name a restriction of the
// schema, and only for those: elsewhere it could refuse nothing, and it rebuilt every document.
// End to end, with the hub's schema and identities: test/integration/authorization.test.ts.
import { buildSchema, type DocumentNode } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { restrictedNames, useSchemaAuth } from "../../src/gateway/auth.ts";

const sdl = `
directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
type Query {
  people: [Person]
  search: [Result]
  viewer: Viewer @authenticated
}
type Mutation @authenticated { note(text: String): Boolean }
type Person { name: String source: String contactDetails: [ContactDetail] }
type ContactDetail @requiresScopes(scopes: [["read:restricted"]]) { value: String source: String }
type Viewer { name: String }
union Result = Person | ContactDetail
`;
const schema = buildSchema(sdl);

describe("the auth check", () => {
  it("looks for the names a document must use to reach a restriction", () => {
    expect(restrictedNames(schema)).toEqual({
      // Restricted itself; returning a restricted type; returning a union with one; a restricted root's field.
      fields: new Set(["viewer", "contactDetails", "search", "note"]),
      types: new Set(["ContactDetail", "Mutation"]),
    });
  });

  it("leaves a document that names no restriction as it came, and checks every other", async () => {
    const executed: DocumentNode[] = [];
    const capture: Plugin = { onExecute: ({ args }) => void executed.push(args.document) };
    const parsed: DocumentNode[] = [];
    const parses: Plugin = { onParse: () => ({ result }) => void parsed.push(result as DocumentNode) };
    const yoga = createYoga({ schema, plugins: [parses, useSchemaAuth() as Plugin, capture], maskedErrors: false });
    const ask = async (query: string) => (await yoga.fetch("http://hub/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) })).json();

    expect(await ask("{ people { name source } }")).toEqual({ data: { people: null } });
    expect(executed[0]).toBe(parsed[0]);
    // Reached through a union, in a fragment on the restricted type: checked and refused.
    const refused = await ask("{ people { name } search { ... on ContactDetail { value } } }");
    // `search` answered null (this schema has no resolvers): no object is made up under it.
    expect(refused.data).toEqual({ people: null, search: null });
    expect(refused.errors.map((e: { message: string; path: string[] }) => [e.message, e.path])).toEqual([
      ["ContactDetail.value needs scope read:restricted: send an API key or a signed token (Authorization: Bearer ...)", ["search", "value"]],
    ]);
    expect(executed[1]).not.toBe(parsed[1]);
  });
});
