// One document object per distinct text after the auth check (src/gateway/stable-documents.ts),
// so that caches kept per document object (the query planner's plans) hit; end to end in
// test/integration/authorization.test.ts ("plans a query once per outcome of the check").
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { documentInterner } from "../../src/gateway/stable-documents.ts";

describe("the document interner", () => {
  it("gives the first object of a text to every later document with that text, and keeps texts apart", () => {
    const intern = documentInterner(2);
    const first = parse("{ people { name } }");
    expect(intern(first)).toBe(first);
    expect(intern(parse("{ people { name } }"))).toBe(first);
    expect(intern(parse("{people{name}}"))).toBe(first);
    const other = parse("{ people { name source } }");
    expect(intern(other)).toBe(other);
    expect(intern(first)).toBe(first);
  });

  it("forgets the least recently used text beyond its size", () => {
    const intern = documentInterner(1);
    const a = parse("{ a }");
    intern(a);
    intern(parse("{ b }"));
    const again = parse("{ a }");
    expect(intern(again)).toBe(again);
  });
});
