// Refusals of bad arguments, alike in every subgraph: the message as given, code BAD_USER_INPUT
// and, where one argument is at fault, its name so a client can point at it.
import { GraphQLError } from "graphql";

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: argumentName ? { code: "BAD_USER_INPUT", argumentName } : { code: "BAD_USER_INPUT" } });
}
