// The checked-in SDL matches the code, composes with a second vendor's composition, and every
// type, field, argument and enum value is described for analysts in the explorer.
import { composeServices as composeWithApollo } from "@apollo/composition";
import { composeServices as composeWithGuild } from "@theguild/federation-composition";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  buildSchema,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  printSchema,
} from "graphql";
import { describe, expect, it } from "vitest";
import { buildAllSubgraphs } from "../federation/compose.ts";
import { schemaDir, staleSchemaFiles } from "../federation/write-schema.ts";
import { subgraphs } from "../src/subgraphs/index.ts";

const federationInternal = (name: string) => name.startsWith("_") || name.startsWith("link__") || name.startsWith("federation__");

function undescribed(type: GraphQLNamedType): string[] {
  const missing = type.description ? [] : [type.name];
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (federationInternal(field.name)) continue;
      if (!field.description) missing.push(`${type.name}.${field.name}`);
      for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
  return missing;
}

async function checkedInSubgraphs() {
  return Promise.all(
    subgraphs.map(async (s) => ({ name: s.name, typeDefs: parse(await readFile(join(schemaDir, `${s.name}.graphql`), "utf8")) })),
  );
}

const typeAndFieldNames = (sdl: string) => {
  const schema = buildSchema(sdl);
  return Object.values(schema.getTypeMap())
    .filter((t) => !isIntrospectionType(t) && !federationInternal(t.name))
    .flatMap((t) => (isObjectType(t) || isInputObjectType(t) ? Object.keys(t.getFields()).map((f) => `${t.name}.${f}`) : [t.name]))
    .sort();
};

describe("schema", () => {
  it("has SDL under schema/ that matches the code (run `npm run compose` when this fails)", async () => {
    expect(await staleSchemaFiles()).toEqual([]);
  });

  it("composes with The Guild's federation composition into the same API as Apollo's", async () => {
    const services = await checkedInSubgraphs();
    const guild = composeWithGuild(services.map((s) => ({ ...s, url: `http://127.0.0.1/${s.name}` })));
    expect(guild.errors).toBeUndefined();
    const apollo = composeWithApollo(services);
    expect(apollo.errors).toBeUndefined();
    const apolloApi = printSchema(apollo.schema!.toAPISchema().toGraphQLJSSchema());
    expect(typeAndFieldNames(guild.publicSdl!)).toEqual(typeAndFieldNames(apolloApi));
    expect(typeAndFieldNames(apolloApi)).toContain("Query.organisationByIdentifier");
  });

  it("describes every type, field, argument and enum value", async () => {
    const missing = (await buildAllSubgraphs()).flatMap((b) =>
      Object.values(b.schema.getTypeMap())
        .filter((t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t) && !federationInternal(t.name))
        .flatMap(undescribed)
        .map((m) => `${b.name}: ${m}`),
    );
    expect(missing).toEqual([]);
  });
});
