// The production layout for the benchmarks: the engine the hive-gateway CLI wraps
// (createGatewayRuntime) with gateway.config.ts, over the checked-in supergraph routed to the
// subgraph servers of a distributed layout (PLACEGRAPH_SUBGRAPH_BASE_PORT, in federation/subgraphs
// order). In-process rather than through the CLI (test/integration/production-layout.test.ts
// runs the CLI), so that its CPU is one process's to read; the CLI serves the same runtime with
// the same configuration.
// Run by bench/throughput.ts: node --import tsx bench/production.ts (PORT, DATABASE_URL,
// PLACEGRAPH_SUBGRAPH_SECRET, PLACEGRAPH_SUBGRAPH_BASE_PORT from the environment).
import { once } from "node:events";
import http from "node:http";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { subgraphServices } from "../federation/subgraphs.ts";
import { loadConfig } from "../src/config.ts";
import { routedSupergraph } from "../src/gateway/supergraph-file.ts";

const config = loadConfig();
const supergraph = await routedSupergraph(subgraphServices(config.HOST, config.PLACEGRAPH_SUBGRAPH_BASE_PORT));
const { gatewayConfig } = await import("../gateway.config.ts");
const runtime = createGatewayRuntime({ ...gatewayConfig, supergraph });
const server = http.createServer(runtime);
server.listen(config.PORT, config.HOST);
await once(server, "listening");
const stop = () => server.close(() => void Promise.resolve(runtime.dispose()).finally(() => process.exit(0)));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
