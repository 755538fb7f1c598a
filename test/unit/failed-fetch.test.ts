// A subgraph call that failed as a whole (no answer, or the upstream time-out) gets one error per
// field it asked for, at that field's path in the call's own answer, for the query planner to map
// onto the client's paths (src/gateway/failed-fetch.ts; end to end in test/faults/distributed.test.ts).
import { GraphQLError, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { requestedPaths, useErrorOnEachFailedField } from "../../src/gateway/failed-fetch.ts";

const entities = parse(`query($representations: [_Any!]!, $other: [_Any!]!) {
  _entities(representations: $representations) { __typename ... on Organisation { fundingContributions { amount } pools: hostedFundingPools { id } } }
  second: _entities(representations: $other) { ... on Programme { fundingAllocations { amount } } }
}`);

describe("a failed subgraph call", () => {
  it("asked for each entity's fields (through inline fragments and aliases, not __typename) or for its root fields", () => {
    const request = { document: entities, variables: { representations: [{}, {}], other: [{}] } };
    expect(requestedPaths(request)).toEqual([
      ["_entities", 0, "fundingContributions"],
      ["_entities", 0, "pools"],
      ["_entities", 1, "fundingContributions"],
      ["_entities", 1, "pools"],
      ["second", 0, "fundingAllocations"],
    ]);
    expect(requestedPaths({ document: parse(`{ fundingPools { id } total: fundingPoolCount }`) })).toEqual([["fundingPools"], ["total"]]);
  });

  it("gets an error on each of them, whether the subgraph answered with errors only or the call threw; other results pass", async () => {
    const request = { document: parse(`{ fundingPools { id } total: fundingPoolCount }`) };
    const down = new GraphQLError("The funding subgraph did not answer", { extensions: { code: "SUBREQUEST_HTTP_ERROR", serviceName: "funding" } });
    const located = (executor: () => unknown) => {
      let wrapped: ((r: unknown) => unknown) | undefined;
      useErrorOnEachFailedField().onSubgraphExecute!({ executor, setExecutor: (e: never) => (wrapped = e) } as never);
      return wrapped!(request) as Promise<{ data?: unknown; errors?: GraphQLError[] }>;
    };
    const each = (result: { errors?: GraphQLError[] }) => result.errors!.map((e) => [e.path, e.message, e.extensions.code]);
    const expected = [["fundingPools"], ["total"]].map((path) => [path, "The funding subgraph did not answer", "SUBREQUEST_HTTP_ERROR"]);
    expect(each(await located(async () => ({ errors: [down] })))).toEqual(expected);
    expect(each(await located(async () => Promise.reject(down)))).toEqual(expected);
    expect(each(await located(() => ({ errors: [down] })))).toEqual(expected);
    // An answer with data, or errors that have their own path, is left as it is.
    const partial = { data: { fundingPools: [] }, errors: [down] };
    expect(await located(async () => partial)).toBe(partial);
    const onItsPath = { errors: [new GraphQLError("x", { path: ["total"] })] };
    expect(each(await located(async () => onItsPath))).toEqual([[["total"], "x", undefined]]);
    await expect(located(async () => Promise.reject(new Error("not a GraphQL error")))).rejects.toThrow("not a GraphQL error");
  });
});
