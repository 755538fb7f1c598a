// Turns a subgraph's type-graphql resolvers plus its reference resolvers into a Federation 2
// subgraph schema. type-graphql has no federation support, so its schema is printed with the
// directives kept (graphql's printSchema drops @key), given the federation @link, and handed
// with type-graphql's resolvers to @apollo/subgraph.
import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type ConstDirectiveNode, type DocumentNode, type GraphQLSchema, Kind, type ObjectTypeDefinitionNode, parse, type TypeNode, visit } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";
import { authChecker } from "./access.ts";
import type { SubgraphDefinition } from "./definition.ts";
import { guardResolvers } from "./input.ts";

export const FEDERATION_VERSION = "https://specs.apollo.dev/federation/v2.9";
const federationImports = ["@key", "@shareable", "@authenticated", "@requiresScopes", "@listSize"];

/** What a list without a `limit` argument (predecessors, members) is assumed to hold, for demand control. */
export const ASSUMED_LIST_SIZE = 10;

/**
 * Demand control reads list sizes from @listSize: every field with a `limit` argument returns at
 * most `limit` items (a page counts them in its `items`); every other list is assumed to hold
 * ASSUMED_LIST_SIZE. Declared here once for every subgraph. (Declared even where the engine's
 * own assumed size would apply: Hive Gateway 2.12 counts a non-null list such as
 * `[Organisation!]!` as no list at all.)
 */
function withListSizes(document: DocumentNode): DocumentNode {
  let parent = "";
  return visit(document, {
    ObjectTypeDefinition: { enter: (node) => void (parent = node.name.value) },
    ObjectTypeExtension: { enter: (node) => void (parent = node.name.value) },
    InterfaceTypeDefinition: { enter: (node) => void (parent = node.name.value) },
    FieldDefinition(field) {
      let size: string | null = null;
      if (field.arguments?.some((a) => a.name.value === "limit")) {
        size = `slicingArguments: ["limit"]${getNamedTypeName(field.type).endsWith("Page") ? ', sizedFields: ["items"]' : ""}, requireOneSlicingArgument: false`;
      } else if (isList(field.type) && !(parent.endsWith("Page") && field.name.value === "items")) {
        size = `assumedSize: ${ASSUMED_LIST_SIZE}`;
      }
      if (!size) return undefined;
      return { ...field, directives: [...(field.directives ?? []), listSizeDirective(size)] };
    },
  });
}

/** The @listSize directive node with these arguments (parsed once per distinct text: start-up time). */
const listSizes = new Map<string, ConstDirectiveNode>();
function listSizeDirective(size: string): ConstDirectiveNode {
  if (!listSizes.has(size)) {
    const parsed = parse(`type T { f: Int @listSize(${size}) }`).definitions[0] as ObjectTypeDefinitionNode;
    listSizes.set(size, parsed.fields![0].directives![0]);
  }
  return listSizes.get(size)!;
}

const isList = (type: TypeNode): boolean => type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));

function getNamedTypeName(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : getNamedTypeName(type.type);
}

export interface BuiltSubgraph<Context extends object = object> {
  name: string;
  /** The executable subgraph schema (with _service and _entities). */
  schema: GraphQLSchema;
  /** The subgraph's SDL as routers and composition read it (printed when first read: start-up time). */
  readonly sdl: string;
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
  const typeDefs = withListSizes(parse(link + printSchemaWithDirectives(typeSchema)));
  const resolvers = createResolversMap(typeSchema) as ResolverMap;
  for (const [typeName, resolveReference] of Object.entries(definition.references)) {
    if (!typeSchema.getType(typeName)) throw new Error(`${definition.name}: reference resolver for unknown type ${typeName}`);
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  // Unstorable text and over-long lists are refused before any resolver sees them, and an
  // unreachable database is answered as such (input.ts, unavailable.ts).
  const schema = guardResolvers(buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }));
  let sdl: string | undefined;
  return {
    name: definition.name,
    schema,
    get sdl() {
      return (sdl ??= printSubgraphSchema(schema));
    },
    definition,
  };
}
