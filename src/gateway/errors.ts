// What a client sees of an error, as the engine's error masking (maskedErrors) shapes it. Errors
// meant for the client keep their message and never carry a stack trace: bad input, refused
// limits, parse and validation failures, authentication, untrusted operations and rate limits.
// Anything else (a database failure, a bug) is, when masking, a generic INTERNAL_SERVER_ERROR with
// no message detail, no SQL and no stack trace; unmasked (development) it keeps its message and
// its stack trace in extensions.stacktrace.
import { GraphQLError } from "graphql";
import { LimitCode } from "./limits.ts";
import { operationNotTrusted } from "./persisted.ts";
import { rateLimited } from "./policy.ts";

/** Codes whose messages are written for the client and are kept when masking. */
export const clientErrorCodes = new Set<string>([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_MISMATCH",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "COST_ESTIMATED_TOO_EXPENSIVE",
  "GATEWAY_TIMEOUT",
  operationNotTrusted,
  rateLimited,
  ...Object.values(LimitCode),
]);

export const maskedMessage = "Internal server error";

const codeOf = (error: GraphQLError) => error.extensions?.code as string | undefined;

/** The innermost error behind a GraphQL error (a database error behind a resolver's). */
function causeOf(error: GraphQLError): Error {
  let cause: Error = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/** The engine's maskError: client errors as they are, others masked when asked, else with their stack. */
export function maskErrorFor(mask: boolean) {
  return (error: unknown): Error => {
    if (!(error instanceof GraphQLError)) return mask ? new GraphQLError(maskedMessage, { extensions: { code: "INTERNAL_SERVER_ERROR" } }) : (error as Error);
    const code = codeOf(error) ?? (error.originalError instanceof GraphQLError ? codeOf(error.originalError) : undefined);
    if (code && clientErrorCodes.has(code)) {
      if (code === codeOf(error)) return error;
      return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { ...error.extensions, code } });
    }
    if (mask) return new GraphQLError(maskedMessage, { nodes: error.nodes, path: error.path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    const stacktrace = causeOf(error).stack?.split("\n");
    return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { ...error.extensions, code: code ?? "INTERNAL_SERVER_ERROR", stacktrace } });
  };
}
