// How the HTTP host hands /graphql to a fetch-style GraphQL server: Hive Gateway's runtime at the
// gateway, GraphQL Yoga at a subgraph run alone.
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
