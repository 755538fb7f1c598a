// The hub's gateway: @apollo/gateway over the composed supergraph, in either layout.
// Embedded runs every subgraph in this process (no HTTP hop); remote reaches them over HTTP.
import { ApolloGateway, type GatewayConfig, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { IncomingMessage } from "node:http";
import { buildAllSubgraphs, composeSupergraph } from "../../federation/compose.ts";
import type { SubgraphService } from "../../federation/subgraphs.ts";
import { explorerRoutes } from "../explorer/routes.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { type HttpHost, startHttpHost } from "../http/server.ts";
import type { SubgraphRequest } from "../subgraph/definition.ts";
import { InProcessDataSource } from "../subgraph/in-process.ts";
import { type Identity, resolveIdentity } from "../access/identity.ts";
import { type TokenVerifier, tokenVerifierFrom } from "../access/tokens.ts";
import { limitsFrom, loadConfig, masksErrors } from "../config.ts";
import { formatErrorFor } from "./errors.ts";
import { requirementsFrom, withAuthorization, withoutSecurityFeatures } from "./authorization.ts";
import { wrapExecutor } from "./executor.ts";
import { costLimitPlugin, type Limits, limitValidationRules, parseOptions, withTimeout } from "./limits.ts";
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
}

/** @apollo/gateway over the composed supergraph; @authenticated and @requiresScopes are enforced by the hub (src/gateway/authorization.ts). */
function federatedGateway(supergraph: string, buildService: GatewayConfig["buildService"]) {
  return { gateway: new ApolloGateway({ supergraphSdl: withoutSecurityFeatures(supergraph), buildService }), requirements: requirementsFrom(supergraph) };
}

async function serveGateway(
  { gateway, requirements }: ReturnType<typeof federatedGateway>,
  listen: Listen,
  ready: () => Promise<boolean>,
  identify: (authorization: string | undefined) => Promise<Identity | null>,
): Promise<HttpHost> {
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => applyScalarImplementations(apiSchema));
  const config = loadConfig();
  const limits: Limits = { ...limitsFrom(config), ...listen.limits };
  const maskErrors = listen.maskErrors ?? masksErrors(config);
  const introspection = listen.introspection ?? config.PLACEGRAPH_INTROSPECTION;
  const apollo = new ApolloServer<SubgraphRequest>({
    gateway: wrapExecutor(gateway, withAuthorization(requirements), (executor) => withTimeout(executor, limits.executionTimeoutMs)),
    parseOptions: parseOptions(limits),
    validationRules: limitValidationRules(limits),
    plugins: [ApolloServerPluginLandingPageDisabled(), costLimitPlugin(limits)],
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
  const context = async (req: IncomingMessage): Promise<SubgraphRequest> => ({
    authorization: req.headers.authorization ?? null,
    identity: await identify(req.headers.authorization),
  });
  // The explorer lives on the gateway only: it documents the composed API, not one subgraph's.
  const corsOrigins = listen.corsOrigins ?? config.PLACEGRAPH_CORS_ORIGINS;
  return startHttpHost({ apollo, host: listen.host, port: listen.port, corsOrigins, context, ready, routes: await explorerRoutes() });
}

/** Gateway and all subgraphs in one process, sharing one database client. */
export async function startEmbeddedGateway(prisma: PrismaClient, listen: Listen): Promise<HttpHost> {
  const built = await buildAllSubgraphs();
  const services = built.map((b) => ({ name: b.name, routingUrl: `in-process://${b.name}` }));
  const gateway = federatedGateway(composeSupergraph(built, services), ({ name }) => new InProcessDataSource(built.find((b) => b.name === name)!, prisma));
  const tokens = listen.tokens !== undefined ? listen.tokens : await tokenVerifierFrom(loadConfig());
  return serveGateway(gateway, listen, async () => (await prisma.$queryRaw`SELECT 1`, true), (authorization) => resolveIdentity(prisma, authorization, tokens));
}

/**
 * Gateway in front of subgraphs served over HTTP at the given routing URLs. It reads the
 * database only to resolve identities, which its field rules need; the subgraph servers
 * resolve the forwarded header again themselves.
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
  const tokens = listen.tokens !== undefined ? listen.tokens : await tokenVerifierFrom(loadConfig());
  return serveGateway(gateway, listen, ready, (authorization) => resolveIdentity(prisma, authorization, tokens));
}
