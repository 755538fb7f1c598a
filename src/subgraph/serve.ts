// Serves one subgraph alone over HTTP, as the gateway reaches it in the distributed layout. It
// answers only requests the gateway signed (src/subgraph/signature.ts), with the identity the
// gateway resolved; it never sees the caller's credential.
import { createYoga } from "graphql-yoga";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { createMetrics, type Metrics, metricsRoute } from "../ops/metrics.ts";
import { fetchHandler } from "../http/handlers.ts";
import { type HttpHost, startHttpHost } from "../http/server.ts";
import { loadConfig, masksErrors } from "../config.ts";
import { buildSubgraph } from "./build.ts";
import type { SubgraphDefinition } from "./definition.ts";
import { signedIdentity, subgraphSecret, useSignatureCheck } from "./signature.ts";

export async function startSubgraphServer<Context extends object>(
  definition: SubgraphDefinition<Context>,
  prisma: PrismaClient,
  listen: { host: string; port: number; metrics?: Metrics },
): Promise<HttpHost> {
  const { schema } = await buildSubgraph(definition);
  const config = loadConfig();
  const yoga = createYoga({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: false,
    landingPage: false,
    logging: false,
    // The gateway masks what its clients see; subgraph errors keep their codes for it.
    maskedErrors: masksErrors(config),
    plugins: [useSignatureCheck(subgraphSecret(config.PLACEGRAPH_SUBGRAPH_SECRET)) as never],
    // A fresh context, and so fresh DataLoaders, for every request.
    context: ({ params }) => definition.createContext(prisma, { authorization: null, identity: signedIdentity(params.extensions) }),
  });
  // Its own process's metrics (database pool, import runs, process): docs/operations.md.
  const { metrics = createMetrics(), ...address } = listen;
  return startHttpHost({
    graphql: fetchHandler(yoga),
    ...address,
    routes: { "/metrics": metricsRoute(metrics) },
    stop: async () => metrics.close(),
    ready: async () => (await prisma.$queryRaw`SELECT 1`, true),
  });
}
