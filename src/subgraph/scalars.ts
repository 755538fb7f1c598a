// Exact numbers for GraphQL. Money and measured values are decimals in the database; a JSON
// float would round them, so they travel as strings and are parsed with Prisma's Decimal.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { Prisma } from "../generated/prisma/client.ts";

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

function parseDecimal(name: string, value: unknown): Prisma.Decimal {
  // Integers are exact in JSON; anything with a fraction must come as a string.
  if (typeof value === "number" && Number.isSafeInteger(value)) return new Prisma.Decimal(value);
  if (typeof value === "string" && DECIMAL_PATTERN.test(value.trim())) return new Prisma.Decimal(value.trim());
  throw new GraphQLError(`${name} must be a decimal number written as a string, such as "179502000.00"; got ${JSON.stringify(value)}`);
}

function literalValue(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT) return Number(ast.value);
  return ast.kind === Kind.FLOAT ? Number(ast.value) : undefined;
}

function decimalScalar(name: string, description: string, places?: number) {
  const write = (d: Prisma.Decimal) => (places === undefined ? d.toFixed() : d.toFixed(places));
  // Input with more places than the type holds would be rounded on the way in: refuse it.
  const parse = (value: unknown) => {
    const d = parseDecimal(name, value);
    if (places !== undefined && d.decimalPlaces() > places) {
      throw new GraphQLError(`${name} has at most ${places} decimal places; got ${JSON.stringify(value)}`);
    }
    return d;
  };
  return new GraphQLScalarType<Prisma.Decimal, string>({
    name,
    description,
    serialize: (value) => write(value instanceof Prisma.Decimal ? value : parseDecimal(name, value)),
    parseValue: parse,
    parseLiteral: (ast) => parse(literalValue(ast)),
  });
}

export const DecimalScalar = decimalScalar(
  "Decimal",
  'An exact decimal number written as a string, e.g. "23.5" (never a float, so no rounding).',
);

export const MoneyScalar = decimalScalar(
  "Money",
  'An exact amount of pounds sterling (GBP) written as a string with two decimal places, e.g. "179502000.00" for £179.502m.',
  2,
);
