// The hub's gateway: @apollo/gateway over the composed supergraph, in either layout.
// Embedded runs every subgraph in this process (no HTTP hop); remote reaches them over HTTP.
import { ApolloGateway, type GatewayConfig, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { IncomingMessage } from "node:http";
import { buildAllSubgraphs, composeSupergraph } from "../../federation/compose.ts";
import type { SubgraphService } from "../../federation/subgraphs.ts";
import { explorerLanding, explorerRoutes } from "../explorer/routes.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { type HttpHost, startHttpHost } from "../http/server.ts";
import type { SubgraphRequest } from "../subgraph/definition.ts";
import { InProcessDataSource } from "../subgraph/in-process.ts";
import { type Identity, resolveIdentity } from "../access/identity.ts";
import { type TokenVerifier, tokenVerifierFrom } from "../access/tokens.ts";
import { type TrustedOperations, trustedOperations } from "../access/trusted.ts";
import { limitsFrom, loadConfig, masksErrors, rateLimitFrom } from "../config.ts";
import { requirementsFrom, withAuthorization, withoutSecurityFeatures } from "./authorization.ts";
import { formatErrorFor } from "./errors.ts";
import { wrapExecutor } from "./executor.ts";
import { costLimitPlugin, type Limits, limitValidationRules, parseOptions, withTimeout } from "./limits.ts";
import { askedIn, assertTrusted, persistedQueryCache } from "./persisted.ts";
import { callerOf, type RateLimit, rateLimiter } from "./rate-limit.ts";
import { applyScalarImplementations } from "./scalars.ts";

interface Listen {
  host: string;
  port: number;
  /** Operation limits; by default from the configuration (PLACEGRAPH_MAX_*). */
  limits?: Partial<Limits>;
  /** Generic messages for internal errors; by default masksErrors(configuration). */
  maskErrors?: boolean;
  /** By default PLACEGRAPH_INTROSPECTION. */
  introspection?: boolean;
  /** Browser origins allowed on /graphql; by default PLACEGRAPH_CORS_ORIGINS. */
  corsOrigins?: string[];
  /** How people's bearer tokens are verified; by default from PLACEGRAPH_JWT_* (none when unset). */
  tokens?: TokenVerifier | null;
  /** Requests per window and caller; by default PLACEGRAPH_RATE_LIMIT and PLACEGRAPH_RATE_LIMIT_WINDOW_S. */
  rateLimit?: Partial<RateLimit>;
}

/** How the gateway learns who a request speaks for and which operations are trusted. */
interface Access {
  identify: (authorization: string | undefined) => Promise<Identity | null>;
  trusted: TrustedOperations;
}

/** @apollo/gateway over the composed supergraph; @authenticated and @requiresScopes are enforced by the hub (src/gateway/authorization.ts). */
function federatedGateway(supergraph: string, buildService: GatewayConfig["buildService"]) {
  return { gateway: new ApolloGateway({ supergraphSdl: withoutSecurityFeatures(supergraph), buildService }), requirements: requirementsFrom(supergraph) };
}

async function serveGateway(
  { gateway, requirements }: ReturnType<typeof federatedGateway>,
  listen: Listen,
  ready: () => Promise<boolean>,
  { identify, trusted }: Access,
): Promise<HttpHost> {
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => applyScalarImplementations(apiSchema));
  const config = loadConfig();
  const limits: Limits = { ...limitsFrom(config), ...listen.limits };
  const maskErrors = listen.maskErrors ?? masksErrors(config);
  const introspection = listen.introspection ?? config.PLACEGRAPH_INTROSPECTION;
  const limitRate = rateLimiter({ ...rateLimitFrom(config), ...listen.rateLimit });
  const apollo = new ApolloServer<SubgraphRequest>({
    gateway: wrapExecutor(gateway, withAuthorization(requirements), (executor) => withTimeout(executor, limits.executionTimeoutMs)),
    parseOptions: parseOptions(limits),
    validationRules: limitValidationRules(limits),
    plugins: [ApolloServerPluginLandingPageDisabled(), costLimitPlugin(limits)],
    // Automatic persisted queries, with a bounded cache that also knows the trusted operations.
    persistedQueries: { cache: persistedQueryCache(trusted) },
    formatError: formatErrorFor(maskErrors),
    includeStacktraceInErrorResponses: !maskErrors,
    // Refuses GET and simple POST requests a browser could send cross-site without a preflight.
    csrfPrevention: true,
    introspection,
    // Without introspection, no "Did you mean ...?" hints that would spell the schema out.
    hideSchemaDetailsFromClientErrors: !introspection,
  });
  await apollo.start();
  // A new object per request: the in-process subgraphs key their per-request loaders on it.
  // It carries the Authorization header on to the subgraphs, which decide what it allows.
  // A partner API key or a person's token is resolved to an identity here (one that does not check out is refused, 401).
  // Then the request is counted against that identity, or the client's address (over the limit: 429),
  // and an identity restricted to trusted operations is refused any other (403).
  const context = async (req: IncomingMessage, request: HTTPGraphQLRequest): Promise<SubgraphRequest> => {
    const identity = await identify(req.headers.authorization);
    await limitRate?.(callerOf(identity, req));
    if (identity?.trustedOperationsOnly) await assertTrusted(trusted, identity, askedIn(request), parseOptions(limits));
    return { authorization: req.headers.authorization ?? null, identity };
  };
  // The explorer lives on the gateway only: it documents the composed API, not one subgraph's.
  const corsOrigins = listen.corsOrigins ?? config.PLACEGRAPH_CORS_ORIGINS;
  return startHttpHost({ apollo, host: listen.host, port: listen.port, corsOrigins, context, ready, routes: await explorerRoutes(), browserLanding: explorerLanding });
}

/** Identities (keys, tokens) and trusted operations, both read from the hub's database. */
async function accessFor(prisma: PrismaClient, listen: Listen): Promise<Access> {
  const tokens = listen.tokens !== undefined ? listen.tokens : await tokenVerifierFrom(loadConfig());
  return { identify: (authorization) => resolveIdentity(prisma, authorization, tokens), trusted: await trustedOperations(prisma) };
}

/** Gateway and all subgraphs in one process, sharing one database client. */
export async function startEmbeddedGateway(prisma: PrismaClient, listen: Listen): Promise<HttpHost> {
  const built = await buildAllSubgraphs();
  const services = built.map((b) => ({ name: b.name, routingUrl: `in-process://${b.name}` }));
  const gateway = federatedGateway(composeSupergraph(built, services), ({ name }) => new InProcessDataSource(built.find((b) => b.name === name)!, prisma));
  return serveGateway(gateway, listen, async () => (await prisma.$queryRaw`SELECT 1`, true), await accessFor(prisma, listen));
}

/**
 * Gateway in front of subgraphs served over HTTP at the given routing URLs. It reads the
 * database only for identities and trusted operations, which its field rules, rate limit and
 * safelist need; the subgraph servers resolve the forwarded header again themselves.
 */
export async function startRemoteGateway(services: SubgraphService[], listen: Listen, prisma: PrismaClient): Promise<HttpHost> {
  const built = await buildAllSubgraphs();
  const gateway = federatedGateway(composeSupergraph(built, services), ({ url }) =>
    new RemoteGraphQLDataSource<SubgraphRequest>({
      url,
      willSendRequest: ({ request, context }) => {
        if (context.authorization) request.http?.headers.set("authorization", context.authorization);
      },
    }),
  );
  const ready = async () => {
    const checks = services.map((s) => fetch(new URL("/health/ready", s.routingUrl)).then((r) => r.ok, () => false));
    return (await Promise.all(checks)).every(Boolean);
  };
  return serveGateway(gateway, listen, ready, await accessFor(prisma, listen));
}
