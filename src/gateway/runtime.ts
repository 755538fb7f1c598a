// The hub's gateway configuration for Hive Gateway's runtime: the same in every layout (embedded,
// distributed, and the hive-gateway CLI through gateway.config.ts). Policy comes from the
// supergraph and is enforced by the engine: @authenticated/@requiresScopes (generic auth),
// @cost/@listSize (demand control), limits (graphql-armor rules), APQ, CSRF prevention, error
// masking, introspection, upstream time-out and retry. The hub adds its credentials, rate limit
// and trusted-operation registry (policy.ts).
import { type GatewayConfigSupergraph, type GatewayPlugin, useUpstreamTimeout } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import { type ExecutionRequest, getOperationASTFromRequest } from "@graphql-tools/utils";
import { OperationTypeNode } from "graphql";
import { type Identity, resolveIdentity } from "../access/identity.ts";
import { tokenVerifierFrom } from "../access/tokens.ts";
import { type TrustedOperations, trustedOperations } from "../access/trusted.ts";
import { limitsFrom, loadConfig, masksErrors, rateLimitFrom } from "../config.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { useSchemaAuth } from "./auth.ts";
import { maskErrorFor } from "./errors.ts";
import { useErrorOnEachFailedField } from "./failed-fetch.ts";
import { type Limits, parseOptions, useLimitRules } from "./limits.ts";
import { useAutomaticPersistedQueries } from "./persisted.ts";
import { useStableDocuments } from "./stable-documents.ts";
import { type RateLimit, useIdentity, useStringLimit, useTokenLimit, useTrustedOnly } from "./policy.ts";
import { applyScalarImplementations } from "./scalars.ts";
import type { Listen } from "./gateway.ts";

export interface GatewayPolicy {
  limits: Limits;
  /** Generic messages for internal errors. */
  maskErrors: boolean;
  introspection: boolean;
  rateLimit: RateLimit;
  /** The identity behind an Authorization header (null: anonymous; throws 401 for a bad credential). */
  identify: (authorization: string | null) => Promise<Identity | null>;
  trusted: TrustedOperations;
}

/**
 * An executed operation's answer always has `data`, null when an error left nothing of it (the
 * GraphQL spec; a refused import's non-null root field): the query planner leaves `data` out when
 * no subgraph returned any.
 */
const useDataInEveryAnswer = (): GatewayPlugin => ({
  onExecute: () => ({
    onExecuteDone({ result, setResult }) {
      if (!(Symbol.asyncIterator in result) && result.data === undefined) setResult({ ...result, data: result.errors?.length ? null : {} });
    },
  }),
});

/** Gives the gateway's schema the subgraphs' scalar implementations whenever it loads. */
const useScalars = (): GatewayPlugin => ({ onSchemaChange: ({ schema }) => applyScalarImplementations(schema) });

/**
 * Retry a query once when its subgraph fails to answer: no result at all, or an HTTP subgraph's
 * 5xx. Never a mutation (it may have been applied), and never a subgraph that answered: an
 * in-process subgraph has no HTTP response, and retrying on its absence ran every query twice.
 */
const retryQueries = {
  maxRetries: 1,
  retryDelay: 100,
  shouldRetry: ({ executionRequest, executionResult, response }: { executionRequest: ExecutionRequest; executionResult?: unknown; response?: Response }) =>
    getOperationASTFromRequest(executionRequest).operation === OperationTypeNode.QUERY &&
    (!executionResult || (response !== undefined && response.status >= 500)),
};

/** The gateway's policy: the configuration, overridden by `listen`; identities and trusted operations from the database. */
export async function policyFor(prisma: PrismaClient, listen: Omit<Listen, "host" | "port">): Promise<GatewayPolicy> {
  const config = loadConfig();
  const tokens = listen.tokens !== undefined ? listen.tokens : await tokenVerifierFrom(config);
  return {
    limits: { ...limitsFrom(config), ...listen.limits },
    maskErrors: listen.maskErrors ?? masksErrors(config),
    introspection: listen.introspection ?? config.PLACEGRAPH_INTROSPECTION,
    rateLimit: { ...rateLimitFrom(config), ...listen.rateLimit },
    identify: (authorization) => resolveIdentity(prisma, authorization, tokens, config.PLACEGRAPH_ADMIN_TOKEN),
    trusted: await trustedOperations(prisma),
  };
}

/** Everything of the gateway's configuration but where the supergraph and subgraphs come from. */
export function gatewayPolicyConfig(policy: GatewayPolicy): Partial<GatewayConfigSupergraph<Record<string, any>>> {
  const { limits } = policy;
  return {
    // Hive Router's query planner (Rust): plans and runs each operation's subgraph fetches without
    // the JavaScript planner's per-request delegation.
    unifiedGraphHandler,
    logging: false,
    landingPage: false,
    // CORS is the HTTP host's (src/http/server.ts) in the hub's own layouts; gateway.config.ts sets the engine's.
    cors: false,
    graphiql: false,
    maskedErrors: { maskError: maskErrorFor(policy.maskErrors) },
    // Refuses GET and simple POST requests a browser could send cross-site without a preflight.
    csrfPrevention: { requestHeaders: ["apollo-require-preflight", "x-apollo-operation-name", "graphql-require-preflight"] },
    ...(policy.introspection ? {} : { disableIntrospection: {} }),
    // Every field counts 1 (the standard counts objects only), times the sizes of the lists around it.
    demandControl: { maxCost: limits.maxCost, listSize: limits.assumedListSize, typeCost: () => 1 },
    upstreamRetry: retryQueries as never,
    plugins: () => [
      useSchemaAuth(),
      // The upstream time-out as a plugin, not the `upstreamTimeout` option: plugins wrap the
      // engine's retry, so the time-out bounds a subgraph call and its retry together. (The
      // option's time-out sits inside the retry, which ran a timed-out call a second time: the
      // client waited twice PLACEGRAPH_EXECUTION_TIMEOUT_MS.)
      useUpstreamTimeout(limits.executionTimeoutMs),
      useErrorOnEachFailedField(),
      useIdentity(policy.identify, policy.rateLimit),
      useTrustedOnly(policy.trusted, parseOptions(limits)),
      useAutomaticPersistedQueries(policy.trusted) as GatewayPlugin,
      useTokenLimit(limits.maxTokens),
      useLimitRules(limits),
      useStringLimit(limits),
      useScalars(),
      useStableDocuments(),
      useDataInEveryAnswer(),
    ],
  };
}
