// `npm start`: the embedded hub (gateway and all subgraphs in one process, PGlite by default).
import { loadConfig } from "./config.ts";
import { startHub } from "./hub.ts";
import { loggerFrom } from "./log.ts";
import { startTracing } from "./ops/tracing.ts";
import { exitOnStartFailure, onShutdown } from "./shutdown.ts";
import { readyLines, startingLine } from "./startup.ts";

async function main() {
  const config = loadConfig();
  const log = loggerFrom(config);
  console.log(startingLine(config));
  // Off unless the OTEL_* variables name an endpoint: then the SDK is loaded, not before.
  const tracing = await startTracing("placegraph");
  const hub = await startHub(config, log, tracing);
  console.log(readyLines(hub.url, config).join("\n"));
  onShutdown(log, config.PLACEGRAPH_SHUTDOWN_TIMEOUT_MS, async () => {
    await hub.close();
    await tracing?.shutdown();
  });
}

main().catch(exitOnStartFailure);
