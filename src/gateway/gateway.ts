// The hub's gateway: Hive Gateway's runtime over the composed supergraph, in either layout.
// Embedded runs every subgraph in this process (no socket); remote reaches them over HTTP.
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { buildAllSubgraphs, composeSupergraph } from "../../federation/compose.ts";
import type { SubgraphService } from "../../federation/subgraphs.ts";
import { explorerRoutes } from "../explorer/routes.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { fetchHandler } from "../http/handlers.ts";
import { type HttpHost, startHttpHost } from "../http/server.ts";
import { inProcessTransport } from "../subgraph/in-process.ts";
import { resolveIdentity } from "../access/identity.ts";
import { type TokenVerifier, tokenVerifierFrom } from "../access/tokens.ts";
import { trustedOperations } from "../access/trusted.ts";
import { limitsFrom, loadConfig, masksErrors, rateLimitFrom } from "../config.ts";
import type { Limits } from "./limits.ts";
import { identityOf, type RateLimit } from "./policy.ts";
import { type GatewayPolicy, gatewayPolicyConfig } from "./runtime.ts";

export interface Listen {
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

/** The gateway's policy: the configuration, overridden by `listen`; identities and trusted operations from the database. */
export async function policyFor(prisma: PrismaClient, listen: Omit<Listen, "host" | "port">): Promise<GatewayPolicy> {
  const config = loadConfig();
  const tokens = listen.tokens !== undefined ? listen.tokens : await tokenVerifierFrom(config);
  return {
    limits: { ...limitsFrom(config), ...listen.limits },
    maskErrors: listen.maskErrors ?? masksErrors(config),
    introspection: listen.introspection ?? config.PLACEGRAPH_INTROSPECTION,
    rateLimit: { ...rateLimitFrom(config), ...listen.rateLimit },
    identify: (authorization) => resolveIdentity(prisma, authorization, tokens),
    trusted: await trustedOperations(prisma),
  };
}

async function serve(runtime: ReturnType<typeof createGatewayRuntime>, listen: Listen, ready: () => Promise<boolean>): Promise<HttpHost> {
  const corsOrigins = listen.corsOrigins ?? loadConfig().PLACEGRAPH_CORS_ORIGINS;
  // The explorer lives on the gateway only: it documents the composed API, not one subgraph's.
  return startHttpHost({ graphql: fetchHandler(runtime), stop: async () => void (await runtime.dispose()), host: listen.host, port: listen.port, corsOrigins, ready, routes: await explorerRoutes() });
}

/** Gateway and all subgraphs in one process, sharing one database client. */
export async function startEmbeddedGateway(prisma: PrismaClient, listen: Listen): Promise<HttpHost> {
  const built = await buildAllSubgraphs();
  const supergraph = composeSupergraph(built, built.map((b) => ({ name: b.name, routingUrl: `http://in-process/${b.name}` })));
  const transport = inProcessTransport(built, prisma, (context) => identityOf((context as { request: Request }).request));
  const runtime = createGatewayRuntime({ supergraph, transports: () => transport, ...gatewayPolicyConfig(await policyFor(prisma, listen)) });
  await runtime.getSchema();
  return serve(runtime, listen, async () => (await prisma.$queryRaw`SELECT 1`, true));
}

/**
 * Gateway in front of subgraphs served over HTTP at the given routing URLs. It reads the
 * database only for identities and trusted operations.
 */
export async function startRemoteGateway(services: SubgraphService[], listen: Listen, prisma: PrismaClient): Promise<HttpHost> {
  const built = await buildAllSubgraphs();
  const supergraph = composeSupergraph(built, services);
  const runtime = createGatewayRuntime({
    supergraph,
    // The subgraphs resolve the caller's credential again (to be replaced by a signed identity).
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get("authorization") ?? "" }) },
    ...gatewayPolicyConfig(await policyFor(prisma, listen)),
  });
  await runtime.getSchema();
  const ready = async () => {
    const checks = services.map((s) => fetch(new URL("/health/ready", s.routingUrl)).then((r) => r.ok, () => false));
    return (await Promise.all(checks)).every(Boolean);
  };
  return serve(runtime, listen, ready);
}
