// `npm start`: the embedded hub (gateway and all subgraphs in one process, PGlite by default).
// On PostgreSQL it runs as PLACEGRAPH_WORKERS processes sharing the port (src/workers.ts).
import cluster from "node:cluster";
import { loadConfig } from "./config.ts";
import { type Hub, startHub } from "./hub.ts";
import { loggerFrom } from "./log.ts";
import { answerPrimaryForMetrics } from "./ops/cluster-metrics.ts";
import { startTracing, type Tracing } from "./ops/tracing.ts";
import { staleBuild } from "./build-freshness.ts";
import { exitOnStartFailure, onShutdown } from "./shutdown.ts";
import { readyLines, startingLine } from "./startup.ts";
import { runPrimary, workerCount } from "./workers.ts";

async function main() {
  const config = loadConfig();
  const log = loggerFrom(config, cluster.isWorker ? `worker ${process.pid}` : "placegraph");
  const workers = workerCount(config);
  if (cluster.isPrimary) {
    console.log(startingLine(config));
    const stale = await staleBuild();
    if (stale) log.warn(stale);
    if (!config.DATABASE_URL) log.info("PGlite belongs to one process: the hub runs as one process (PLACEGRAPH_WORKERS applies on PostgreSQL)");
    if (workers > 1) return runPrimary(config, log, workers);
  }
  // A worker answers its primary's requests for metrics from its start too (src/ops/cluster-metrics.ts).
  if (cluster.isWorker) answerPrimaryForMetrics();
  // Signals are handled from the start: a worker told to stop while it still starts exits then.
  let hub: Hub | undefined;
  let tracing: Tracing | null = null;
  onShutdown(log, config.PLACEGRAPH_SHUTDOWN_TIMEOUT_MS, async () => {
    await hub?.close();
    await tracing?.shutdown();
  });
  // Off unless the OTEL_* variables name an endpoint: then the SDK is loaded, not before.
  tracing = await startTracing("placegraph");
  hub = await startHub(config, log, tracing);
  if (cluster.isPrimary) console.log(readyLines(hub.url, config).join("\n"));
}

main().catch(exitOnStartFailure);
