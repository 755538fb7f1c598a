// `npm run start:distributed`: each subgraph in its own process over HTTP, the gateway in front.
// PGlite belongs to one process, so this layout needs PostgreSQL through DATABASE_URL.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { resolve } from "node:path";
import { subgraphServices } from "../federation/subgraphs.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { openDatabase } from "./db/connection.ts";
import { startRemoteGateway } from "./gateway/gateway.ts";
import { prepareDatabase } from "./hub.ts";
import { subgraphSecret } from "./subgraph/signature.ts";
import { createLogger, type Logger } from "./log.ts";
import { exitOnStartFailure, onShutdown } from "./shutdown.ts";

const serveScript = resolve(import.meta.dirname, "subgraphs/serve.ts");

function spawnSubgraph(name: string, port: number, secret: string): ChildProcess {
  // tsx as a loader in one node process: no shell and no wrapper, so signals reach the subgraph itself.
  // The subgraphs answer only requests signed with the gateway's secret, handed over here.
  return spawn(process.execPath, ["--import", "tsx", serveScript, name, "--port", String(port)], {
    stdio: "inherit",
    env: { ...process.env, PLACEGRAPH_SUBGRAPH_SECRET: secret },
  });
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const readyUrl = new URL("/health/ready", url);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`Subgraph at ${url} exited with code ${child.exitCode}`);
    if (await fetch(readyUrl).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Subgraph at ${url} was not ready within ${timeoutMs} ms`);
}

async function stopChildren(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.filter((c) => c.exitCode === null).map((c) => {
      const exited = once(c, "exit");
      c.kill("SIGTERM");
      return exited;
    }),
  );
}

async function start(config: Config, log: Logger) {
  if (!config.DATABASE_URL) throw new ConfigError("The distributed layout needs PostgreSQL: set DATABASE_URL (PGlite cannot be shared between processes).");
  // Kept open for the gateway, which resolves API keys and tokens against it.
  const db = await openDatabase(config);
  await prepareDatabase(db, config, log).catch(async (err) => {
    await db.close();
    throw err;
  });
  const services = subgraphServices(config.HOST, config.PLACEGRAPH_SUBGRAPH_BASE_PORT);
  const secret = subgraphSecret(config.PLACEGRAPH_SUBGRAPH_SECRET);
  const children = services.map((s, i) => spawnSubgraph(s.name, config.PLACEGRAPH_SUBGRAPH_BASE_PORT + i, secret));
  try {
    await Promise.all(services.map((s, i) => waitUntilReady(s.routingUrl, children[i])));
    const http = await startRemoteGateway(services, { host: config.HOST, port: config.PORT }, db.prisma);
    log.info(`Placegraph gateway is serving ${http.url} in front of ${services.map((s) => `${s.name} (${s.routingUrl})`).join(", ")}`);
    onShutdown(log, config.PLACEGRAPH_SHUTDOWN_TIMEOUT_MS, async () => {
      await http.close();
      await stopChildren(children);
      await db.close();
    });
  } catch (err) {
    await stopChildren(children);
    await db.close();
    throw err;
  }
}

async function main() {
  const config = loadConfig();
  await start(config, createLogger(config.LOG_LEVEL, "gateway"));
}

main().catch(exitOnStartFailure);
