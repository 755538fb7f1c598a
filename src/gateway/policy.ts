// The hub-specific pieces of the gateway's policy, as Hive Gateway (envelop/Yoga) plugins. What
// the engine does itself (auth directives, demand control, depth/alias/directive limits, APQ,
// upstream time-out and retry, CSRF, masking) is configured in runtime.ts; what is here has no
// engine feature: who a credential speaks for (the hub's API keys and tokens), the per-request
// rate limit by that identity, the per-organisation trusted-operation check, and the limits
// the engine lacks (root fields, string lengths) with the hub's stable error codes.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { type DocumentNode, GraphQLError, Kind, parse, type ParseOptions, visit } from "graphql";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { auditActor, type Identity } from "../access/identity.ts";
import type { TrustedOperations } from "../access/trusted.ts";
import { assertTrusted } from "./persisted.ts";
import { isTokenLimitMessage, LimitCode, LimitError, type Limits } from "./limits.ts";

/** The identity of each request, resolved once from its Authorization header. */
export const identities = new WeakMap<Request, Identity | null>();

/** The identity a request speaks for (null: anonymous). */
export const identityOf = (request: Request): Identity | null => identities.get(request) ?? null;

/** The identity of a gateway context (the engine's, which carries the incoming request). */
export const identityOfContext = (context: object): Identity | null => identityOf((context as { request: Request }).request);

type ServerContext = { req?: { socket?: { remoteAddress?: string } } };

/** Who a request is counted against: its identity as audit records name it, else the client's address. */
export const callerOf = (identity: Identity | null, serverContext: unknown) =>
  identity ? auditActor(identity) : `address ${(serverContext as ServerContext)?.req?.socket?.remoteAddress ?? "unknown"}`;

function errorResponse(error: GraphQLError, status: number, headers: Record<string, string> = {}): Response {
  const { http: _http, ...extensions } = error.extensions;
  return new Response(JSON.stringify({ errors: [{ message: error.message, extensions }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

export const rateLimited = "RATE_LIMITED";

export interface RateLimit {
  /** Requests allowed per window and caller; 0 turns the limit off. */
  requests: number;
  windowSeconds: number;
}

/**
 * Resolves the Authorization header to an identity (a credential that does not check out: 401),
 * then counts the request against that identity or the client's address (over the limit: 429 with
 * Retry-After). Both run before the request is parsed: a refused request runs none of its SQL.
 */
export function useIdentity(identify: (authorization: string | null) => Promise<Identity | null>, rate: RateLimit): GatewayPlugin {
  const limiter = rate.requests ? new RateLimiterMemory({ points: rate.requests, duration: rate.windowSeconds }) : null;
  return {
    async onRequest({ request, serverContext, endResponse }) {
      let identity: Identity | null;
      try {
        identity = await identify(request.headers.get("authorization"));
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        return endResponse(errorResponse(error, (error.extensions.http as { status?: number } | undefined)?.status ?? 401));
      }
      identities.set(request, identity);
      if (!limiter) return;
      const caller = callerOf(identity, serverContext);
      try {
        await limiter.consume(caller);
      } catch (refused) {
        if (!(refused instanceof RateLimiterRes)) throw refused;
        const retryAfter = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
        const message = `Rate limit reached: at most ${rate.requests} requests every ${rate.windowSeconds} seconds for ${caller}; retry after ${retryAfter} seconds.`;
        endResponse(errorResponse(new GraphQLError(message, { extensions: { code: rateLimited } }), 429, { "retry-after": String(retryAfter) }));
      }
    },
  };
}

/** An identity restricted to trusted operations is refused any other (403), before the APQ cache is asked or anything parsed. */
export function useTrustedOnly(trusted: TrustedOperations, parseOptions: ParseOptions): GatewayPlugin {
  return {
    async onParams({ params, request }) {
      const identity = identityOf(request);
      if (!identity?.trustedOperationsOnly) return;
      const hash = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
      await assertTrusted(trusted, identity, { query: params.query, operationName: params.operationName, hash: typeof hash === "string" ? hash : undefined }, parseOptions);
    },
  };
}

/** graphql-js's token limit while parsing, refused with the hub's code. */
export function useTokenLimit(maxTokens: number): GatewayPlugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && isTokenLimitMessage(error.message)) throw new LimitError(error.message, LimitCode.tokens);
          throw error;
        }
      });
    },
  };
}

function longestString(value: unknown, depth = 0): number {
  if (typeof value === "string") return value.length;
  if (depth > 20 || value === null || typeof value !== "object") return 0;
  let longest = 0;
  for (const v of Array.isArray(value) ? value : Object.values(value)) longest = Math.max(longest, longestString(v, depth + 1));
  return longest;
}

/** Variables whose type is a JSON scalar (importDataset's dataset) carry documents, not arguments. */
function isJsonVariable(type: { kind: string; type?: unknown; name?: { value: string } }): boolean {
  let t = type;
  while (t.kind !== Kind.NAMED_TYPE) t = t.type as typeof t;
  return t.name!.value.startsWith("JSON");
}

/** The first string argument longer than the limit, in the document or the variables. */
function tooLong(document: DocumentNode, variables: Record<string, unknown>, max: number): LimitError | undefined {
  let found: LimitError | undefined;
  visit(document, {
    StringValue(node) {
      if (!found && node.value.length > max) found = new LimitError(`A string argument is ${node.value.length} characters long; the limit is ${max}.`, LimitCode.stringLength);
    },
  });
  if (found) return found;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      if (isJsonVariable(v.type)) continue;
      const length = longestString(variables[v.variable.name.value]);
      if (length > max) return new LimitError(`Variable $${v.variable.name.value} holds a string ${length} characters long; the limit is ${max}.`, LimitCode.stringLength);
    }
  }
  return undefined;
}

/** The length of every string argument, in the document and in the variables (no engine limit covers it). */
export function useStringLimit(limits: Pick<Limits, "maxStringLength">): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = tooLong(args.document, (args.variableValues ?? {}) as Record<string, unknown>, limits.maxStringLength);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
