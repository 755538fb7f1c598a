// `npm start` (in this folder) or `npm run example:police` (in the hub's): West Midlands Police's
// subgraph on http://127.0.0.1:4010/graphql (GraphQL Yoga on node:http) over its own PGlite store
// (in memory, or in POLICE_DATA_DIR). POLICE_PORT and POLICE_HOST change where it listens;
// POLICE_HUB_SECRET (the police's own secret, which the hub holds as PLACEGRAPH_SUBGRAPH_SECRET_POLICE) makes it answer signed requests from
// the hub only.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { createYoga } from "graphql-yoga";
import { hubIdentity, hubSignature } from "./hub-signature.ts";
import { openStore } from "./store.ts";
import { buildPoliceSchema, createContext, type PoliceContext } from "./subgraph.ts";

export interface PoliceServer {
  url: string;
  close(): Promise<void>;
}

export async function startPoliceServer({ host = "127.0.0.1", port = 4010, dataDir = undefined as string | undefined, hubSecret = undefined as string | undefined } = {}): Promise<PoliceServer> {
  const db = await openStore(dataDir);
  const yoga = createYoga<object, PoliceContext>({
    schema: buildPoliceSchema(db),
    graphqlEndpoint: "/graphql",
    graphiql: false,
    landingPage: false,
    logging: false,
    plugins: [hubSignature(hubSecret)],
    // Fresh loaders for every request, and the caller's identity when the hub signed it.
    context: ({ params }) => createContext(db, hubIdentity(hubSecret, params.extensions)),
  });
  const server = createServer(yoga);
  server.listen(port, host);
  await once(server, "listening");
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}/graphql`,
    async close() {
      await new Promise((r) => server.close(r));
      await db.close();
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const police = await startPoliceServer({
    host: process.env.POLICE_HOST ?? "127.0.0.1",
    port: Number(process.env.POLICE_PORT ?? 4010),
    dataDir: process.env.POLICE_DATA_DIR || undefined,
    hubSecret: process.env.POLICE_HUB_SECRET || undefined,
  });
  if (!process.env.POLICE_HUB_SECRET) console.warn("POLICE_HUB_SECRET is not set: requests are not checked and no caller's identity is believed");
  console.log(`West Midlands Police subgraph serving ${police.url}`);
  const stop = () => police.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
