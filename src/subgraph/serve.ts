// Serves one subgraph alone over HTTP, as a router would reach it in the distributed layout.
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { apolloHandler } from "../http/handlers.ts";
import { type HttpHost, startHttpHost } from "../http/server.ts";
import { resolveIdentity } from "../access/identity.ts";
import { tokenVerifierFrom } from "../access/tokens.ts";
import { loadConfig, masksErrors } from "../config.ts";
import { buildSubgraph } from "./build.ts";
import type { SubgraphDefinition } from "./definition.ts";

export async function startSubgraphServer<Context extends object>(
  definition: SubgraphDefinition<Context>,
  prisma: PrismaClient,
  listen: { host: string; port: number },
): Promise<HttpHost> {
  const { schema } = await buildSubgraph(definition);
  const tokens = await tokenVerifierFrom(loadConfig());
  const apollo = new ApolloServer<object>({
    schema,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    // The gateway masks what its clients see; a subgraph reached directly keeps stack traces out too.
    includeStacktraceInErrorResponses: !masksErrors(loadConfig()),
  });
  await apollo.start();
  return startHttpHost({
    // A fresh context, and so fresh DataLoaders, for every request.
    // A key or token in the forwarded Authorization header is resolved here, against this database.
    graphql: apolloHandler(apollo, async (req) =>
      definition.createContext(prisma, { authorization: req.headers.authorization ?? null, identity: await resolveIdentity(prisma, req.headers.authorization, tokens) }),
    ),
    stop: () => apollo.stop(),
    ...listen,
    ready: async () => (await prisma.$queryRaw`SELECT 1`, true),
  });
}
