// `npm start`: the embedded hub (gateway and all subgraphs in one process, PGlite by default).
import { loadConfig } from "./config.ts";
import { startHub } from "./hub.ts";
import { createLogger } from "./log.ts";
import { exitOnStartFailure, onShutdown } from "./shutdown.ts";

async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const store = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${config.PLACEGRAPH_DATA_DIR}`;
  log.info(`Starting the embedded hub on ${store}`);
  const hub = await startHub(config, log);
  log.info(`Placegraph is serving ${hub.url}`);
  onShutdown(log, config.PLACEGRAPH_SHUTDOWN_TIMEOUT_MS, () => hub.close());
}

main().catch(exitOnStartFailure);
