// Enforces the supergraph's @authenticated and @requiresScopes at the gateway, as Apollo's
// router does: before the query is planned, every field the request may not read is replaced
// by `__typename` under the same response key (so no subgraph is asked for it and the document
// stays valid, fragments and all); after execution that key is set to null and an error names
// its path. The rest of the query answers as usual.
import { createHash } from "node:crypto";
import {
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLCompositeType,
  type GraphQLField,
  GraphQLError,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  print,
  type SelectionSetNode,
  valueFromASTUntyped,
  visit,
} from "graphql";
import type { Identity } from "../access/identity.ts";
import { accessDenied, allows, type Requirement } from "../subgraph/access.ts";
import type { SubgraphRequest } from "../subgraph/definition.ts";
import type { GatewayExecutor } from "./executor.ts";
import { fragmentsOf } from "./limits.ts";

/** Requirements by type name ("ContactDetail") and by field coordinate ("Person.contactDetails"). */
export type Requirements = Map<string, Requirement>;

const securityDirectives = new Set(["authenticated", "requiresScopes"]);
const isSecurityLink = (node: DirectiveNode) =>
  node.name.value === "link" && node.arguments?.some((a) => a.name.value === "for" && a.value.kind === Kind.ENUM && a.value.value === "SECURITY");

/**
 * The supergraph as @apollo/gateway loads it: without the security features, which it refuses
 * to load because it does not enforce them itself (this module does, from the full supergraph).
 */
export function withoutSecurityFeatures(supergraphSdl: string): string {
  const stripped = visit(parse(supergraphSdl), {
    Directive: (node) => (securityDirectives.has(node.name.value) || isSecurityLink(node) ? null : undefined),
    DirectiveDefinition: (node) => (securityDirectives.has(node.name.value) ? null : undefined),
    ScalarTypeDefinition: (node) => (node.name.value === "requiresScopes__Scope" ? null : undefined),
  });
  return print(stripped);
}

/** Reads @authenticated and @requiresScopes off the types and fields of a supergraph SDL. */
export function requirementsFrom(supergraphSdl: string): Requirements {
  const requirements: Requirements = new Map();
  const read = (name: string, directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: never }[] }[] = []) => {
    const authenticated = directives.some((d) => d.name.value === "authenticated");
    const scoped = directives.find((d) => d.name.value === "requiresScopes");
    const argument = scoped?.arguments?.find((a) => a.name.value === "scopes");
    const scopes = argument ? (valueFromASTUntyped(argument.value) as string[][]) : null;
    if (authenticated || scopes) requirements.set(name, { authenticated, scopes });
  };
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    read(definition.name.value, definition.directives as never);
    for (const field of definition.fields ?? []) read(`${definition.name.value}.${field.name.value}`, field.directives as never);
  }
  return requirements;
}

/** A field the request may not read, and every response path (response keys) it appears at. */
interface Denial {
  coordinate: string;
  requirement: Requirement;
  paths: string[][];
}

interface Walk {
  schema: GraphQLSchema;
  requirements: Requirements;
  identity: Identity | null;
  fragments: Record<string, FragmentDefinitionNode>;
  denied: Map<FieldNode, Denial>;
  /** Fragments being walked, so that a spread never recurses into itself. */
  open: Set<string>;
}

/** The unmet requirement of a field of `parent`, its own or its return type's. */
function unmet(w: Walk, parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): Omit<Denial, "paths"> | null {
  const coordinate = `${parent.name}.${field.name}`;
  for (const requirement of [w.requirements.get(coordinate), w.requirements.get(getNamedType(field.type).name)]) {
    if (requirement && !allows(requirement, w.identity)) return { coordinate, requirement };
  }
  return null;
}

function walk(w: Walk, set: SelectionSetNode, parent: GraphQLCompositeType, path: string[]) {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!field) continue; // __typename and the like
      const at = [...path, selection.alias?.value ?? name];
      const denial = unmet(w, parent, field);
      if (denial) {
        const known = w.denied.get(selection);
        if (known) known.paths.push(at);
        else w.denied.set(selection, { ...denial, paths: [at] });
        continue;
      }
      const type = getNamedType(field.type);
      if (selection.selectionSet && isCompositeType(type)) walk(w, selection.selectionSet, type, at);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? w.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) walk(w, selection.selectionSet, type, path);
    } else {
      const fragment = w.fragments[selection.name.value];
      const type = fragment && w.schema.getType(fragment.typeCondition.name.value);
      if (!type || !isCompositeType(type) || w.open.has(fragment.name.value)) continue;
      w.open.add(fragment.name.value);
      walk(w, fragment.selectionSet, type, path);
      w.open.delete(fragment.name.value);
    }
  }
}

/** Sets null at a path of response keys (through every list on the way); returns the concrete paths set. */
function nullAt(data: unknown, path: string[], done: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(data)) return data.flatMap((item, i) => nullAt(item, path, [...done, i]));
  if (data === null || typeof data !== "object") return [];
  const [key, ...rest] = path;
  const record = data as Record<string, unknown>;
  if (!(key in record)) return [];
  if (!rest.length) {
    record[key] = null;
    return [[...done, key]];
  }
  return nullAt(record[key], rest, [...done, key]);
}

/** The executor, enforcing the requirements read from the supergraph. */
export function withAuthorization(requirements: Requirements): (executor: GatewayExecutor) => GatewayExecutor {
  return (executor) => async (requestContext) => {
    const { document, operation, schema } = requestContext;
    const identity = (requestContext.context as Partial<SubgraphRequest>).identity ?? null;
    const root = operation && schema.getRootType(operation.operation);
    if (!root) return executor(requestContext);
    const w: Walk = { schema, requirements, identity, fragments: fragmentsOf(document), denied: new Map(), open: new Set() };
    walk(w, operation.selectionSet, root, []);
    if (!w.denied.size) return executor(requestContext);

    const rewritten = withoutDenied(document, w.denied);
    const queryHash = createHash("sha256").update(print(rewritten)).digest("hex");
    const result = await executor({ ...requestContext, document: rewritten, queryHash });
    const errors: GraphQLError[] = [];
    const seen = new Set<string>();
    for (const denial of w.denied.values()) {
      for (const path of denial.paths) {
        for (const concrete of nullAt(result.data, path)) {
          if (seen.has(concrete.join("."))) continue;
          seen.add(concrete.join("."));
          const error = accessDenied(denial.coordinate, denial.requirement, identity);
          errors.push(new GraphQLError(error.message, { path: concrete, extensions: error.extensions }));
        }
      }
    }
    return { ...result, errors: [...(result.errors ?? []), ...errors] };
  };
}

/** The document with each denied field replaced by `<response key>: __typename`. */
function withoutDenied(document: DocumentNode, denied: Map<FieldNode, Denial>): DocumentNode {
  return visit(document, {
    Field(node) {
      if (!denied.has(node)) return undefined;
      return { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: node.alias?.value ?? node.name.value }, name: { kind: Kind.NAME, value: "__typename" } } satisfies FieldNode;
    },
  });
}

/**
 * Restricted fields must be nullable: a denied field answers null, and a non-null one would
 * null its parent instead. Returns the coordinates that break this, for the schema test.
 */
export function nonNullRestrictedFields(apiSchema: GraphQLSchema, requirements: Requirements): string[] {
  const broken: string[] = [];
  for (const type of Object.values(apiSchema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const restricted = requirements.has(`${type.name}.${field.name}`) || requirements.has(getNamedType(field.type).name);
      if (restricted && isNonNullType(field.type)) broken.push(`${type.name}.${field.name}`);
    }
  }
  return broken;
}
