// Fields one subgraph contributes to another subgraph's entity (Organisation.fundingContributions,
// added by funding to the partners subgraph's Organisation). The gateway fetches them from the
// contributing subgraph in a request of their own, so when that subgraph is down or times out
// only they fail: they are nullable, so the answer keeps every other subgraph's data and carries
// an error on each of their paths, instead of losing the whole entity to a non-null field.
// A subgraph marks a stub of another's entity in its description: "(owned by the X subgraph)".
import { Kind, type ObjectTypeDefinitionNode, parse, type TypeNode } from "graphql";

export interface ContributedField {
  /** "Organisation.fundingContributions". */
  coordinate: string;
  /** The subgraph that resolves the field. */
  subgraph: string;
  /** The subgraph that owns the entity. */
  owner: string;
  /** The field's type as the subgraph declares it, e.g. "[Contribution!]". */
  type: string;
}

const ownerNote = /\(owned by the (\w+) subgraph\)/;

const typeText = (type: TypeNode): string =>
  type.kind === Kind.NON_NULL_TYPE ? `${typeText(type.type)}!` : type.kind === Kind.LIST_TYPE ? `[${typeText(type.type)}]` : type.name.value;

const keyFields = (definition: ObjectTypeDefinitionNode): Set<string> => {
  const names = new Set<string>();
  for (const key of definition.directives?.filter((d) => d.name.value === "key") ?? []) {
    const fields = key.arguments?.find((a) => a.name.value === "fields")?.value;
    if (fields?.kind === Kind.STRING) for (const name of fields.value.split(/\s+/)) names.add(name);
  }
  return names;
};

/** Every field a subgraph adds to an entity another subgraph owns, by coordinate (subgraph name -> SDL). */
export function contributedFields(sdls: Map<string, string>): ContributedField[] {
  const fields: ContributedField[] = [];
  for (const [subgraph, sdl] of sdls) {
    for (const definition of parse(sdl).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const owner = definition.description?.value.match(ownerNote)?.[1];
      if (!owner || owner === subgraph) continue;
      const keys = keyFields(definition);
      for (const field of definition.fields ?? []) {
        if (keys.has(field.name.value)) continue;
        fields.push({ coordinate: `${definition.name.value}.${field.name.value}`, subgraph, owner, type: typeText(field.type) });
      }
    }
  }
  return fields.sort((a, b) => a.coordinate.localeCompare(b.coordinate) || a.subgraph.localeCompare(b.subgraph));
}

/**
 * Entity types several subgraphs declare with fields of their own, whose owner is not exactly
 * one subgraph without the "(owned by ...)" note, named by every other: a stub that forgets the
 * note would escape contributedFields, so the check reports it.
 */
export function unmarkedStubs(sdls: Map<string, string>): string[] {
  const declarations = new Map<string, { subgraph: string; owner?: string }[]>();
  for (const [subgraph, sdl] of sdls) {
    for (const definition of parse(sdl).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !keyFields(definition).size) continue;
      const keys = keyFields(definition);
      if (!(definition.fields ?? []).some((f) => !keys.has(f.name.value))) continue; // a bare reference
      const list = declarations.get(definition.name.value) ?? [];
      list.push({ subgraph, owner: definition.description?.value.match(ownerNote)?.[1] });
      declarations.set(definition.name.value, list);
    }
  }
  const problems: string[] = [];
  for (const [type, list] of declarations) {
    if (list.length < 2) continue;
    const owners = list.filter((d) => !d.owner).map((d) => d.subgraph);
    const named = new Set(list.filter((d) => d.owner).map((d) => d.owner));
    if (owners.length !== 1 || named.size !== 1 || !named.has(owners[0])) {
      problems.push(`${type}: declared with fields by ${list.map((d) => d.subgraph).join(", ")}; exactly one may own it and the others must say "(owned by the <owner> subgraph)"`);
    }
  }
  return problems;
}
