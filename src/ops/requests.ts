// The gateway's operations signals, as one Hive Gateway plugin: a request id for every GraphQL
// request (the caller's x-request-id when it is a sane token, else a new one; echoed in the
// answer), one log line per request with its operation, identity, duration and outcome, the
// request and subgraph metrics, and the trace spans when tracing is on. docs/operations.md.
import { randomUUID } from "node:crypto";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { type DocumentNode, getOperationAST, type GraphQLError } from "graphql";
import type { Identity } from "../access/identity.ts";
import { identityOf } from "../gateway/policy.ts";
import type { Logger } from "../log.ts";
import type { Metrics } from "./metrics.ts";
import type { TraceSpan, Tracing } from "./tracing.ts";

export const requestIdHeader = "x-request-id";

/** Letters, digits and . _ : - up to 128 characters: safe to log and to echo in a header. */
const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

export const requestIdOf = (header: string | null): string => (header && saneRequestId.test(header) ? header : randomUUID());

interface RequestState {
  id: string;
  started: number;
  log: Logger;
  operation?: string;
  /** Whether the request got as far as its GraphQL parameters (a 401 or 429 is refused before). */
  read?: boolean;
  /** Whether the caller named the operation (operationName); else the document names it. */
  named?: boolean;
  /** Error codes of the answer, each once, in order; undefined until a result is seen. */
  codes?: string[];
  span?: TraceSpan;
}

const states = new WeakMap<Request, RequestState>();

/** The logger of a request: every line it writes carries the request id. */
export const requestLog = (request: Request): Logger | undefined => states.get(request)?.log;

/** How an identity proved itself, never the credential itself. */
function identityKind(identity: Identity | null): string {
  if (!identity) return "anonymous";
  if (!identity.organisationId) return "operator";
  return identity.principal.startsWith("key:") ? "key" : "token";
}

/**
 * The operation label: the operation's name; "(anonymous)" without one; GraphQL names only, and
 * beyond `max` distinct names "(other)", so that callers cannot grow the series without bound.
 */
function operationLabeller(max = 200) {
  const seen = new Set<string>();
  return (name: string | undefined): string => {
    if (!name) return "(anonymous)";
    if (!/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return "(invalid)";
    if (seen.has(name)) return name;
    if (seen.size >= max) return "(other)";
    seen.add(name);
    return name;
  };
}

/** The name of a document's first operation, read without parsing, for requests refused before they are parsed. */
const leadingName = (query: string | undefined) => (query ? /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] : undefined);

type Result = { errors?: readonly GraphQLError[] };

function codesIn(result: unknown): string[] {
  const results = (Array.isArray(result) ? result : [result]) as Result[];
  const codes = results.flatMap((r) => (r && typeof r === "object" && "errors" in r ? (r.errors ?? []) : [])).map((e) => String(e.extensions?.code ?? "UNKNOWN"));
  return [...new Set(codes)];
}

/** A refusal answered before any result (401, 429, 403 of the hub's own checks): its codes from the body. */
async function codesOfResponse(response: Response): Promise<string[]> {
  if (response.status < 400 || !response.headers.get("content-type")?.includes("json")) return [];
  const codes = await response.clone().json().then(codesIn, () => []);
  return codes.length ? codes : [`HTTP_${response.status}`];
}

/** Adds the request id to the answer's headers; some answers' headers are immutable, then a copy is answered. */
function echoRequestId(response: Response, id: string, setResponse: (response: Response) => void) {
  try {
    response.headers.set(requestIdHeader, id);
  } catch {
    const headers = new Headers(response.headers);
    headers.set(requestIdHeader, id);
    setResponse(new Response(response.body, { status: response.status, statusText: response.statusText, headers }));
  }
}

const isGraphQLPath = (url: string) => new URL(url).pathname.endsWith("/graphql");

/** GET /metrics answered by the engine itself, where no HTTP host of the hub's is in front (the hive-gateway CLI). */
export function useMetricsEndpoint(metrics: Metrics): GatewayPlugin {
  return {
    async onRequest({ url, request, endResponse }) {
      if (url.pathname !== "/metrics" || request.method !== "GET") return;
      endResponse(new Response(await metrics.text(), { headers: { "content-type": metrics.registry.contentType } }));
    },
  };
}

/** The plugin; put it first, so that requests refused by the later plugins are logged and counted too. */
export function useOperationsSignals({ log, metrics, tracing }: { log: Logger; metrics: Metrics; tracing: Tracing | null }): GatewayPlugin {
  const label = operationLabeller();
  return {
    onRequest({ request }) {
      if (!isGraphQLPath(request.url)) return;
      const id = requestIdOf(request.headers.get(requestIdHeader));
      states.set(request, { id, started: performance.now(), log: log.child({ requestId: id }), span: tracing?.startRequest(request, id) });
      metrics.inFlight.inc();
    },
    onParams({ request, params }) {
      const state = states.get(request);
      if (!state) return;
      state.read = true;
      state.named = Boolean(params.operationName);
      state.operation = params.operationName ?? leadingName(params.query);
    },
    onValidate({ context, params }) {
      // The parsed document names the operation when the request did not (and when it fails validation).
      const state = states.get((context as { request: Request }).request);
      if (state && !state.named) state.operation = getOperationAST(params.documentAST as DocumentNode)?.name?.value;
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (state) state.codes = codesIn(result);
    },
    onSubgraphExecute({ subgraphName, executionRequest, executor, setExecutor }) {
      const parent = states.get((executionRequest.context as { request?: Request } | undefined)?.request as Request);
      setExecutor(async (request) => {
        const started = performance.now();
        const span = parent?.span && tracing?.startSubgraph(parent.span, subgraphName);
        let outcome = "error";
        try {
          const result = await executor(request);
          if (codesIn(result).length === 0) outcome = "ok";
          return result;
        } finally {
          metrics.subgraphRequests.inc({ subgraph: subgraphName, outcome });
          metrics.subgraphSeconds.observe({ subgraph: subgraphName }, (performance.now() - started) / 1000);
          span?.end(outcome);
        }
      });
    },
    onFetch({ executionRequest, options, setOptions }) {
      // An HTTP subgraph continues the trace (W3C traceparent).
      if (!tracing || !executionRequest) return;
      const parent = states.get((executionRequest.context as { request?: Request } | undefined)?.request as Request)?.span;
      if (!parent) return;
      const trace: Record<string, string> = {};
      parent.inject(trace);
      // The headers may be a plain object or a Headers instance: merged through Headers, none lost.
      const headers = new Headers(options.headers as HeadersInit);
      for (const [name, value] of Object.entries(trace)) headers.set(name, value);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
    async onResponse({ request, response, setResponse }) {
      const state = states.get(request);
      if (!state) return;
      states.delete(request);
      metrics.inFlight.dec();
      echoRequestId(response, state.id, setResponse);
      const codes = state.codes ?? (await codesOfResponse(response));
      const durationMs = Math.round((performance.now() - state.started) * 100) / 100;
      const operation = state.read ? label(state.operation) : "(unread)";
      const outcome = codes.length ? codes.join(",") : "ok";
      metrics.requests.inc({ operation, outcome });
      metrics.requestSeconds.observe({ operation, outcome }, durationMs / 1000);
      for (const code of codes) metrics.errors.inc({ code });
      const identity = identityOf(request);
      const line = { operation, organisation: identity?.organisationId || undefined, identity: identityKind(identity), status: response.status, durationMs, outcome };
      state.log[codes.includes("INTERNAL_SERVER_ERROR") ? "error" : "info"](line, "request");
      state.span?.end(outcome, { "graphql.operation.name": operation, "http.response.status_code": response.status });
    },
  };
}
