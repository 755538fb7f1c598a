// The OpenTelemetry side of src/ops/tracing.ts, imported only when tracing is configured. The
// SDK reads the standard OTEL_* variables itself: the OTLP/HTTP endpoint, headers, time-outs,
// sampler (OTEL_TRACES_SAMPLER), service name and resource attributes.
import { context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import type { TraceSpan, Tracing } from "./tracing.ts";

const headerGetter = {
  keys: (carrier: Headers) => [...carrier.keys()],
  get: (carrier: Headers, key: string) => carrier.get(key) ?? undefined,
};

function wrap(span: Span): TraceSpan & { span: Span } {
  return {
    span,
    inject: (headers) => propagation.inject(trace.setSpan(ROOT_CONTEXT, span), headers),
    end(outcome, attributes = {}) {
      span.setAttributes({ "placegraph.outcome": outcome, ...attributes });
      const operation = attributes["graphql.operation.name"];
      if (operation) span.updateName(`GraphQL ${operation}`);
      if (outcome !== "ok") span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
      span.end();
    },
  };
}

export function openTelemetryTracing(serviceName: string): Tracing {
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, when set, name the service instead.
  const resource = resourceFromAttributes({ "service.name": serviceName }).merge(detectResources({ detectors: [envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
  // The W3C trace-context propagator and the async-hooks context manager.
  provider.register();
  const tracer = trace.getTracer("placegraph");
  return {
    startRequest(request, requestId) {
      const parent = propagation.extract(context.active(), request.headers, headerGetter);
      return wrap(tracer.startSpan("GraphQL request", { kind: SpanKind.SERVER, attributes: { "placegraph.request_id": requestId } }, parent));
    },
    startSubgraph(parent, subgraph) {
      const parentSpan = (parent as ReturnType<typeof wrap>).span;
      return wrap(tracer.startSpan(`subgraph ${subgraph}`, { kind: SpanKind.CLIENT, attributes: { "placegraph.subgraph": subgraph } }, trace.setSpan(ROOT_CONTEXT, parentSpan)));
    },
    shutdown: () => provider.shutdown(),
  };
}
