// The production layout: `npx hive-gateway supergraph schema/supergraph.graphql --host 127.0.0.1`
// reads this file. It gives the hive-gateway CLI the same policy as the hub's own layouts
// (src/gateway/runtime.ts): the engine's auth directives, demand control, limits, APQ, CSRF
// prevention and masking, and the hub's identities, rate limit and trusted operations, read from
// the database at DATABASE_URL (PostgreSQL). Subgraph requests are signed as in the hub's own
// layouts: the built-in subgraphs' with PLACEGRAPH_SUBGRAPH_SECRET (npm run subgraph shares it),
// each partner's with the secret its registry entry names (the registry beside
// PLACEGRAPH_SUPERGRAPH when set, else federation/registry.json).
// The CLI (@graphql-hive/gateway, a devDependency) loads this file with its own TypeScript loader,
// which cannot parse the subgraphs' parameter decorators: import nothing of the subgraphs' code
// (test/integration/production-layout.test.ts starts the CLI with it). See docs/layouts.md.
import type { GatewayConfigSupergraph } from "@graphql-hive/gateway-runtime";
import { ConfigError, loadConfig } from "./src/config.ts";
import { openDatabase } from "./src/db/connection.ts";
import { gatewayPolicyConfig, policyFor } from "./src/gateway/runtime.ts";
import { signedPerSubgraph } from "./src/gateway/subgraph-secrets.ts";
import { loggerFrom } from "./src/log.ts";
import { createMetrics } from "./src/ops/metrics.ts";
import { useMetricsEndpoint, useOperationsSignals } from "./src/ops/requests.ts";
import { startTracing } from "./src/ops/tracing.ts";

const config = loadConfig();
if (!config.DATABASE_URL) throw new ConfigError("gateway.config.ts needs DATABASE_URL: the gateway reads API keys, tokens' organisations and trusted operations from the hub's PostgreSQL database.");
if (!config.PLACEGRAPH_SUBGRAPH_SECRET) throw new ConfigError("gateway.config.ts needs PLACEGRAPH_SUBGRAPH_SECRET (the subgraphs answer only requests signed with it).");

const db = await openDatabase(config);
const policy = gatewayPolicyConfig(await policyFor(db.prisma, {}));
const log = loggerFrom(config, "gateway");
const signing = await signedPerSubgraph(config.PLACEGRAPH_SUPERGRAPH ?? null, config.PLACEGRAPH_SUBGRAPH_SECRET, process.env, log);
const origins = config.PLACEGRAPH_CORS_ORIGINS;
// The hub's request logs, metrics (GET /metrics) and optional tracing (docs/operations.md).
const metrics = createMetrics(db);
const signals = useOperationsSignals({ log, metrics, tracing: await startTracing("placegraph-gateway") });

export const gatewayConfig: Omit<GatewayConfigSupergraph, "supergraph"> = {
  ...policy,
  // No HTTP host of the hub's in front here: the engine's CORS, with the same origins.
  cors: origins.length ? { origin: origins.includes("*") ? "*" : origins, methods: ["GET", "POST", "OPTIONS"], allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name"], maxAge: 600 } : false,
  healthCheckEndpoint: "/health/live",
  readinessCheckEndpoint: "/health/ready",
  plugins: (context) => [useMetricsEndpoint(metrics), signals, ...policy.plugins!(context), ...signing],
};
