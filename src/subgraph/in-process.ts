// Runs the subgraphs inside the gateway's process (no socket, no JSON): a Hive Gateway transport
// whose executor hands each subgraph request straight to that subgraph's schema. One gateway
// request gets one context per subgraph, created on first use and keyed on the gateway's context
// object, so one request shares its DataLoaders and the next gets new ones.
import type { ExecutionRequest, Executor } from "@graphql-tools/utils";
import { execute } from "graphql";
import type { Identity } from "../access/identity.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { BuiltSubgraph } from "./build.ts";

/** The shape of a Hive Gateway transport (its `transports` option). */
export interface Transport {
  getSubgraphExecutor(options: { subgraphName: string }): Executor;
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
      return (request: ExecutionRequest) =>
        execute({
          schema: subgraph.schema,
          document: request.document,
          variableValues: request.variables,
          operationName: request.operationName,
          contextValue: contextFor(request.context ?? request),
        }) as never;
    },
  };
}
