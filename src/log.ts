// A minimal levelled logger writing one line per event to stderr.
const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof levels;

export interface Logger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export function createLogger(level: LogLevel, name = "placegraph"): Logger {
  const at = (l: Exclude<LogLevel, "silent">) => (msg: string) => {
    if (levels[l] >= levels[level]) process.stderr.write(`${new Date().toISOString()} ${l} [${name}] ${msg}\n`);
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
