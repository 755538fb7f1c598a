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
  // The database cannot be reached (src/subgraph/unavailable.ts): a message for the client, HTTP 503.
  "SERVICE_UNAVAILABLE",
  operationNotTrusted,
  rateLimited,
  ...Object.values(LimitCode),
]);

export const maskedMessage = "Internal server error";

const codeOf = (error: GraphQLError) => error.extensions?.code as string | undefined;

/** Refusals of the request itself (nothing ran): answered with HTTP 400, as before the engine. */
const requestErrorCodes = new Set<string>(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "COST_ESTIMATED_TOO_EXPENSIVE", "PERSISTED_QUERY_MISMATCH", ...Object.values(LimitCode)]);

/** A variable graphql-js could not coerce ('Variable "$n" got invalid value ...'): the client's input. */
const isVariableError = (error: GraphQLError) => !error.path && /^Variable "\$/.test(error.message);

/** The error with its code, and HTTP 400 when it refuses the request as a whole (no path: nothing ran). */
function asClientError(error: GraphQLError, code: string): GraphQLError {
  // The demand control refuses at the first subgraph call, with that call's path: nothing ran either.
  const refused = (!error.path && requestErrorCodes.has(code)) || code === "COST_ESTIMATED_TOO_EXPENSIVE";
  if (code === codeOf(error) && !refused) return error;
  // Not marked as the GraphQL-over-HTTP spec's (Yoga answers those 200 to application/json clients).
  const http = refused ? { http: { status: 400 } } : {};
  return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { ...error.extensions, code, ...http } });
}

/** The innermost error behind a GraphQL error (a database error behind a resolver's). */
function causeOf(error: GraphQLError): Error {
  let cause: Error = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * A subgraph that refused or dropped the connection (partial results: the other fields are
 * whole): the client keeps the engine's code and learns which subgraph, not its address or the
 * request the engine sent it.
 */
function subgraphDidNotAnswer(error: GraphQLError): GraphQLError {
  const name = error.extensions?.serviceName;
  const message = typeof name === "string" ? `The ${name} subgraph did not answer` : "A subgraph did not answer";
  return new GraphQLError(message, { nodes: error.nodes, path: error.path, extensions: { code: "SUBREQUEST_HTTP_ERROR" } });
}

/**
 * A subgraph call past the upstream time-out, on its path (partial results): the engine's code and
 * message, answered with HTTP 200 as for a subgraph that did not answer (the engine's 504 made
 * clients drop the other subgraphs' data), and nothing of the request the engine sent.
 */
const timedOut = (error: GraphQLError) => new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { code: "GATEWAY_TIMEOUT" } });

/** The engine's maskError: client errors as they are, others masked when asked, else with their stack. */
export function maskErrorFor(mask: boolean) {
  return (error: unknown): Error => {
    if (!(error instanceof GraphQLError)) return mask ? new GraphQLError(maskedMessage, { extensions: { code: "INTERNAL_SERVER_ERROR" } }) : (error as Error);
    const code = codeOf(error) ?? (error.originalError instanceof GraphQLError ? codeOf(error.originalError) : undefined) ?? (isVariableError(error) ? "BAD_USER_INPUT" : undefined);
    if (code === "GATEWAY_TIMEOUT" && error.path) return timedOut(error);
    if (code && clientErrorCodes.has(code)) return asClientError(error, code);
    if (code === "SUBREQUEST_HTTP_ERROR" && mask) return subgraphDidNotAnswer(error);
    // The engine's own refusals of a request (CSRF prevention: 403) carry a status and no code.
    const status = (error.extensions?.http as { status?: number } | undefined)?.status;
    if (!code && status && status < 500) return error;
    if (mask) return new GraphQLError(maskedMessage, { nodes: error.nodes, path: error.path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
    const stacktrace = causeOf(error).stack?.split("\n");
    return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { ...error.extensions, code: code ?? "INTERNAL_SERVER_ERROR", stacktrace } });
  };
}
