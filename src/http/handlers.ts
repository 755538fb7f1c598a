// How the HTTP host hands /graphql to a GraphQL server: Hive Gateway's runtime (a fetch handler)
// at the gateway, Apollo Server at a subgraph run alone.
import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import type { GraphQLHandler } from "./server.ts";

/** A fetch-style server (Hive Gateway's runtime): the request rebuilt from the host's body, and the node request as server context. */
export function fetchHandler(server: { fetch(request: Request, serverContext: object): Response | Promise<Response> }): GraphQLHandler {
  return async (req, body, res) => {
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const method = req.method ?? "GET";
    const payload = method === "GET" || method === "HEAD" || body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    const request = new Request(new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`), { method, headers, body: payload });
    const response = await server.fetch(request, { req, res });
    res.statusCode = response.status;
    response.headers.forEach((value, key) => res.setHeader(key, value));
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}

/** Apollo Server, with a context built per request (it may refuse by throwing a GraphQLError). */
export function apolloHandler<C extends BaseContext>(apollo: ApolloServer<C>, context: (req: IncomingMessage) => Promise<C>): GraphQLHandler {
  return async (req: IncomingMessage, body: unknown, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const httpGraphQLRequest = { method: req.method ?? "GET", headers, search: new URL(req.url ?? "/", "http://localhost").search, body };
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req) });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
