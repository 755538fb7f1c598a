// Turns a subgraph's type-graphql resolvers plus its reference resolvers into a Federation 2
// subgraph schema. type-graphql has no federation support, so its schema is printed with the
// directives kept (graphql's printSchema drops @key), given the federation @link, and handed
// with type-graphql's resolvers to @apollo/subgraph.
import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, parse } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";
import { authChecker } from "./access.ts";
import type { SubgraphDefinition } from "./definition.ts";
import { guardResolvers } from "./input.ts";

export const FEDERATION_VERSION = "https://specs.apollo.dev/federation/v2.7";
const federationImports = ["@key", "@shareable", "@authenticated", "@requiresScopes"];

export interface BuiltSubgraph<Context extends object = object> {
  name: string;
  /** The executable subgraph schema (with _service and _entities). */
  schema: GraphQLSchema;
  /** The subgraph's SDL as routers and composition read it. */
  sdl: string;
  definition: SubgraphDefinition<Context>;
}

/** type-graphql leaves the root types undescribed; the explorer shows these lines. */
function describeRootTypes(schema: GraphQLSchema, name: string) {
  const query = schema.getQueryType();
  if (query) query.description ??= `Queries answered by the ${name} subgraph.`;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description ??= `Changes made through the ${name} subgraph.`;
}

type ResolverMap = Record<string, Record<string, unknown>>;

export async function buildSubgraph<Context extends object>(
  definition: SubgraphDefinition<Context>,
): Promise<BuiltSubgraph<Context>> {
  // skipCheck: a subgraph may only extend other subgraphs' entities and have no Query of its own.
  const typeSchema = await buildSchema({ resolvers: definition.resolvers, skipCheck: true, authChecker });
  describeRootTypes(typeSchema, definition.name);
  const link = `extend schema @link(url: "${FEDERATION_VERSION}", import: ${JSON.stringify(federationImports)})\n\n`;
  const typeDefs = parse(link + printSchemaWithDirectives(typeSchema));
  const resolvers = createResolversMap(typeSchema) as ResolverMap;
  for (const [typeName, resolveReference] of Object.entries(definition.references)) {
    if (!typeSchema.getType(typeName)) throw new Error(`${definition.name}: reference resolver for unknown type ${typeName}`);
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  // Unstorable text and over-long lists are refused before any resolver sees them, and an
  // unreachable database is answered as such (input.ts, unavailable.ts).
  const schema = guardResolvers(buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }));
  return { name: definition.name, schema, sdl: printSubgraphSchema(schema), definition };
}
