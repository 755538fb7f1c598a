// Optional OpenTelemetry tracing, off by default. It is on only when the standard variables name
// an OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) and
// neither OTEL_SDK_DISABLED=true nor OTEL_TRACES_EXPORTER=none says otherwise. Off, the
// OpenTelemetry SDK and exporter are never imported and nothing is sent anywhere.

/** One span: a request at the gateway, or one of its calls to a subgraph. */
export interface TraceSpan {
  /** Adds the W3C trace context (traceparent) of this span to outgoing headers. */
  inject(headers: Record<string, string>): void;
  end(outcome: string, attributes?: Record<string, string | number>): void;
}

export interface Tracing {
  /** A request's span, continuing the caller's trace when it sent a traceparent header. */
  startRequest(request: Request, requestId: string): TraceSpan;
  startSubgraph(parent: TraceSpan, subgraph: string): TraceSpan;
  /** Sends the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

/** Whether the OTEL_* variables turn tracing on. */
export function tracingConfigured(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED?.toLowerCase() === "true") return false;
  if ((env.OTEL_TRACES_EXPORTER ?? "otlp").toLowerCase() === "none") return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/** Starts tracing when configured (read once, at start); null otherwise. */
export async function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<Tracing | null> {
  if (!tracingConfigured(env)) return null;
  const { openTelemetryTracing } = await import("./otel.ts");
  return openTelemetryTracing(serviceName);
}
