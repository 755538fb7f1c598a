// Who owns which types and fields, read from the published subgraph SDLs and the registry, and
// the rule for partner subgraphs: a partner may define its own types and add its own fields to
// shared entities (types with @key, such as Area, Organisation, Programme) and to Query, but it
// may not define, redefine or take over (@override) a type or field another organisation's
// subgraph owns. Key fields and @external fields are references, not ownership. The fields it
// adds to another's entity are nullable: they fail alone when the partner is down.
import {
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  parse,
  print,
  visit,
} from "graphql";
import type { RegisteredSubgraph } from "./registry.ts";

const rootTypes = new Set(["Query", "Mutation", "Subscription"]);

interface TypeInfo {
  kind: string;
  /** Subgraphs that declare the type. */
  definedBy: string[];
  /** Whether some subgraph declares it with @key (an entity others may extend). */
  entity: boolean;
  /** Fields named in any @key of the type (shared by every subgraph that references it). */
  keyFields: Set<string>;
}

export interface Ownership {
  types: Map<string, TypeInfo>;
  /** "Area.fundingPools" -> the subgraph resolving it. */
  fields: Map<string, string>;
}

const has = (directives: readonly ConstDirectiveNode[] | undefined, name: string) => directives?.some((d) => d.name.value === name) ?? false;

/** The top-level field names of every @key(fields: "...") on a type. */
function keyFieldsOf(directives: readonly ConstDirectiveNode[] | undefined): string[] {
  const names: string[] = [];
  for (const d of directives ?? []) {
    if (d.name.value !== "key") continue;
    const fields = d.arguments?.find((a) => a.name.value === "fields")?.value;
    if (fields?.kind !== Kind.STRING) continue;
    // Only top-level names: nested selections ("a { b }") name fields of other types.
    let depth = 0;
    for (const token of fields.value.match(/[_A-Za-z][_0-9A-Za-z]*|[{}]/g) ?? []) {
      if (token === "{") depth++;
      else if (token === "}") depth--;
      else if (depth === 0) names.push(token);
    }
  }
  return names;
}

const typeKinds: Partial<Record<Kind, string>> = {
  [Kind.OBJECT_TYPE_DEFINITION]: "type",
  [Kind.OBJECT_TYPE_EXTENSION]: "type",
  [Kind.INTERFACE_TYPE_DEFINITION]: "interface",
  [Kind.INTERFACE_TYPE_EXTENSION]: "interface",
  [Kind.ENUM_TYPE_DEFINITION]: "enum",
  [Kind.ENUM_TYPE_EXTENSION]: "enum",
  [Kind.INPUT_OBJECT_TYPE_DEFINITION]: "input",
  [Kind.INPUT_OBJECT_TYPE_EXTENSION]: "input",
  [Kind.UNION_TYPE_DEFINITION]: "union",
  [Kind.UNION_TYPE_EXTENSION]: "union",
  [Kind.SCALAR_TYPE_DEFINITION]: "scalar",
  [Kind.SCALAR_TYPE_EXTENSION]: "scalar",
};

type NamedDefinition = DefinitionNode & { name: { value: string }; directives?: readonly ConstDirectiveNode[]; fields?: readonly FieldDefinitionNode[] };

function namedTypes(document: DocumentNode): NamedDefinition[] {
  return document.definitions.filter((d): d is NamedDefinition => d.kind in typeKinds);
}

/** Ownership of every type and field declared by the given subgraphs (name -> SDL). */
export function ownershipOf(sdls: Map<string, string>): Ownership {
  const ownership: Ownership = { types: new Map(), fields: new Map() };
  for (const [subgraph, sdl] of sdls) {
    for (const definition of namedTypes(parse(sdl))) {
      const name = definition.name.value;
      const info = ownership.types.get(name) ?? { kind: typeKinds[definition.kind]!, definedBy: [], entity: false, keyFields: new Set<string>() };
      if (!info.definedBy.includes(subgraph)) info.definedBy.push(subgraph);
      const keys = keyFieldsOf(definition.directives);
      if (keys.length) info.entity = true;
      for (const key of keys) info.keyFields.add(key);
      ownership.types.set(name, info);
      for (const field of definition.fields ?? []) {
        if (has(field.directives, "external")) continue;
        ownership.fields.set(`${name}.${field.name.value}`, subgraph);
      }
    }
  }
  // Key fields are how subgraphs refer to an entity: nobody owns them for this rule.
  for (const [name, info] of ownership.types) for (const key of info.keyFields) ownership.fields.delete(`${name}.${key}`);
  return ownership;
}

/** "subgraph "partners" (organisation coventry-city-council)". */
const owner = (name: string, registry: RegisteredSubgraph[]) =>
  `subgraph "${name}" (organisation ${registry.find((s) => s.name === name)?.organisationId ?? "unknown"})`;

/**
 * What a partner's candidate SDL defines or overrides that another organisation's subgraph
 * owns, one message per type or field. `others` holds every other subgraph's published SDL.
 */
export function ownershipViolations(candidate: RegisteredSubgraph, sdl: string, others: Map<string, string>, registry: RegisteredSubgraph[]): string[] {
  const ownership = ownershipOf(others);
  const foreign = (subgraph: string) => registry.find((s) => s.name === subgraph)?.organisationId !== candidate.organisationId;
  const violations: string[] = [];
  const document = parse(sdl);
  visit(document, {
    FieldDefinition(field, _key, _parent, _path, ancestors) {
      const type = ancestors[ancestors.length - 1] as NamedDefinition;
      const from = field.directives?.find((d) => d.name.value === "override")?.arguments?.find((a) => a.name.value === "from")?.value;
      if (from) {
        const taken = from.kind === Kind.STRING ? from.value : "another subgraph";
        violations.push(`${type.name.value}.${field.name.value}: @override(from: "${taken}") takes the field over from another subgraph; a partner subgraph may only add its own fields`);
      }
    },
  });
  for (const definition of namedTypes(document)) {
    const name = definition.name.value;
    const info = ownership.types.get(name);
    const definers = info?.definedBy.filter(foreign) ?? [];
    if (!info || !definers.length) continue; // the partner's own type (or its own organisation's)
    if (info.kind === "scalar" && typeKinds[definition.kind] === "scalar") continue; // scalars are shared by name
    const shared = rootTypes.has(name) || (info.entity && keyFieldsOf(definition.directives).length > 0);
    if (!shared) {
      const why = info.entity ? `declare it with its @key (${[...info.keyFields].join(" ")}) to extend it` : "only entities (types with @key) such as Area, Organisation and Programme may be extended";
      violations.push(`${typeKinds[definition.kind]} ${name} is defined by ${owner(definers[0], registry)}; ${why}`);
      continue;
    }
    for (const field of definition.fields ?? []) {
      const coordinate = `${name}.${field.name.value}`;
      if (has(field.directives, "external") || info.keyFields.has(field.name.value)) continue;
      const fieldOwner = ownership.fields.get(coordinate);
      if (fieldOwner && foreign(fieldOwner)) {
        violations.push(`${coordinate} is owned by ${owner(fieldOwner, registry)}; a partner subgraph may only add its own fields to ${name}`);
      } else if (!rootTypes.has(name) && field.type.kind === Kind.NON_NULL_TYPE) {
        // Fetched from this subgraph alone: when it is down, a null here keeps the rest of the answer.
        violations.push(`${coordinate}: a field a partner adds to ${name} must be nullable (${print(field.type.type)}, not ${print(field.type)}), so that answers keep the other subgraphs' data when this subgraph is down`);
      }
    }
  }
  return violations;
}
