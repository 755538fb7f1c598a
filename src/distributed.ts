// `npm run start:distributed`: each subgraph in its own process over HTTP, the gateway in front.
// PGlite belongs to one process, so this layout needs PostgreSQL through DATABASE_URL.
// The launcher refuses to start while one of its ports is taken, supervises the subgraphs (one
// that exits is restarted, with a growing delay, and logged) and stops them on every way out.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { subgraphServices } from "../federation/subgraphs.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { openDatabase } from "./db/connection.ts";
import { startRemoteGateway } from "./gateway/gateway.ts";
import { prepareDatabase } from "./hub.ts";
import { loggerFrom, type Logger } from "./log.ts";
import { createMetrics } from "./ops/metrics.ts";
import { startTracing, type Tracing } from "./ops/tracing.ts";
import { exitOnStartFailure, onShutdown } from "./shutdown.ts";
import { readyLines, startingLine } from "./startup.ts";
import { subgraphSecret } from "./subgraph/signature.ts";

// Compiled (dist/src/distributed.js) the subgraphs run compiled too; from source, through tsx.
const compiled = import.meta.filename.endsWith(".js");
const serveScript = resolve(import.meta.dirname, compiled ? "subgraphs/serve.js" : "subgraphs/serve.ts");
const loader = compiled ? [] : ["--import", "tsx"];

/** Whether something already listens on host:port. */
async function portTaken(host: string, port: number): Promise<boolean> {
  const probe = createServer();
  const taken = await new Promise<boolean>((resolve) => {
    probe.once("listening", () => resolve(false));
    probe.once("error", () => resolve(true));
    probe.listen(port, host);
  });
  if (!taken) await new Promise((r) => probe.close(r));
  return taken;
}

/** One subgraph process, restarted whenever it exits until the launcher stops. */
class Supervised {
  child!: ChildProcess;
  private stopping = false;
  private delayMs = 500;
  private startedAt = 0;

  constructor(
    readonly name: string,
    private readonly port: number,
    private readonly secret: string,
    private readonly log: Logger,
  ) {
    this.spawn();
  }

  private spawn() {
    this.startedAt = Date.now();
    // One node process (compiled, or with tsx as its loader): no shell and no wrapper, so signals
    // reach the subgraph itself. The subgraphs answer only requests signed with the gateway's secret, handed over here.
    // --supervised: it leaves a terminal's Ctrl-C to this launcher, which stops it after the gateway.
    this.child = spawn(process.execPath, [...loader, serveScript, this.name, "--port", String(this.port), "--supervised"], {
      stdio: "inherit",
      env: { ...process.env, PLACEGRAPH_SUBGRAPH_SECRET: this.secret },
    });
    this.child.once("exit", (code, signal) => {
      if (this.stopping) return;
      // A subgraph that ran a minute before failing starts again at the shortest delay.
      if (Date.now() - this.startedAt > 60_000) this.delayMs = 500;
      this.log.error(`Subgraph ${this.name} exited (${signal ?? `code ${code}`}); restarting it in ${this.delayMs} ms`);
      setTimeout(() => this.stopping || this.spawn(), this.delayMs).unref();
      this.delayMs = Math.min(this.delayMs * 2, 30_000);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, "exit");
    this.child.kill("SIGTERM");
    await exited;
  }

  /** On the way out of the launcher, whatever the way: no subgraph is left behind. */
  kill() {
    this.stopping = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGTERM");
  }
}

async function waitUntilReady(url: string, subgraph: Supervised, timeoutMs = 180_000): Promise<void> {
  const readyUrl = new URL("/health/ready", url);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (await fetch(readyUrl).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Subgraph ${subgraph.name} at ${url} was not ready within ${timeoutMs} ms`);
}

async function start(config: Config, log: Logger, tracing: Tracing | null) {
  if (!config.DATABASE_URL) throw new ConfigError("The distributed layout needs PostgreSQL: set DATABASE_URL (PGlite cannot be shared between processes).");
  console.log(startingLine(config));
  const services = subgraphServices(config.HOST, config.PLACEGRAPH_SUBGRAPH_BASE_PORT);
  const ports = [config.PORT, ...services.map((_, i) => config.PLACEGRAPH_SUBGRAPH_BASE_PORT + i)];
  const taken = [];
  for (const port of ports) if (await portTaken(config.HOST, port)) taken.push(port);
  if (taken.length) {
    throw new ConfigError(`Port ${taken.join(", ")} on ${config.HOST} is already in use (another hub still running?): stop it, or set PORT and PLACEGRAPH_SUBGRAPH_BASE_PORT.`);
  }
  // Kept open for the gateway, which resolves API keys and tokens against it.
  const db = await openDatabase(config);
  await prepareDatabase(db, config, log).catch(async (err) => {
    await db.close();
    throw err;
  });
  const secret = subgraphSecret(config.PLACEGRAPH_SUBGRAPH_SECRET);
  const children = services.map((s, i) => new Supervised(s.name, config.PLACEGRAPH_SUBGRAPH_BASE_PORT + i, secret, log));
  process.once("exit", () => children.forEach((c) => c.kill()));
  const stopChildren = () => Promise.all(children.map((c) => c.stop()));
  try {
    await Promise.all(services.map((s, i) => waitUntilReady(s.routingUrl, children[i])));
    const http = await startRemoteGateway(services, { host: config.HOST, port: config.PORT, log, metrics: createMetrics(db), tracing }, db.prisma);
    log.info(`Placegraph gateway is serving ${http.url} in front of ${services.map((s) => `${s.name} (${s.routingUrl})`).join(", ")}`);
    console.log(readyLines(http.url, config).join("\n"));
    onShutdown(log, config.PLACEGRAPH_SHUTDOWN_TIMEOUT_MS, async () => {
      await http.close();
      await stopChildren();
      await db.close();
      await tracing?.shutdown();
    });
  } catch (err) {
    await stopChildren();
    await db.close();
    throw err;
  }
}

async function main() {
  const config = loadConfig();
  await start(config, loggerFrom(config, "gateway"), await startTracing("placegraph-gateway"));
}

main().catch(exitOnStartFailure);
