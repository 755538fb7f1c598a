// What every subgraph folder exports: its name, type-graphql resolvers, entity reference
// resolvers and a factory for its per-request context (fresh DataLoaders for each request).
import type { Identity } from "../access/identity.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

export type ReferenceResolver<Context> = (
  representation: Record<string, unknown>,
  context: Context,
) => unknown;

/** What a subgraph may know of the HTTP request behind an operation. */
export interface SubgraphRequest {
  /** The Authorization header the client sent to the gateway (forwarded in both layouts). */
  authorization: string | null;
  /**
   * Who the request speaks for, from a partner API key or a signed token in that header (src/access/):
   * resolved by the embedded gateway, or by a subgraph server from the forwarded header.
   */
  identity: Identity | null;
}

export interface SubgraphDefinition<Context extends object = object> {
  /** The subgraph's name in the supergraph, e.g. "partners". */
  name: string;
  /** type-graphql resolver classes. */
  resolvers: [Function, ...Function[]];
  /** `__resolveReference` for each entity the subgraph owns, by GraphQL type name. */
  references: Record<string, ReferenceResolver<Context>>;
  /** Builds one request's context; never shared between requests. */
  createContext(prisma: PrismaClient, request: SubgraphRequest): Context;
}

/** Declares a subgraph with its context type inferred. */
export function defineSubgraph<Context extends object>(def: SubgraphDefinition<Context>): SubgraphDefinition<Context> {
  return def;
}
