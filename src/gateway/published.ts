// Serving a published supergraph (PLACEGRAPH_SUPERGRAPH, written by `npm run subgraph:publish`)
// on Hive Gateway's runtime: the engine polls the file and switches to a new supergraph without
// a restart; requests admitted before the switch finish on the schema they started on
// (gracefulSchemaReload) while new ones get the new schema, and the log says what changed.
// Embedded, the built-in subgraphs stay in this process and partners' are reached over HTTP at
// the routing URL the supergraph gives them.
import type { GatewayConfigSupergraph, GatewayPlugin } from "@graphql-hive/gateway-runtime";
import httpTransport from "@graphql-mesh/transport-http";
import { resolve } from "node:path";
import type { Logger } from "../log.ts";
import type { Transport } from "../subgraph/in-process.ts";
import { schemaChangeLogger, supergraphFileSource } from "./supergraph-file.ts";

export interface PublishedSupergraph {
  /** The file, relative to the working directory or absolute. */
  file: string;
  pollMs: number;
  /** How long requests admitted on a superseded schema may take to finish. */
  drainMs: number;
  log: Logger;
}

/** Built-in subgraphs in-process, every other (partner) subgraph over HTTP. */
export function builtInOrHttp(builtIn: Transport, builtInNames: Set<string>) {
  const http = httpTransport as unknown as Transport;
  return {
    getSubgraphExecutor(options: { subgraphName: string }) {
      return (builtInNames.has(options.subgraphName) ? builtIn : http).getSubgraphExecutor(options as never);
    },
  };
}

/** The runtime's supergraph options for a published file, and the plugin that logs each switch. */
export function publishedSupergraphConfig({ file, pollMs, drainMs, log }: PublishedSupergraph): {
  config: Pick<GatewayConfigSupergraph, "supergraph" | "pollingInterval" | "gracefulSchemaReload">;
  plugin: GatewayPlugin;
} {
  const path = resolve(file);
  const logChange = schemaChangeLogger(file, log);
  return {
    config: { supergraph: supergraphFileSource(path, log), pollingInterval: pollMs, gracefulSchemaReload: { drainTimeout: drainMs } },
    plugin: { onSchemaChange: ({ schema }) => logChange(schema) },
  };
}
