// The hub calls nowhere on its own: with no OTEL_* variable set, serving requests opens no
// connection but the callers' own, and tracing stays unloaded. With an OTLP endpoint set, the
// spans of a request and its subgraph call reach that endpoint, continuing the caller's trace.
import { once } from "node:events";
import http, { type Server } from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { createLogger } from "../../src/log.ts";
import { startTracing, tracingConfigured } from "../../src/ops/tracing.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";

/** Every connection this process opens, as "host:port". */
const connections: string[] = [];
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  // net.connect() hands over its arguments normalised, as one array.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = (typeof first === "object" ? first : { port: first, host: args[1] }) as { host?: string; port?: number; path?: string };
  connections.push(options.path ?? `${options.host ?? "localhost"}:${options.port}`);
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof connect;

const query = { query: 'query TraceMe { organisation(id: "uhcw") { name } }' };
const silent = createLogger("silent");

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase("pglite");
  await db.prisma.organisation.create({ data: { id: "uhcw", name: "University Hospitals Coventry and Warwickshire", sector: "NHS_TRUST" } });
});
afterAll(() => db?.dispose());

describe("with no OTEL_* variable set", () => {
  it("tracing is off and serving requests opens no connection but the caller's", async () => {
    const otel = Object.keys(process.env).filter((k) => k.startsWith("OTEL_"));
    expect(otel).toEqual([]);
    expect(await startTracing("placegraph")).toBeNull();
    connections.length = 0;
    const hub = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, log: silent, tracing: await startTracing("placegraph") });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(query) });
        expect(await res.json()).toEqual({ data: { organisation: { name: "University Hospitals Coventry and Warwickshire" } } });
      }
      await fetch(new URL("/metrics", hub.url)).then((r) => r.text());
    } finally {
      await hub.close();
    }
    // fetch keeps its connection alive: one or more, all to the hub itself.
    expect(connections.length).toBeGreaterThanOrEqual(1);
    expect(new Set(connections)).toEqual(new Set([`127.0.0.1:${hub.port}`]));
  });

  it("reads the standard switches: an endpoint turns tracing on, OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none off", () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_SERVICE_NAME: "hub" })).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" })).toBe(true);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://127.0.0.1:4318/v1/traces" })).toBe(true);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_SDK_DISABLED: "true" })).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_TRACES_EXPORTER: "none" })).toBe(false);
  });
});

describe("with OTEL_EXPORTER_OTLP_ENDPOINT set", () => {
  let collector: Server;
  const received: { resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: { name: string; traceId: string; spanId: string; parentSpanId?: string }[] }[] }[] }[] = [];
  let hub: HttpHost;

  beforeAll(async () => {
    collector = http.createServer((req, res) => {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => {
        if (req.url === "/v1/traces") received.push(JSON.parse(body));
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    collector.listen(0, "127.0.0.1");
    await once(collector, "listening");
  });
  afterAll(async () => {
    await hub?.close();
    collector?.close();
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  });

  it("sends the request's span and its subgraph call's to the endpoint, in the caller's trace", async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    const tracing = await startTracing("placegraph-test");
    expect(tracing).not.toBeNull();
    hub = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0, log: silent, tracing });
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", traceparent: `00-${traceId}-00f067aa0ba902b7-01` }, body: JSON.stringify(query) });
    expect(res.status).toBe(200);
    await tracing!.shutdown();
    const spans = received.flatMap((r) => r.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((s) => s.spans)));
    const request = spans.find((s) => s.name === "GraphQL TraceMe")!;
    const subgraph = spans.find((s) => s.name === "subgraph partners")!;
    expect([request?.traceId, request?.parentSpanId]).toEqual([traceId, "00f067aa0ba902b7"]);
    expect([subgraph?.traceId, subgraph?.parentSpanId]).toEqual([traceId, request.spanId]);
    const service = received[0].resourceSpans[0].resource.attributes.find((a) => a.key === "service.name");
    expect(service?.value.stringValue).toBe("placegraph-test");
  });
});
