// GET /metrics when the figures cannot be gathered (in the workers layout, a worker that does not
// answer its primary within 5 s: src/ops/cluster-metrics.ts): 503 with the reason, never a 500.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createMetrics, metricsRoute } from "../../src/ops/metrics.ts";

async function scrape(text: () => Promise<string>) {
  const metrics = { ...createMetrics(), text };
  const server = http.createServer((req, res) => void metricsRoute(metrics)(req, res));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`);
    return [res.status, res.headers.get("content-type"), await res.text()];
  } finally {
    metrics.close();
    server.close();
  }
}

describe("GET /metrics", () => {
  it("answers what the metrics give, in Prometheus's text format", async () => {
    expect(await scrape(async () => "placegraph_requests_in_flight 3\n")).toEqual([200, "text/plain; version=0.0.4; charset=utf-8", "placegraph_requests_in_flight 3\n"]);
  });

  it("answers 503 with the reason when they cannot be gathered", async () => {
    const reason = "Metrics of every worker unavailable: Operation timed out.";
    expect(await scrape(() => Promise.reject(new Error(reason)))).toEqual([503, "text/plain; charset=utf-8", reason]);
  });
});
