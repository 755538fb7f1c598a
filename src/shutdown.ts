// Graceful shutdown on SIGINT/SIGTERM: run the closers in order, force exit after a timeout.
import type { Logger } from "./log.ts";

export function onShutdown(log: Logger, timeoutMs: number, close: () => Promise<void>, signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM"]): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: shutting down`);
    const timer = setTimeout(() => {
      log.error(`Shutdown took longer than ${timeoutMs} ms: exiting`);
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    close().then(
      () => process.exit(0),
      (err: Error) => {
        log.error(`Shutdown failed: ${err.message}`);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: a terminal's Ctrl-C reaches every process of the group, and a cluster
  // worker then gets the same signal again from its primary; the repeat must not kill it.
  for (const signal of signals) process.on(signal, () => stop(signal));
}

/** Ends a command that could not start: the message alone, the stack only when debugging. */
export function exitOnStartFailure(err: Error): never {
  const known = err.name === "ConfigError" || err.name === "CompositionError";
  const detail = process.env.LOG_LEVEL === "debug" ? (err.stack ?? err.message) : err.message;
  console.error(known ? err.message : `Failed to start: ${detail}`);
  process.exit(1);
}
