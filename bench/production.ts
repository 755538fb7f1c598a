// The production layout for the benchmarks: the engine the hive-gateway CLI wraps
// (createGatewayRuntime) with gateway.config.ts, over the checked-in supergraph routed to the
// subgraph servers of a distributed layout (PLACEGRAPH_SUBGRAPH_BASE_PORT, in federation/subgraphs
// order), as test/integration/production-layout.test.ts runs it. The CLI package itself (about
// 1 GB) is not installed here; it serves the same runtime with the same configuration.
// Run by bench/throughput.ts: node --import tsx bench/production.ts (PORT, DATABASE_URL,
// PLACEGRAPH_SUBGRAPH_SECRET, PLACEGRAPH_SUBGRAPH_BASE_PORT from the environment).
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import http from "node:http";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { subgraphServices } from "../federation/subgraphs.ts";
import { loadConfig } from "../src/config.ts";

const config = loadConfig();
let supergraph = await readFile(new URL("../schema/supergraph.graphql", import.meta.url), "utf8");
for (const s of subgraphServices(config.HOST, config.PLACEGRAPH_SUBGRAPH_BASE_PORT)) {
  supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${s.name}", url: ")[^"]+`), `$1${s.routingUrl}`);
}
const { gatewayConfig } = await import("../gateway.config.ts");
const runtime = createGatewayRuntime({ ...gatewayConfig, supergraph });
const server = http.createServer(runtime);
server.listen(config.PORT, config.HOST);
await once(server, "listening");
const stop = () => server.close(() => void Promise.resolve(runtime.dispose()).finally(() => process.exit(0)));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
