// The supergraph carries custom scalars by name only, so the gateway would pass a value such as
// "2019-02-30" on to a subgraph and report a vague downstream error. Giving the gateway's schema
// the subgraphs' checks makes standard validation refuse bad values at the edge, with their
// location in the query. The gateway only checks: the value goes on to the subgraph as the client
// wrote it (the subgraph parses it itself; a parsed Date would not survive the trip).
import { type GraphQLScalarType, type GraphQLSchema, valueFromASTUntyped } from "graphql";
import { DateResolver } from "graphql-scalars";
import { DecimalScalar, MoneyScalar } from "../subgraph/scalars.ts";

const implementations: GraphQLScalarType[] = [DateResolver, DecimalScalar, MoneyScalar];

export function applyScalarImplementations(schema: GraphQLSchema): void {
  for (const implementation of implementations) {
    const target = schema.getType(implementation.name) as GraphQLScalarType | undefined;
    if (!target) continue;
    target.serialize = implementation.serialize;
    target.parseValue = (value) => (implementation.parseValue(value), value);
    target.parseLiteral = (ast, variables) => (implementation.parseLiteral(ast, variables), valueFromASTUntyped(ast, variables));
  }
}
