// What a reload changed, for the hub's log: the types and fields (as coordinates such as
// "Area.policeFigures") the served API gained and lost between two schemas.
import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType } from "graphql";

const internal = (name: string) => name.startsWith("_") || name.startsWith("join__") || name.startsWith("link__");

/** Every type name and "Type.field" (or "Enum.VALUE") coordinate of a schema, federation internals aside. */
export function coordinatesOf(schema: GraphQLSchema): Set<string> {
  const coordinates = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || internal(type.name)) continue;
    coordinates.add(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.keys(type.getFields())) if (!internal(field)) coordinates.add(`${type.name}.${field}`);
    }
    if (isEnumType(type)) for (const value of type.getValues()) coordinates.add(`${type.name}.${value.name}`);
  }
  return coordinates;
}

export interface SchemaChange {
  added: string[];
  removed: string[];
}

export function schemaChange(before: GraphQLSchema, after: GraphQLSchema): SchemaChange {
  const [was, is] = [coordinatesOf(before), coordinatesOf(after)];
  return { added: [...is].filter((c) => !was.has(c)).sort(), removed: [...was].filter((c) => !is.has(c)).sort() };
}

/** "added Area.policeFigures, PoliceFigure, ...; removed nothing" (at most `shown` names each). */
export function describeSchemaChange({ added, removed }: SchemaChange, shown = 20): string {
  const list = (names: string[]) =>
    names.length ? `${names.slice(0, shown).join(", ")}${names.length > shown ? ` and ${names.length - shown} more` : ""}` : "nothing";
  return `added ${list(added)}; removed ${list(removed)}`;
}
