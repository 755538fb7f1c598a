// Every subgraph of the hub, in composition order. Adding a subgraph: create its folder shaped
// like partners/ (entities, loaders, resolvers, index) and list it here.
// type-graphql reads decorator metadata through this polyfill; it must load before any
// subgraph's decorated classes, so the registry that every entry point imports loads it first.
import "reflect-metadata";
import type { SubgraphDefinition } from "../subgraph/definition.ts";
import { builtInSubgraphNames } from "./names.ts";
import funding from "./funding/index.ts";
import governance from "./governance/index.ts";
import outcomes from "./outcomes/index.ts";
import partners from "./partners/index.ts";
import programmes from "./programmes/index.ts";

export const subgraphs: SubgraphDefinition<any>[] = [partners, governance, programmes, funding, outcomes];
if (subgraphs.map((s) => s.name).join() !== builtInSubgraphNames.join()) {
  throw new Error(`src/subgraphs/names.ts lists ${builtInSubgraphNames.join(", ")}, but the subgraphs are ${subgraphs.map((s) => s.name).join(", ")}`);
}

export function findSubgraph(name: string): SubgraphDefinition<any> {
  const found = subgraphs.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown subgraph "${name}"; known: ${subgraphs.map((s) => s.name).join(", ")}`);
  return found;
}
