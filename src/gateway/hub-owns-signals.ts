// The hub owns its shutdown (src/shutdown.ts): on SIGINT or SIGTERM it stops accepting, answers
// every request in flight, and only then disposes the gateway's engine (src/gateway/gateway.ts).
// Hive Gateway's runtime (2.12) creates its GraphQL Yoga server with disposeOnProcessTerminate
// set, with no option to turn it off; @whatwg-node/server then adds process listeners for SIGINT,
// SIGTERM and exit that dispose the engine at once, during that drain: its HTTP transport aborts
// the subgraph calls in flight (INTERNAL_SERVER_ERROR to their clients). The listeners are added
// while the runtime is created (a plugin with onDispose creates its disposable stack), so those
// added then, and only those, are removed. test/faults/signal-listeners.test.ts checks both.
const terminateEvents = ["SIGINT", "SIGTERM", "exit"];
/** The process as a plain emitter: its typed overloads take one event name at a time. */
const emitter: NodeJS.EventEmitter = process;

/** Runs `create` (which builds the gateway's runtime) and removes the process listeners it added for SIGINT, SIGTERM and exit. */
export function withoutTerminateListeners<T>(create: () => T): T {
  const before = new Map(terminateEvents.map((event) => [event, new Set(emitter.listeners(event))]));
  try {
    return create();
  } finally {
    for (const event of terminateEvents) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as () => void);
      }
    }
  }
}
