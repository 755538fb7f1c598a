// Runs a subgraph inside the gateway's process (no HTTP hop). The gateway hands every subgraph
// its own context object; each subgraph gets its own per-request context, created on first use
// and keyed on that object, so one request shares its DataLoaders and the next gets new ones.
import { type GraphQLDataSourceProcessOptions, LocalGraphQLDataSource } from "@apollo/gateway";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { BuiltSubgraph } from "./build.ts";
import type { SubgraphRequest } from "./definition.ts";

export class InProcessDataSource extends LocalGraphQLDataSource {
  private readonly contexts = new WeakMap<object, object>();

  constructor(
    private readonly subgraph: BuiltSubgraph,
    private readonly prisma: PrismaClient,
  ) {
    super(subgraph.schema);
  }

  private contextFor(gatewayContext: SubgraphRequest): object {
    let context = this.contexts.get(gatewayContext);
    if (!context) {
      context = this.subgraph.definition.createContext(this.prisma, {
        authorization: gatewayContext.authorization ?? null,
        identity: gatewayContext.identity ?? null,
      });
      this.contexts.set(gatewayContext, context);
    }
    return context;
  }

  override process(options: GraphQLDataSourceProcessOptions) {
    return super.process({ ...options, context: this.contextFor(options.context as SubgraphRequest) });
  }
}
