// Partial results when a subgraph is down or too slow: an error on each field the failed subgraph
// call was to answer. Hive Router's planner reports a call that failed as a whole (no answer, or
// the upstream time-out) once, at the entity it was for (["organisation"]), which leaves the
// fields it contributes null without an error of their own. Before the planner sees it, this
// gives such a failure one error per requested field, at that field's path inside the call's own
// answer (["_entities", 0, "fundingContributions"]); the planner maps those paths onto the
// client's (["organisation", "fundingContributions"]) as it does for any subgraph error.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { ExecutionRequest, ExecutionResult, Executor } from "@graphql-tools/utils";
import { getOperationAST, GraphQLError, Kind, type SelectionSetNode } from "graphql";

type Path = (string | number)[];

/** Response keys of the fields a selection set asks for, through inline fragments (not __typename). */
function keysOf(set: SelectionSetNode): string[] {
  const keys = set.selections.flatMap((s) => {
    if (s.kind === Kind.INLINE_FRAGMENT) return keysOf(s.selectionSet);
    return s.kind === Kind.FIELD && s.name.value !== "__typename" ? [s.alias?.value ?? s.name.value] : [];
  });
  return [...new Set(keys)];
}

/** The path of every field a subgraph call asks for, in its own answer: each entity's fields, or the root fields. */
export function requestedPaths(request: ExecutionRequest): Path[] {
  const operation = getOperationAST(request.document, request.operationName);
  if (!operation) return [];
  return operation.selectionSet.selections.flatMap((root): Path[] => {
    if (root.kind !== Kind.FIELD) return [];
    const key = root.alias?.value ?? root.name.value;
    if (root.name.value !== "_entities" || !root.selectionSet) return [[key]];
    const argument = root.arguments?.find((a) => a.name.value === "representations")?.value;
    const representations = argument?.kind === Kind.VARIABLE ? request.variables?.[argument.name.value] : undefined;
    const fields = keysOf(root.selectionSet);
    return Array.isArray(representations) ? representations.flatMap((_, index) => fields.map((field) => [key, index, field])) : [];
  });
}

/** One copy of a failure per requested field; errors that already have a path stay as they are. */
function onEachField(errors: readonly GraphQLError[], request: ExecutionRequest): GraphQLError[] {
  const paths = requestedPaths(request);
  return errors.flatMap((error) =>
    error.path || !paths.length ? [error] : paths.map((path) => new GraphQLError(error.message, { path, originalError: error.originalError ?? undefined, extensions: error.extensions })),
  );
}

const failedWhole = (result: ExecutionResult) => !result.data && !!result.errors?.length;

/** The plugin; after useUpstreamTimeout, so that it also sees the time-out it throws. */
export const useErrorOnEachFailedField = (): GatewayPlugin => ({
  onSubgraphExecute({ executor, setExecutor }) {
    const located = ((request: ExecutionRequest) => {
      const relocate = (result: unknown) => {
        const whole = result as ExecutionResult;
        return Symbol.asyncIterator in Object(result) || !failedWhole(whole) ? result : { ...whole, errors: onEachField(whole.errors!, request) };
      };
      const fail = (error: unknown) => {
        if (!(error instanceof GraphQLError)) throw error;
        return { errors: onEachField([error], request) };
      };
      let result: unknown;
      try {
        result = executor(request);
      } catch (error) {
        return fail(error);
      }
      return result instanceof Promise ? result.then(relocate, fail) : relocate(result);
    }) as Executor;
    setExecutor(located);
  },
});
