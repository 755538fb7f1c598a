// Starting the embedded hub over a test database, and sending it GraphQL over HTTP.
import type { TokenVerifier } from "../../src/access/tokens.ts";
import { loadConfig } from "../../src/config.ts";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import { signedBody, subgraphSecret } from "../../src/subgraph/signature.ts";
import { type Backend, openTestDatabase, type TestDatabase } from "./databases.ts";

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

export interface TestHub {
  url: string;
  db: TestDatabase;
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startTestHub(backend: Backend, { seed = true, tokens = undefined as TokenVerifier | null | undefined } = {}): Promise<TestHub> {
  const db = await openTestDatabase(backend, { data: seed ? "curated" : "empty" });
  const http = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, tokens });
  return {
    url: http.url,
    db,
    query: (query, variables) => postGraphQL(http.url, query, variables),
    async close() {
      await http.close();
      await db.dispose();
    },
  };
}

/** GraphQL to a subgraph server run alone, signed as the gateway signs it (subgraphs refuse anything else). */
export async function postToSubgraph<T = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const body = signedBody(subgraphSecret(loadConfig().PLACEGRAPH_SUBGRAPH_SECRET), { query, variables });
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return (await res.json()) as GraphQLResponse<T>;
}

/** A lookup the process tests send to a started hub: the ICB by its ODS code, and its three predecessor CCGs in the curated data. */
export const icbLookup = {
  query: `{ organisationByIdentifier(scheme: "ODS", code: "QWU") { id predecessors { id } } }`,
  answer: {
    data: {
      organisationByIdentifier: {
        id: "coventry-and-warwickshire-icb",
        predecessors: [{ id: "coventry-and-rugby-ccg" }, { id: "south-warwickshire-ccg" }, { id: "warwickshire-north-ccg" }],
      },
    },
  },
};
