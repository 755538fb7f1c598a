// What a client sees of an error. Errors meant for the client never carry a stack trace.
// Masked (production, or PLACEGRAPH_MASK_ERRORS), only errors
// meant for the client keep their message: bad input, refused limits, parse and validation
// failures, authentication, untrusted operations and rate limits. Anything else (a database
// failure, a bug) becomes a generic INTERNAL_SERVER_ERROR with no message detail, no SQL and no
// stack trace.
import type { GraphQLFormattedError } from "graphql";
import { isTokenLimitMessage, LimitCode, limitErrorIn } from "./limits.ts";
import { operationNotTrusted } from "./persisted.ts";
import { rateLimited } from "./rate-limit.ts";

/** Codes whose messages are written for the client and are kept when masking. */
export const clientErrorCodes = new Set<string>([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  operationNotTrusted,
  rateLimited,
  ...Object.values(LimitCode),
]);

export const maskedMessage = "Internal server error";

// Apollo Server refuses these persisted query requests without a code, so they would read as
// internal errors (and be masked): give them codes, the router's for a hash that does not match.
const persistedQueryRefusals: Record<string, string> = {
  "provided sha does not match query": "PERSISTED_QUERY_HASH_MISMATCH",
  "Unsupported persisted query version": "BAD_REQUEST",
};

/** Builds Apollo Server's formatError: limit codes restored, and internal errors masked when asked. */
export function formatErrorFor(mask: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let code = formatted.extensions?.code as string | undefined;
    // Validation errors carry GRAPHQL_VALIDATION_FAILED: a limit's refusal keeps its own code.
    const limit = limitErrorIn(error);
    if (limit) code = limit.extensions.code as string;
    // graphql-js's token limit is a parse failure: give it its own code.
    else if (code === "GRAPHQL_PARSE_FAILED" && isTokenLimitMessage(formatted.message)) code = LimitCode.tokens;
    else if (code === "INTERNAL_SERVER_ERROR" && Object.hasOwn(persistedQueryRefusals, formatted.message)) code = persistedQueryRefusals[formatted.message];
    const result = code === formatted.extensions?.code ? formatted : { ...formatted, extensions: { ...formatted.extensions, code } };
    // An error written for the client says all there is; its stack trace (shown in development)
    // would only point into the hub's own checks.
    if (code && clientErrorCodes.has(code)) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = result.extensions ?? {};
      return { ...result, extensions };
    }
    if (!mask) return result;
    return {
      message: maskedMessage,
      ...(result.locations ? { locations: result.locations } : {}),
      ...(result.path ? { path: result.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
