// `npm run subgraph -- <name> --port <port>`: serves one subgraph alone over HTTP.
// It expects a migrated database (the distributed launcher migrates before starting it).
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.ts";
import { openDatabase } from "../db/connection.ts";
import { loggerFrom } from "../log.ts";
import { createMetrics } from "../ops/metrics.ts";
import { exitOnStartFailure, onShutdown } from "../shutdown.ts";
import { startSubgraphServer } from "../subgraph/serve.ts";
import { findSubgraph, subgraphs } from "./index.ts";

const usage = `Usage: npm run subgraph -- <${subgraphs.map((s) => s.name).join("|")}> --port <port>`;

async function main() {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { port: { type: "string" }, supervised: { type: "boolean" } } });
  const port = Number(values.port);
  if (positionals.length !== 1 || !Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(usage);
  const definition = findSubgraph(positionals[0]);
  const config = loadConfig();
  const log = loggerFrom(config, definition.name);
  // --supervised: started by the distributed launcher, which stops it (SIGTERM) once the gateway
  // has answered its requests in flight. A terminal's Ctrl-C reaches the whole process group: a
  // subgraph that stopped then would fail those requests ("The partners subgraph did not answer").
  if (values.supervised) process.on("SIGINT", () => log.info("SIGINT received: left to the launcher, which stops this subgraph after the gateway"));
  const db = await openDatabase(config);
  const http = await startSubgraphServer(definition, db.prisma, { host: config.HOST, port, metrics: createMetrics(db) });
  log.info(`Subgraph ${definition.name} is serving ${http.url}`);
  onShutdown(log, config.PLACEGRAPH_SHUTDOWN_TIMEOUT_MS, async () => {
    await http.close();
    await db.close();
  }, values.supervised ? ["SIGTERM"] : ["SIGINT", "SIGTERM"]);
}

main().catch(exitOnStartFailure);
