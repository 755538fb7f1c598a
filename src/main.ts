// `npm start`: the embedded hub (gateway and all subgraphs in one process, PGlite by default).
// On PostgreSQL it runs as PLACEGRAPH_WORKERS processes sharing the port (src/workers.ts).
import cluster from "node:cluster";
import { loadConfig } from "./config.ts";
import { startHub } from "./hub.ts";
import { loggerFrom } from "./log.ts";
import { startTracing } from "./ops/tracing.ts";
import { exitOnStartFailure, onShutdown } from "./shutdown.ts";
import { readyLines, startingLine } from "./startup.ts";
import { runPrimary, workerCount } from "./workers.ts";

async function main() {
  const config = loadConfig();
  const log = loggerFrom(config, cluster.isWorker ? `worker ${process.pid}` : "placegraph");
  const workers = workerCount(config);
  if (cluster.isPrimary) {
    console.log(startingLine(config));
    if (!config.DATABASE_URL) log.info("PGlite belongs to one process: the hub runs as one process (PLACEGRAPH_WORKERS applies on PostgreSQL)");
    if (workers > 1) return runPrimary(config, log, workers);
  }
  // Off unless the OTEL_* variables name an endpoint: then the SDK is loaded, not before.
  const tracing = await startTracing("placegraph");
  const hub = await startHub(config, log, tracing);
  if (cluster.isPrimary) console.log(readyLines(hub.url, config).join("\n"));
  onShutdown(log, config.PLACEGRAPH_SHUTDOWN_TIMEOUT_MS, async () => {
    await hub.close();
    await tracing?.shutdown();
  });
}

main().catch(exitOnStartFailure);
