// Running the hub's commands as real processes, as a user would.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Process groups of every script started, killed when the test process exits. */
const groups = new Set<number>();
process.once("exit", () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
});

/**
 * Starts `node <program> <args>` with the given environment (added to a clean copy of this one), in
 * a process group of its own: a test that fails before stopping it (or SIGKILLs the program,
 * whose children would outlive it) leaves nothing running once the test process exits.
 */
export function runProgram(program: string, args: string[], env: Record<string, string>, nodeArgs: string[] = []): RunningProcess {
  const child = spawn(process.execPath, [...nodeArgs, resolve(root, program), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  if (child.pid) groups.add(child.pid);
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

/**
 * Starts one of the hub's commands from its sources, as runProgram does: one node process with tsx
 * as its loader (`node --import tsx`), as the distributed launcher runs its subgraphs. Not tsx's
 * CLI: it runs the script in a child and relays SIGINT/SIGTERM to it, and when the child has not
 * confirmed the signal within about 60 ms (its event loop busy answering requests, as in
 * shutdown.test.ts on a loaded machine), it SIGKILLs it: requests in flight were cut off
 * (UND_ERR_SOCKET, ECONNRESET) and the exit code was 130 or 143 instead of 0.
 */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): RunningProcess {
  return runProgram(script, args, env, ["--import", "tsx"]);
}

/**
 * SIGKILLs a started program and everything in its process group (tsx's program, a launcher's
 * subgraphs), for a test's `finally`: the exit hook above does not run when vitest ends its
 * worker with a signal, and a failed distributed test left the launcher's program and its five
 * subgraphs running.
 */
export function killGroup(proc: RunningProcess) {
  try {
    if (proc.child.pid) process.kill(-proc.child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

export async function waitForReady(url: string, proc: RunningProcess, timeoutMs = 90_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (proc.child.exitCode !== null) throw new Error(`Process exited early:\n${proc.output()}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Not ready within ${timeoutMs} ms:\n${proc.output()}`);
}
