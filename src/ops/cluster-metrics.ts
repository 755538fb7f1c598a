// GET /metrics in the workers layout (src/workers.ts): every worker has its own registry, and
// whichever worker a connection reaches answers. Alone, each would show its own figures (a
// different worker at each scrape: counters that jump back and forth). So a worker asks its
// primary, which gathers every worker's registry with prom-client's AggregatorRegistry: counters,
// histograms and most gauges summed, others as each metric's `aggregator` says.
import cluster from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";

const asked = "placegraph:metrics";
const answered = "placegraph:metrics-answer";

interface Answer {
  type: typeof answered;
  id: number;
  text?: string;
  error?: string;
}

/** In the primary, before the workers start: answers their requests for every worker's metrics. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: { type?: string; id?: number }) => {
    if (message?.type !== asked) return;
    const reply = (fields: Omit<Answer, "type" | "id">) => worker.isConnected() && worker.send({ type: answered, id: message.id, ...fields });
    aggregator.clusterMetrics().then((text) => reply({ text }), (err: Error) => reply({ error: err.message }));
  });
}

/**
 * In a worker, from its start: answers the primary's requests for this worker's metrics (those of
 * `registries`: none until its hub runs), so that a worker still starting does not hold up every
 * scrape (the primary would wait 5 s for it, then fail).
 */
export function answerPrimaryForMetrics(registries: Registry[] = []): void {
  AggregatorRegistry.setRegistries(registries);
  new AggregatorRegistry(); // in a worker, prom-client adds its listener for the primary (once)
}

/** In a worker: shares `registry` with the primary, and returns what reads every worker's metrics from it. */
export function clusterMetricsText(registry: Registry): () => Promise<string> {
  answerPrimaryForMetrics([registry]);
  const pending = new Map<number, { resolve: (text: string) => void; reject: (err: Error) => void }>();
  let next = 0;
  process.on("message", (message: Answer) => {
    if (message?.type !== answered) return;
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiting?.reject(new Error(`Metrics of every worker unavailable: ${message.error}`));
    else waiting?.resolve(message.text ?? "");
  });
  return () =>
    new Promise((resolve, reject) => {
      if (!process.connected || !process.send) return reject(new Error("Metrics of every worker unavailable: the primary process is gone"));
      const id = next++;
      pending.set(id, { resolve, reject });
      process.send({ type: asked, id });
    });
}
