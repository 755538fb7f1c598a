// Runs the subgraphs inside the gateway's process (no socket, no JSON): a Hive Gateway transport
// whose executor hands each subgraph request straight to that subgraph's schema. One gateway
// request gets one context per subgraph, created on first use and keyed on the gateway's context
// object, so one request shares its DataLoaders and the next gets new ones.
import { type ExecutionRequest, type ExecutionResult, type Executor, getOperationASTFromRequest } from "@graphql-tools/utils";
import { type DocumentNode, execute, OperationTypeNode, print } from "graphql";
import { LRUCache } from "lru-cache";
import type { Identity } from "../access/identity.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { BuiltSubgraph } from "./build.ts";

/** The shape of a Hive Gateway transport (its `transports` option). */
export interface Transport {
  getSubgraphExecutor(options: { subgraphName: string }): Executor;
}

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * A number per distinct document text, found once per document object (the query planner hands
 * over the same document for each run of a plan): keys stay short however long the query.
 */
const textIds = new LRUCache<string, number>({ max: 10_000 });
const documentIds = new WeakMap<DocumentNode, number>();
let lastId = 0;
function idOf(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) {
    const text = print(document);
    id = textIds.get(text) ?? ++lastId;
    textIds.set(text, id);
    documentIds.set(document, id);
  }
  return id;
}

/** Each caller's own copy of a shared answer: the gateway merges other subgraphs' data into it. */
const copyOf = (result: ExecutionResult): ExecutionResult => (result.data ? { ...result, data: structuredClone(result.data) } : result);

/**
 * Identical queries in flight at the same moment, for the same identity, share one execution (as
 * the engine's HTTP executor deduplicates a subgraph's requests over HTTP): a dashboard opened by
 * many at once runs its statements once. Mutations always run; nothing is kept once answered.
 */
function sharingInFlight(run: (request: ExecutionRequest) => Result, identityOf: (request: ExecutionRequest) => Identity | null) {
  const inFlight = new Map<string, { answer: Promise<ExecutionResult>; callers: number }>();
  return (request: ExecutionRequest): Result => {
    if (getOperationASTFromRequest(request).operation !== OperationTypeNode.QUERY) return run(request);
    const key = JSON.stringify([idOf(request.document), identityOf(request), request.operationName ?? null, request.variables ?? null]);
    const shared = inFlight.get(key);
    if (shared) {
      shared.callers++;
      return shared.answer.then(copyOf);
    }
    const result = run(request);
    if (!(result instanceof Promise)) return result;
    const entry = { answer: result.finally(() => inFlight.delete(key)), callers: 1 };
    inFlight.set(key, entry);
    // The first caller copies too when others joined: it may change its answer before they copy theirs.
    return entry.answer.then((answer) => (entry.callers > 1 ? copyOf(answer) : answer));
  };
}

/** The transport for every subgraph of the supergraph; `identityOf` reads the gateway's context. */
export function inProcessTransport(built: BuiltSubgraph[], prisma: PrismaClient, identityOf: (gatewayContext: object) => Identity | null): Transport {
  return {
    getSubgraphExecutor({ subgraphName }) {
      const subgraph = built.find((b) => b.name === subgraphName);
      if (!subgraph) throw new Error(`No in-process subgraph named ${subgraphName}`);
      const contexts = new WeakMap<object, object>();
      const contextFor = (gatewayContext: object) => {
        let context = contexts.get(gatewayContext);
        if (!context) {
          context = subgraph.definition.createContext(prisma, { authorization: null, identity: identityOf(gatewayContext) });
          contexts.set(gatewayContext, context);
        }
        return context;
      };
      const run = (request: ExecutionRequest) =>
        execute({
          schema: subgraph.schema,
          document: request.document,
          variableValues: request.variables,
          operationName: request.operationName,
          contextValue: contextFor(request.context ?? request),
        }) as Result;
      return sharingInFlight(run, (request) => identityOf(request.context ?? request)) as Executor;
    },
  };
}
