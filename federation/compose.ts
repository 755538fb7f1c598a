// Composes the subgraphs into a Federation 2 supergraph with @apollo/composition. `npm run compose`
// writes the result to schema/, which the gateway reads at start (it does not compose itself).
import { createRequire } from "node:module";
import type * as ApolloComposition from "@apollo/composition";
import { parse, printSchema } from "graphql";
import { type BuiltSubgraph, buildSubgraph } from "../src/subgraph/build.ts";
import { subgraphs } from "../src/subgraphs/index.ts";
import type { SubgraphService } from "./subgraphs.ts";

// @apollo/composition (CommonJS) is required when composing (npm run compose, the checks, tests),
// not when the hub starts: the hub only builds its subgraphs from this module.
const require = createRequire(import.meta.url);
const composeServices: typeof ApolloComposition.composeServices = (...args) => (require("@apollo/composition") as typeof ApolloComposition).composeServices(...args);

export class CompositionError extends Error {
  override name = "CompositionError";
}

export async function buildAllSubgraphs(): Promise<BuiltSubgraph[]> {
  return Promise.all(subgraphs.map((s) => buildSubgraph(s)));
}

export interface Composition {
  /** What a router runs: every subgraph's types with the join__ directives that route them. */
  supergraphSdl: string;
  /** What clients see: the same API without federation internals, with every description. */
  apiSdl: string;
}

/** Composes built subgraphs served at the given routing URLs. */
export function compose(built: BuiltSubgraph[], services: SubgraphService[]): Composition {
  const url = (name: string) => services.find((s) => s.name === name)?.routingUrl;
  const result = composeServices(built.map((b) => ({ name: b.name, typeDefs: parse(b.sdl), url: url(b.name) })));
  if (result.errors) throw new CompositionError(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join("\n")}`);
  // The gateway derives the schema it serves the same way, so api.graphql is what introspection
  // answers and what generated clients are checked against.
  return { supergraphSdl: result.supergraphSdl, apiSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()) };
}

/** The supergraph SDL for built subgraphs served at the given routing URLs. */
export function composeSupergraph(built: BuiltSubgraph[], services: SubgraphService[]): string {
  return compose(built, services).supergraphSdl;
}
