// The hub's gateway: Hive Gateway's runtime over the composed supergraph, in either layout.
// Embedded runs every subgraph in this process (no socket); remote reaches them over HTTP.
import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { buildAllSubgraphs } from "../../federation/compose.ts";
import type { SubgraphService } from "../../federation/subgraphs.ts";
import { explorerLanding, explorerRoutes } from "../explorer/routes.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { fetchHandler } from "../http/handlers.ts";
import { type HttpHost, startHttpHost } from "../http/server.ts";
import { inProcessTransport } from "../subgraph/in-process.ts";
import { subgraphSecret, useSignedSubgraphRequests } from "../subgraph/signature.ts";
import type { TokenVerifier } from "../access/tokens.ts";
import { loadConfig } from "../config.ts";
import { loggerFrom, type Logger } from "../log.ts";
import { createMetrics, type Metrics, metricsRoute } from "../ops/metrics.ts";
import { useOperationsSignals } from "../ops/requests.ts";
import type { Tracing } from "../ops/tracing.ts";
import type { Limits } from "./limits.ts";
import { identityOfContext, type RateLimit } from "./policy.ts";
import { builtInOrHttp, publishedSupergraphConfig } from "./published.ts";
import { signedPerSubgraph } from "./subgraph-secrets.ts";
import { routedSupergraph } from "./supergraph-file.ts";
import { gatewayPolicyConfig, policyFor } from "./runtime.ts";
import { withoutTerminateListeners } from "./hub-owns-signals.ts";

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
  /** A published supergraph file to serve and watch; by default PLACEGRAPH_SUPERGRAPH; null composes the built-ins. */
  supergraphFile?: string | null;
  /** How often the supergraph file is read again; by default PLACEGRAPH_SUPERGRAPH_POLL_MS. */
  supergraphPollMs?: number;
  /** The secret the built-in subgraphs' requests are signed with; by default PLACEGRAPH_SUBGRAPH_SECRET. */
  subgraphSecret?: string;
  /** Where the partners' secrets are read, by the variable names the registry gives (secretEnv); by default the environment. */
  partnerSecrets?: Record<string, string | undefined>;
  /** Where requests and reloads are logged; by default LOG_LEVEL on stderr. */
  log?: Logger;
  /** The metrics served at /metrics; by default a new registry without the database's (createMetrics(db) adds them). */
  metrics?: Metrics;
  /** Trace spans for requests and subgraph calls (src/ops/tracing.ts); none by default. */
  tracing?: Tracing | null;
}

/** The logger, metrics and tracing of a gateway, and the plugin that feeds them (first, so that every request is seen). */
function signalsFor(listen: Listen) {
  const log = listen.log ?? loggerFrom(loadConfig(), "gateway");
  const metrics = listen.metrics ?? createMetrics();
  const plugin = useOperationsSignals({ log, metrics, tracing: listen.tracing ?? null });
  const withPlugin = <C extends { plugins?: (context: never) => GatewayPlugin[] }>(config: C): C => {
    const plugins = config.plugins;
    return { ...config, plugins: (context: never) => [plugin, ...(plugins?.(context) ?? [])] };
  };
  return { log, metrics, withPlugin };
}

type RuntimeConfig = ReturnType<typeof gatewayPolicyConfig>;

/** The secret subgraph requests are signed with: `listen`'s, else PLACEGRAPH_SUBGRAPH_SECRET, else one for this process. */
const secretFor = (listen: Listen) => listen.subgraphSecret ?? subgraphSecret(loadConfig().PLACEGRAPH_SUBGRAPH_SECRET);

/**
 * The published supergraph's runtime options, when one is configured: the policy's plugins plus
 * the signing of subgraph requests (each partner's with its own secret, from the registry the
 * supergraph was published from) and the reload log.
 */
async function publishedFor(listen: Listen, policy: RuntimeConfig) {
  const config = loadConfig();
  const file = listen.supergraphFile !== undefined ? listen.supergraphFile : config.PLACEGRAPH_SUPERGRAPH;
  if (!file) return null;
  const log = listen.log ?? loggerFrom(config, "gateway");
  const drainMs = listen.limits?.executionTimeoutMs ?? config.PLACEGRAPH_EXECUTION_TIMEOUT_MS;
  const published = publishedSupergraphConfig({ file, pollMs: listen.supergraphPollMs ?? config.PLACEGRAPH_SUPERGRAPH_POLL_MS, drainMs, log });
  const signing = await signedPerSubgraph(file, secretFor(listen), listen.partnerSecrets ?? process.env, log);
  const plugins = policy.plugins as (context: never) => GatewayPlugin[];
  return { ...published.config, plugins: (context: never) => [...plugins(context), ...signing, published.plugin] } as Partial<RuntimeConfig>;
}

async function serve(runtime: ReturnType<typeof createGatewayRuntime>, listen: Listen, metrics: Metrics, ready: () => Promise<boolean>, pollMs?: number): Promise<HttpHost> {
  const corsOrigins = listen.corsOrigins ?? loadConfig().PLACEGRAPH_CORS_ORIGINS;
  // The explorer lives on the gateway only: it documents the composed API, not one subgraph's.
  // The engine polls a dynamic supergraph when a request comes; asking for the schema on a timer
  // as well makes an idle hub pick up (and log) a publication too.
  const poll = pollMs ? setInterval(() => void Promise.resolve(runtime.getSchema()).catch(() => {}), pollMs) : null;
  // Called by the host once every request is answered: the engine is disposed by the hub alone
  // (src/gateway/hub-owns-signals.ts), never by a signal while requests are in flight.
  const stop = async () => {
    if (poll) clearInterval(poll);
    await runtime.dispose();
    metrics.close();
  };
  const routes = { ...(await explorerRoutes()), "/metrics": metricsRoute(metrics) };
  return startHttpHost({ graphql: fetchHandler(runtime), stop, host: listen.host, port: listen.port, corsOrigins, ready, routes, browserLanding: explorerLanding });
}

/** Gateway and all subgraphs in one process, sharing one database client. */
export async function startEmbeddedGateway(prisma: PrismaClient, listen: Listen): Promise<HttpHost> {
  const built = await buildAllSubgraphs();
  const supergraph = await routedSupergraph(built.map((b) => ({ name: b.name, routingUrl: `http://in-process/${b.name}` })));
  const transport = inProcessTransport(built, prisma, identityOfContext);
  const policy = gatewayPolicyConfig(await policyFor(prisma, listen));
  const builtIn = new Set(built.map((b) => b.name));
  // In-process subgraphs take the identity from the gateway's context; partners' requests are signed.
  const published = await publishedFor(listen, policy);
  const signals = signalsFor(listen);
  const runtime = withoutTerminateListeners(() =>
    createGatewayRuntime(
      published
        ? signals.withPlugin({ ...policy, ...published, transports: () => builtInOrHttp(transport, builtIn) } as never)
        : signals.withPlugin({ supergraph, transports: () => transport, ...policy } as never),
    ),
  );
  await runtime.getSchema();
  return serve(runtime, listen, signals.metrics, async () => (await prisma.$queryRaw`SELECT 1`, true), (published as { pollingInterval?: number } | null)?.pollingInterval);
}

/**
 * Gateway in front of subgraphs served over HTTP at the given routing URLs (which answer only its
 * signed requests). It reads the database only for identities and trusted operations.
 */
export async function startRemoteGateway(services: SubgraphService[], listen: Listen, prisma: PrismaClient): Promise<HttpHost> {
  const supergraph = await routedSupergraph(services);
  const policy = gatewayPolicyConfig(await policyFor(prisma, listen));
  // Subgraph requests are signed, with the caller's identity (never the credential) inside.
  const signing = useSignedSubgraphRequests(secretFor(listen), identityOfContext);
  // A published supergraph routes each subgraph to its registered URL, partners' included.
  const published = await publishedFor(listen, policy);
  const signals = signalsFor(listen);
  const runtime = withoutTerminateListeners(() =>
    createGatewayRuntime(
      published
        ? signals.withPlugin({ ...policy, ...published } as never)
        : signals.withPlugin({ supergraph, ...policy, plugins: (context: never) => [...policy.plugins!(context), ...signing] } as never),
    ),
  );
  await runtime.getSchema();
  const ready = async () => {
    const checks = services.map((s) => fetch(new URL("/health/ready", s.routingUrl)).then((r) => r.ok, () => false));
    return (await Promise.all(checks)).every(Boolean);
  };
  return serve(runtime, listen, signals.metrics, ready, (published as { pollingInterval?: number } | null)?.pollingInterval);
}
