// One small HTTP host, used by the gateway (Hive Gateway's runtime) and by each subgraph run alone:
// POST/GET /graphql, GET /health/live (the process answers) and GET /health/ready (the
// database and schema are up). Bodies over the limit are refused before they are parsed.
// The gateway adds its own fixed paths (the explorer) through `routes`; subgraphs add none.
import { once } from "node:events";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import net, { type AddressInfo } from "node:net";

/** Answers a request to /graphql whose body (read and size-checked by the host) is `body`. */
export type GraphQLHandler = (req: IncomingMessage, body: unknown, res: ServerResponse) => Promise<void>;

export interface HttpHostOptions {
  graphql: GraphQLHandler;
  /** Stops the GraphQL server once the host no longer accepts requests. */
  stop?: () => Promise<void>;
  host: string;
  port: number;
  /** Readiness check: resolves when the service can answer queries. */
  ready: () => Promise<boolean>;
  maxBodyBytes?: number;
  /** Browser origins allowed to call /graphql ("*" for any); none by default. */
  corsOrigins?: string[];
  /** Extra exact paths (e.g. "/explorer") and their handlers; the built-in paths take precedence. */
  routes?: Record<string, RouteHandler>;
  /** Given a request to /graphql, answers it instead of GraphQL when it is a browser's visit (the explorer); returns whether it did. */
  browserLanding?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge(`Request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function parseJson(text: string, contentType: string | undefined): unknown {
  if (!text) return undefined;
  if (!contentType?.includes("application/json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new SyntaxError("Request body is not valid JSON");
  }
}

const corsHeaders = {
  "access-control-allow-methods": "GET, POST, OPTIONS",
  // content-type for JSON, authorization for tokens and keys, the two Apollo's CSRF check accepts.
  "access-control-allow-headers": "content-type, authorization, apollo-require-preflight, x-apollo-operation-name",
  "access-control-max-age": "600",
};

/** The Origin of a browser's request when it is allowed, else undefined (and no CORS headers). */
function allowedOrigin(opts: { corsOrigins?: string[] }, req: IncomingMessage): string | undefined {
  const origin = req.headers.origin;
  if (!origin || !opts.corsOrigins?.length) return undefined;
  return opts.corsOrigins.includes("*") || opts.corsOrigins.includes(origin) ? origin : undefined;
}

/** CORS for /graphql: answers a preflight itself; on other requests adds the headers for an allowed origin. */
function applyCors(opts: HttpHostOptions, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = allowedOrigin(opts, req);
  res.setHeader("vary", "Origin");
  if (origin) res.setHeader("access-control-allow-origin", origin);
  if (req.method !== "OPTIONS") return false;
  if (!origin) {
    sendJson(res, 403, { errors: [{ message: "Cross-origin requests are not allowed from this origin", extensions: { code: "CORS_FORBIDDEN" } }] });
  } else {
    res.writeHead(204, corsHeaders);
    res.end();
  }
  return true;
}

async function handleGraphQL(opts: HttpHostOptions, req: IncomingMessage, res: ServerResponse) {
  if (applyCors(opts, req, res)) return;
  const text = await readBody(req, opts.maxBodyBytes ?? 1_000_000);
  await opts.graphql(req, parseJson(text, req.headers["content-type"]), res);
}

async function route(opts: HttpHostOptions, req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  if (path === "/health/live") return sendJson(res, 200, { status: "live" });
  if (path === "/health/ready") {
    const ready = await opts.ready().catch(() => false);
    return sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "not ready" });
  }
  if (path === "/graphql") return opts.browserLanding?.(req, res) ? undefined : handleGraphQL(opts, req, res);
  // Own property only: a path such as "/constructor" must not reach Object.prototype.
  if (opts.routes && Object.hasOwn(opts.routes, path)) return opts.routes[path](req, res);
  sendJson(res, 404, { error: `No route for ${path}: use /graphql, /health/live or /health/ready` });
}

/** Starts the host on node:http; port 0 picks a free port. */
export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  let draining = false;
  const server = http.createServer((req, res) => {
    // While shutting down, a request that still arrives on an open connection is answered, and
    // its connection closed after the answer.
    if (draining) res.setHeader("connection", "close");
    route(opts, req, res).catch((err: Error) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof BodyTooLarge) {
        // The rest of the body is left unread: the connection ends with this answer, so that a
        // client cannot send its next request on it (the request would wait behind unread bytes).
        res.setHeader("connection", "close");
        return sendJson(res, 413, { errors: [{ message: err.message, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
      }
      if (err instanceof SyntaxError) return sendJson(res, 400, { errors: [{ message: err.message, extensions: { code: "BAD_REQUEST" } }] });
      sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    });
  });
  server.listen(opts.port, opts.host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host}:${port}/graphql`,
    port,
    async close() {
      // Stop accepting; every connection already accepted is served: a request in flight, or one
      // whose bytes are still unread (the event loop may be busy with another), is answered. Only
      // keep-alive connections left idle end by themselves (keepAliveTimeout, 5 s). http.Server's
      // own close() would drop connections whose request it has not read yet, so net.Server's is
      // used. Then the GraphQL server is stopped.
      draining = true;
      await new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      await opts.stop?.();
    },
  };
}
