// A published supergraph file (PLACEGRAPH_SUPERGRAPH) as the gateway engine's supergraph source:
// the engine calls `read` at start and then every poll interval, and switches schema only when
// the text changed. A file that is not a supergraph (a half-edited copy, say) is logged and the
// previous one kept, so the hub never stops serving because of a bad publication.
import { readFile } from "node:fs/promises";
import { type EnumTypeDefinitionNode, type GraphQLSchema, Kind, parse, valueFromASTUntyped } from "graphql";
import type { Logger } from "../log.ts";
import { repoPath } from "../paths.ts";
import { describeSchemaChange, schemaChange } from "./supergraph-changes.ts";

/**
 * The supergraph composed at build time (schema/supergraph.graphql: `npm run compose` writes it,
 * `npm run compose -- --check` keeps it current), each named subgraph routed to the given URL.
 * Read instead of composing at start (about a second of CPU).
 */
export async function routedSupergraph(services: { name: string; routingUrl: string }[]): Promise<string> {
  const sdl = await readFile(repoPath("schema/supergraph.graphql"), "utf8");
  const urlOf = new Map(services.map((s) => [s.name, s.routingUrl]));
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) =>
    urlOf.has(name) ? `@join__graph(name: "${name}", url: "${urlOf.get(name)}")` : whole);
}

export interface SupergraphGraph {
  name: string;
  url: string;
}

export class SupergraphFileError extends Error {
  override name = "SupergraphFileError";
}

/** The subgraphs a supergraph routes to (its join__Graph values); throws when it is not a supergraph. */
export function graphsOf(path: string, sdl: string): SupergraphGraph[] {
  let document;
  try {
    document = parse(sdl);
  } catch (err) {
    throw new SupergraphFileError(`${path}: not valid GraphQL: ${(err as Error).message}`);
  }
  const graphs = document.definitions.find((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === "join__Graph");
  if (!graphs?.values?.length) throw new SupergraphFileError(`${path}: not a supergraph (no join__Graph enum); publish one with npm run subgraph:publish`);
  return graphs.values.map((value) => {
    const directive = value.directives?.find((d) => d.name.value === "join__graph");
    const arg = (name: string) => directive?.arguments?.find((a) => a.name.value === name);
    const name = arg("name"), url = arg("url");
    if (!name || !url) throw new SupergraphFileError(`${path}: join__Graph.${value.name.value} has no @join__graph(name, url)`);
    return { name: String(valueFromASTUntyped(name.value)), url: String(valueFromASTUntyped(url.value)) };
  });
}

/** The engine's supergraph source over a file: the last good text whenever the file is unreadable or not a supergraph. */
export function supergraphFileSource(path: string, log: Logger): () => Promise<string> {
  let last: string | null = null;
  return async () => {
    let text: string;
    try {
      text = await readFile(path, "utf8");
      if (text === last) return last;
      graphsOf(path, text);
    } catch (err) {
      const reason = err instanceof SupergraphFileError ? err.message : `${path}: ${(err as Error).message}`;
      if (last === null) throw new SupergraphFileError(reason);
      log.error(`${reason}; still serving the previous supergraph`);
      return last;
    }
    if (last !== null) log.info(`${path} changed: loading the new supergraph (${graphsOf(path, text).map((g) => g.name).join(", ")})`);
    last = text;
    return text;
  };
}

/** Logs what each switch of schema changed in the served API; the first load is only counted. */
export function schemaChangeLogger(path: string, log: Logger): (schema: GraphQLSchema) => void {
  let previous: GraphQLSchema | null = null;
  return (schema) => {
    if (schema === previous) return;
    if (previous) log.info(`Serving the supergraph of ${path}: ${describeSchemaChange(schemaChange(previous, schema))}`);
    else log.info(`Serving the supergraph of ${path}`);
    previous = schema;
  };
}
