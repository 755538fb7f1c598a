// `npm start`: the embedded hub (gateway and all subgraphs in one process, PGlite by default).
import { loadConfig } from "./config.ts";
import { startHub } from "./hub.ts";
import { createLogger } from "./log.ts";
import { exitOnStartFailure, onShutdown } from "./shutdown.ts";
import { readyLines, startingLine } from "./startup.ts";

async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  console.log(startingLine(config));
  const hub = await startHub(config, log);
  console.log(readyLines(hub.url, config).join("\n"));
  onShutdown(log, config.PLACEGRAPH_SHUTDOWN_TIMEOUT_MS, () => hub.close());
}

main().catch(exitOnStartFailure);
