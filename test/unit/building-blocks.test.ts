// The internal modules every subgraph is built from: loaders, pagination, schema building.
import { graphql } from "graphql";
import { Arg, Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { describe, expect, it } from "vitest";
import { buildSubgraph, FEDERATION_VERSION } from "../../src/subgraph/build.ts";
import { defineSubgraph } from "../../src/subgraph/definition.ts";
import { loaderByKey, loaderOfMany, loadLinked } from "../../src/subgraph/loaders.ts";
import { pageWindow, toPage } from "../../src/subgraph/pagination.ts";
import { normaliseName } from "../../src/subgraphs/partners/names.ts";
import { covers } from "../../src/subgraphs/partners/resolvers.ts";

describe("loaders", () => {
  it("loads by key in one batch, in key order, null for missing keys", async () => {
    const batches: string[][] = [];
    const loader = loaderByKey(
      async (keys: string[]) => (batches.push(keys), keys.filter((k) => k !== "x").reverse().map((id) => ({ id }))),
      (row) => row.id,
    );
    expect(await Promise.all(["a", "x", "b", "a"].map((k) => loader.load(k)))).toEqual([{ id: "a" }, null, { id: "b" }, { id: "a" }]);
    expect(batches).toEqual([["a", "x", "b"]]);
  });

  it("groups many rows per key, empty for keys without rows", async () => {
    const loader = loaderOfMany(
      async () => [{ k: "a", v: 1 }, { k: "b", v: 2 }, { k: "a", v: 3 }],
      (row) => row.k,
    );
    expect(await loader.loadMany(["a", "b", "c"])).toEqual([[{ k: "a", v: 1 }, { k: "a", v: 3 }], [{ k: "b", v: 2 }], []]);
  });

  it("skips empty and dangling links", async () => {
    const loader = loaderByKey(async (keys: string[]) => keys.filter((k) => k !== "gone").map((id) => ({ id })), (r) => r.id);
    expect(await loadLinked(loader, ["a", null, "gone", "b"])).toEqual([{ id: "a" }, { id: "b" }]);
  });
});

describe("pagination", () => {
  it("turns limit and offset into take and skip, and reports what follows", () => {
    expect(pageWindow({ limit: 10, offset: 20 })).toEqual({ take: 10, skip: 20 });
    expect(toPage([1, 2], 22, { limit: 10, offset: 20 })).toEqual({ items: [1, 2], totalCount: 22, limit: 10, offset: 20, hasMore: false });
    expect(toPage([1, 2], 23, { limit: 2, offset: 20 }).hasMore).toBe(true);
  });

  it("refuses out-of-range pages with the argument named", () => {
    expect(() => pageWindow({ limit: 0, offset: 0 })).toThrow("limit must be between 1 and 500, got 0");
    expect(() => pageWindow({ limit: 10, offset: -1 })).toThrow("offset must be 0 or more, got -1");
  });
});

describe("names and periods", () => {
  it("normalises the papers' name variants to one form", () => {
    expect(normaliseName("Coventry & Warwickshire Partnership Trust")).toBe("coventry and warwickshire partnership trust");
    expect(normaliseName("Health and Well-being Board")).toBe("health and well being board");
    expect(normaliseName("  Barnardo’s ")).toBe("barnardos");
  });

  it("treats open period ends as unbounded", () => {
    const day = new Date("2019-01-14");
    expect(covers({ startDate: null, endDate: null }, day)).toBe(true);
    expect(covers({ startDate: new Date("2019-01-14"), endDate: null }, day)).toBe(true);
    expect(covers({ startDate: null, endDate: new Date("2019-01-13") }, day)).toBe(false);
    expect(covers({ startDate: new Date("2019-01-15"), endDate: null }, null)).toBe(true);
  });
});

@Directive('@key(fields: "id")')
@ObjectType({ description: "A widget." })
class Widget {
  @Field(() => ID, { description: "Its id." })
  id!: string;
}

@Resolver(() => Widget)
class WidgetResolver {
  @Query(() => Widget, { nullable: true, description: "A widget by id." })
  widget(@Arg("id", () => ID, { description: "The id." }) id: string) {
    return { id };
  }
}

describe("buildSubgraph", () => {
  const definition = defineSubgraph({
    name: "widgets",
    resolvers: [WidgetResolver],
    references: { Widget: (ref: Record<string, unknown>) => ({ id: `ref:${ref.id}` }) },
    createContext: () => ({}),
  });

  it("makes a Federation 2 subgraph whose references resolve", async () => {
    const built = await buildSubgraph(definition);
    expect(built.sdl).toContain(`@link(url: "${FEDERATION_VERSION}", import: ["@key", "@shareable", "@authenticated", "@requiresScopes", "@listSize"])`);
    const res = await graphql({
      schema: built.schema,
      source: `{ _entities(representations: [{ __typename: "Widget", id: "7" }]) { ... on Widget { id } } widget(id: "3") { id } }`,
    });
    expect(res).toEqual({ data: { _entities: [{ id: "ref:7" }], widget: { id: "3" } } });
  });

  it("refuses a reference resolver for a type the subgraph does not have", async () => {
    await expect(buildSubgraph({ ...definition, references: { Gadget: () => null } })).rejects.toThrow(
      "widgets: reference resolver for unknown type Gadget",
    );
  });
});

describe("exact number scalars", () => {
  it("writes money with two places and decimals exactly, never through a float", async () => {
    const { MoneyScalar, DecimalScalar } = await import("../../src/subgraph/scalars.ts");
    const { Prisma } = await import("../../src/generated/prisma/client.ts");
    expect(MoneyScalar.serialize(new Prisma.Decimal("179502000"))).toBe("179502000.00");
    expect(DecimalScalar.serialize(new Prisma.Decimal("0.1").plus("0.2"))).toBe("0.3");
    expect(MoneyScalar.parseValue("7997949.00").toFixed(2)).toBe("7997949.00");
    expect(MoneyScalar.parseValue(18600000).toFixed(2)).toBe("18600000.00");
  });

  it("refuses floats, text and extra places with the value named", async () => {
    const { MoneyScalar } = await import("../../src/subgraph/scalars.ts");
    expect(() => MoneyScalar.parseValue(1000.5)).toThrow('Money must be a decimal number written as a string, such as "179502000.00"; got 1000.5');
    expect(() => MoneyScalar.parseValue("£1,000")).toThrow('Money must be a decimal number written as a string, such as "179502000.00"; got "£1,000"');
    expect(() => MoneyScalar.parseValue("10.005")).toThrow('Money has at most 2 decimal places; got "10.005"');
  });
});
