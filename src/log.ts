// The hub's logs: pino, one JSON object a line on stderr (stdout carries the start-up lines a
// person reads, src/startup.ts). Pretty-printed through pino-pretty when NODE_ENV=development;
// pino-pretty is loaded only then. The level comes from LOG_LEVEL, read once at start.
import { pino, type DestinationStream, type Logger as PinoLogger } from "pino";
import type { Config } from "./config.ts";

export type Logger = PinoLogger;
export type LogLevel = Config["LOG_LEVEL"];

export interface LogOptions {
  level: LogLevel;
  /** The component, written as "name" on every line: "placegraph", "gateway", a subgraph's name. */
  name?: string;
  /** Human-readable lines (pino-pretty) instead of JSON; by default NODE_ENV=development. */
  pretty?: boolean;
  /** Where JSON lines go instead of stderr (tests capture them). */
  destination?: DestinationStream;
}

/** The logger of a process or component (its "name"; a pino child would write "name" twice). */
export function createLogger(options: LogOptions | LogLevel, name = "placegraph"): Logger {
  const { level, pretty = process.env.NODE_ENV === "development", destination, ...rest } = typeof options === "string" ? { level: options } : options;
  const base = { level, name: rest.name ?? name, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  if (destination) return pino(base, destination);
  if (pretty) return pino({ ...base, transport: { target: "pino-pretty", options: { destination: 2, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" } } });
  return pino(base, pino.destination({ dest: 2, sync: true }));
}

/** The logger of a command, from the configuration read at its start. */
export const loggerFrom = (config: Pick<Config, "LOG_LEVEL" | "NODE_ENV">, name = "placegraph"): Logger =>
  createLogger({ level: config.LOG_LEVEL, name, pretty: config.NODE_ENV === "development" });
