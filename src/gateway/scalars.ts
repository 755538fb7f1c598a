// The supergraph carries custom scalars by name only, so the gateway would pass a value such as
// "2019-02-30" on to a subgraph and report a vague downstream error. Giving the gateway's schema
// the same scalar implementations the subgraphs use makes standard validation refuse bad values
// at the edge, with their location in the query.
import type { GraphQLScalarType, GraphQLSchema } from "graphql";
import { DateResolver } from "graphql-scalars";
import { DecimalScalar, MoneyScalar } from "../subgraph/scalars.ts";

const implementations: GraphQLScalarType[] = [DateResolver, DecimalScalar, MoneyScalar];

export function applyScalarImplementations(schema: GraphQLSchema): void {
  for (const implementation of implementations) {
    const target = schema.getType(implementation.name) as GraphQLScalarType | undefined;
    if (!target) continue;
    target.serialize = implementation.serialize;
    target.parseValue = implementation.parseValue;
    target.parseLiteral = implementation.parseLiteral;
  }
}
