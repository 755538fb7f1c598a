// @authenticated and @requiresScopes, enforced by the engine's generic auth (@envelop/generic-auth,
// mode protect-granular): a refused field is left out of the plan and answered with null and an
// error at its path, in the hub's words (src/subgraph/access.ts). The check walks each request's
// document with the schema's type information and rebuilds it; it is skipped for a document that
// names no field or type the schema restricts, since there it can refuse nothing.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { useGenericAuth } from "@envelop/generic-auth";
import { getDirectiveExtensions } from "@graphql-tools/utils";
import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLSchema,
  GraphQLError,
  isAbstractType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  Kind,
  visit,
} from "graphql";
import type { Identity } from "../access/identity.ts";
import { accessDenied, allows, type Requirement } from "../subgraph/access.ts";
import { identityOf } from "./policy.ts";

type Directives = Record<string, Record<string, unknown>[] | undefined>;

/** The requirement a type or field declares with @authenticated and @requiresScopes, if any. */
function requirementIn(directives: Directives | undefined): Requirement | null {
  const authenticated = !!directives?.authenticated?.length;
  const scopes = (directives?.requiresScopes?.[0]?.scopes as string[][] | undefined) ?? null;
  return authenticated || scopes ? { authenticated, scopes } : null;
}

const typeRequirements = new WeakMap<GraphQLNamedType, Requirement | null>();
function requirementOfType(type: GraphQLNamedType, schema: GraphQLSchema): Requirement | null {
  if (!typeRequirements.has(type)) typeRequirements.set(type, requirementIn(getDirectiveExtensions(type, schema) as Directives));
  return typeRequirements.get(type)!;
}

/**
 * The engine's check of one selected field: its own requirement, that of the type it returns, and
 * that of the type it belongs to (a restricted type is refused wherever a query reaches it, also
 * through a union or an interface).
 */
const validateUser = ({ user, field, parentType, fieldDirectives, path, fieldNode, executionArgs }: {
  user: Identity | null | undefined;
  field: { name: string; type: Parameters<typeof getNamedType>[0] };
  parentType: GraphQLNamedType;
  fieldDirectives?: Directives;
  path: readonly (string | number)[];
  fieldNode: never;
  executionArgs: { schema: GraphQLSchema };
}) => {
  const identity = user ?? null;
  const { schema } = executionArgs;
  for (const requirement of [requirementIn(fieldDirectives), requirementOfType(getNamedType(field.type)!, schema), requirementOfType(parentType, schema)]) {
    if (requirement && !allows(requirement, identity)) {
      const denied = accessDenied(`${parentType.name}.${field.name}`, requirement, identity, parentType.name === schema.getMutationType()?.name);
      // The field's path in the response, without list indices (one error stands for every item);
      // the engine's "@" markers are dropped: it would write them into the data.
      return new GraphQLError(denied.message, { nodes: fieldNode, path: path.filter((p) => p !== "@"), extensions: denied.extensions });
    }
  }
  return undefined;
};

/** The restrictions a schema declares, by type name ("ContactDetail") and field coordinate ("Person.contactDetails"). */
export function restrictionsIn(schema: GraphQLSchema): Map<string, Requirement> {
  const found = new Map<string, Requirement>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const own = requirementOfType(type, schema);
    if (own) found.set(type.name, own);
    for (const field of Object.values(type.getFields())) {
      const requirement = requirementIn(getDirectiveExtensions(field, schema) as Directives);
      if (requirement) found.set(`${type.name}.${field.name}`, requirement);
    }
  }
  return found;
}

/**
 * Restricted fields must be nullable: a denied field answers null, and a non-null one would
 * null its parent instead. Mutations are exempt: a refused write refuses the whole request.
 * Returns the coordinates that break this, for the schema test.
 */
export function nonNullRestrictedFields(apiSchema: GraphQLSchema, restrictions: Map<string, Requirement>): string[] {
  const broken: string[] = [];
  for (const type of Object.values(apiSchema.getTypeMap())) {
    if ((!isObjectType(type) && !isInterfaceType(type)) || type === apiSchema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      const restricted = restrictions.has(`${type.name}.${field.name}`) || restrictions.has(getNamedType(field.type).name);
      if (restricted && isNonNullType(field.type)) broken.push(`${type.name}.${field.name}`);
    }
  }
  return broken;
}

/**
 * What a document must name to reach a restriction, by name alone (so it errs towards checking):
 * a restricted field; a field returning a restricted type, or an abstract type one of whose
 * possible types is restricted (the only ways into a restricted type's fields); a fragment on a
 * restricted type; any field of a restricted root type.
 */
export function restrictedNames(schema: GraphQLSchema): { fields: Set<string>; types: Set<string> } {
  const restrictions = restrictionsIn(schema);
  const types = new Set([...restrictions.keys()].filter((name) => !name.includes(".")));
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((root) => root?.name));
  const reaches = (type: GraphQLNamedType) => types.has(type.name) || (isAbstractType(type) && schema.getPossibleTypes(type).some((t) => types.has(t.name)));
  const fields = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const restrictedRoot = roots.has(type.name) && types.has(type.name);
    for (const field of Object.values(type.getFields())) {
      if (restrictedRoot || restrictions.has(`${type.name}.${field.name}`) || reaches(getNamedType(field.type))) fields.add(field.name);
    }
  }
  return { fields, types };
}

/** Whether a document names any of them; remembered per document (the engine's parser caches documents by text). */
function restrictionFinder(names: { fields: Set<string>; types: Set<string> }): (document: DocumentNode) => boolean {
  const found = new WeakMap<DocumentNode, boolean>();
  return (document) => {
    let named = found.get(document);
    if (named === undefined) {
      named = false;
      visit(document, {
        Field: (node) => void (names.fields.has(node.name.value) && (named = true)),
        NamedType: (node) => void (names.types.has(node.name.value) && (named = true)),
      });
      found.set(document, named);
    }
    return named;
  };
}

// The plugins generic auth is made of, seen only through the hooks wrapped here.
type AnyPlugin = Record<string, any>;

/**
 * A field in every selection set of a document the check will look at, so that leaving out the
 * refused fields never empties one: generic auth would then drop the parent too, and its nulls
 * would make up the missing objects (a list answered as an object). Taken out of the answer.
 */
function withPlaceholders(document: DocumentNode): { document: DocumentNode; alias: string } {
  // An alias the document does not use for a field of its own.
  const used = new Set<string>();
  visit(document, { Field: (node) => void used.add(node.alias?.value ?? node.name.value) });
  let alias = "_placegraphKept";
  for (let n = 2; used.has(alias); n++) alias = `_placegraphKept${n}`;
  const field: FieldNode = { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: alias }, name: { kind: Kind.NAME, value: "__typename" } };
  return { document: visit(document, { SelectionSet: { leave: (node) => ({ ...node, selections: [...node.selections, field] }) } }), alias };
}

const isPlainObject = (value: object) => [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** A copy without the placeholders; scalars' values (a Date, a Decimal) are kept as they are. */
function withoutPlaceholders(value: unknown, alias: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutPlaceholders(item, alias));
  if (value === null || typeof value !== "object" || !isPlainObject(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (key !== alias) kept[key] = withoutPlaceholders(field, alias);
  return kept;
}

/**
 * Null where a refused field would have been: at the end of its path, in every item of a list on
 * the way (the path has no indices), and nowhere under a parent that is null or missing.
 */
function nullAt(value: unknown, path: readonly (string | number)[]): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) return value.forEach((item) => nullAt(item, path));
  const [key, ...rest] = path;
  const record = value as Record<string | number, unknown>;
  if (rest.length === 0) record[key] = null;
  else nullAt(record[key], rest);
}

/** Runs the check on the document with placeholders (made once per document), and takes them out of the answer. */
function checkKeepingShape(check: AnyPlugin): AnyPlugin {
  const prepared = new WeakMap<DocumentNode, { document: DocumentNode; alias: string }>();
  const prepare = (document: DocumentNode) => prepared.get(document) ?? prepared.set(document, withPlaceholders(document)).get(document)!;
  return {
    ...check,
    onExecute(payload: { args: { document: DocumentNode } }) {
      const { document, alias } = prepare(payload.args.document);
      payload.args.document = document;
      const hooks = check.onExecute(payload);
      return {
        onExecuteDone(done: { result: ExecutionResult; setResult: (result: ExecutionResult) => void }) {
          if (Symbol.asyncIterator in done.result) return hooks?.onExecuteDone?.(done);
          // Generic auth appends its refusals to the errors; their nulls are written here, on the
          // answer as it is (its own writing makes up objects where a parent is null or missing).
          // (A copy first: its writing changes the answer's data in place.)
          const data = withoutPlaceholders(done.result.data, alias);
          let checked = done.result;
          hooks?.onExecuteDone?.({ ...done, setResult: (result: ExecutionResult) => (checked = result) });
          for (const refusal of (checked.errors ?? []).slice(done.result.errors?.length ?? 0)) if (refusal.path) nullAt(data, refusal.path);
          done.setResult({ ...checked, data: data as ExecutionResult["data"] });
        },
      };
    },
  };
}

/**
 * Generic auth with the hub's identities and messages. The extended validation it adds (its check)
 * runs only for documents that name a restriction of the current schema.
 */
export function useSchemaAuth(): GatewayPlugin {
  const auth: AnyPlugin = useGenericAuth<Identity, { request: Request }>({
    mode: "protect-granular",
    // A refused field is left out and answered with an error; the rest of the query answers.
    rejectUnauthenticated: false,
    resolveUserFn: (context) => identityOf(context.request),
    extractScopes: (identity) => identity?.scopes ?? [],
    validateUser: validateUser as never,
  });
  let mayRestrict: (document: DocumentNode) => boolean = () => true;
  const onlyWhereRestricted = (plugin: AnyPlugin): AnyPlugin => {
    const check = checkKeepingShape(plugin);
    return {
      ...plugin,
      onExecute: (payload: { args: { document: DocumentNode } }) => (mayRestrict(payload.args.document) ? check.onExecute(payload) : undefined),
      // The hub serves no subscriptions; were one sent, it is checked as generic auth does.
      onSubscribe: (payload: { args: { document: DocumentNode } }) => (mayRestrict(payload.args.document) ? plugin.onSubscribe(payload) : undefined),
    };
  };
  return {
    ...auth,
    onSchemaChange({ schema }) {
      mayRestrict = restrictionFinder(restrictedNames(schema));
    },
    onPluginInit(payload) {
      auth.onPluginInit!({ ...payload, addPlugin: (added: AnyPlugin) => payload.addPlugin(added.onExecute ? onlyWhereRestricted(added) : added) } as never);
    },
  } as GatewayPlugin;
}
