// The built-in subgraphs' names, in composition order, for code that needs the names without the
// subgraphs' code: the registry, read by gateway.config.ts in the hive-gateway CLI, whose
// TypeScript loader cannot parse the subgraphs' parameter decorators. index.ts checks it.
export const builtInSubgraphNames = ["partners", "governance", "programmes", "funding", "outcomes"] as const;
