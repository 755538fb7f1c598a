// How the HTTP host hands /graphql to a fetch-style GraphQL server: Hive Gateway's runtime at the
// gateway, GraphQL Yoga at a subgraph run alone.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GraphQLHandler } from "./server.ts";

/** A server built on @whatwg-node/server (Hive Gateway's runtime, GraphQL Yoga): its node entry point answers on `res`. */
export interface NodeRequestHandler {
  requestListener(req: IncomingMessage, res: ServerResponse): unknown;
}

/**
 * The host has read and parsed the body (to refuse an oversized one before parsing); the server
 * gets it as from a framework's body parser: a parsed object is used as it is, so the body is
 * neither parsed twice nor streamed through a Request again. Anything else (text sent as another
 * content type, an empty object, a bare JSON value) goes as text, which the server parses and
 * refuses in its own words.
 */
const asReadBody = (body: unknown): unknown =>
  body === undefined || typeof body === "string" ? body : typeof body === "object" && body !== null && Object.keys(body).length > 0 ? body : JSON.stringify(body);

export function fetchHandler(server: NodeRequestHandler): GraphQLHandler {
  return async (req, body, res) => {
    (req as IncomingMessage & { body?: unknown }).body = asReadBody(body);
    await server.requestListener(req, res);
  };
}
