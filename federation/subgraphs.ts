// The subgraphs the supergraph is composed of, with the routing URL a router uses to reach each
// one in the distributed layout (one process per subgraph on consecutive local ports).
import { subgraphs } from "../src/subgraphs/index.ts";

export const DEFAULT_BASE_PORT = 4001;

export interface SubgraphService {
  name: string;
  routingUrl: string;
}

export function subgraphServices(host = "127.0.0.1", basePort = DEFAULT_BASE_PORT): SubgraphService[] {
  return subgraphs.map((s, i) => ({ name: s.name, routingUrl: `http://${host}:${basePort + i}/graphql` }));
}
