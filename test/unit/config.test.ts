import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, isInMemory, loadConfig, rateLimitFrom } from "../../src/config.ts";

describe("configuration", () => {
  it("runs the embedded hub on defaults", () => {
    expect(loadConfig({})).toEqual({
      HOST: "127.0.0.1",
      PORT: 4000,
      PLACEGRAPH_DATA_DIR: "data/pglite",
      PLACEGRAPH_SEED: true,
      PLACEGRAPH_SOURCES_DIR: resolve(import.meta.dirname, "../../sources"),
      PLACEGRAPH_JWT_ALGORITHM: "RS256",
      PLACEGRAPH_JWT_AUDIENCE: "placegraph",
      PLACEGRAPH_SUBGRAPH_BASE_PORT: 4001,
      PLACEGRAPH_SHUTDOWN_TIMEOUT_MS: 10000,
      PLACEGRAPH_MAX_DEPTH: 12,
      PLACEGRAPH_MAX_ALIASES: 15,
      PLACEGRAPH_MAX_ROOT_FIELDS: 20,
      PLACEGRAPH_MAX_TOKENS: 3000,
      PLACEGRAPH_MAX_DIRECTIVES: 20,
      PLACEGRAPH_MAX_COST: 50000,
      PLACEGRAPH_COST_LIST_SIZE: 10,
      PLACEGRAPH_MAX_STRING_LENGTH: 2000,
      PLACEGRAPH_EXECUTION_TIMEOUT_MS: 15000,
      PLACEGRAPH_RATE_LIMIT: 600,
      PLACEGRAPH_RATE_LIMIT_WINDOW_S: 60,
      PLACEGRAPH_INTROSPECTION: true,
      PLACEGRAPH_CORS_ORIGINS: [],
      PLACEGRAPH_SUPERGRAPH_POLL_MS: 2000,
      LOG_LEVEL: "info",
    });
  });

  it("refuses a short subgraph secret and a poll interval under 100 ms", () => {
    expect(() => loadConfig({ PLACEGRAPH_SUBGRAPH_SECRET: "short", PLACEGRAPH_SUPERGRAPH_POLL_MS: "10" })).toThrow(
      'Invalid configuration:\n  PLACEGRAPH_SUBGRAPH_SECRET="short": must be at least 32 characters\n  PLACEGRAPH_SUPERGRAPH_POLL_MS="10": must be a whole number of milliseconds, at least 100',
    );
  });

  it("reads values and treats empty variables as unset", () => {
    const config = loadConfig({ PORT: "8080", DATABASE_URL: "postgresql://u@127.0.0.1:5432/hub", PLACEGRAPH_SEED: "0", LOG_LEVEL: "" });
    expect(config).toMatchObject({ PORT: 8080, DATABASE_URL: "postgresql://u@127.0.0.1:5432/hub", PLACEGRAPH_SEED: false, LOG_LEVEL: "info" });
    expect(isInMemory({ PLACEGRAPH_DATA_DIR: "memory" })).toBe(true);
    expect(loadConfig({ PLACEGRAPH_SOURCES_DIR: "/srv/papers" }).PLACEGRAPH_SOURCES_DIR).toBe("/srv/papers");
    expect(rateLimitFrom(loadConfig({ PLACEGRAPH_RATE_LIMIT: "0", PLACEGRAPH_RATE_LIMIT_WINDOW_S: "10" }))).toEqual({ requests: 0, windowSeconds: 10 });
  });

  it("names every bad variable, its value and what it must be", () => {
    const bad = () =>
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", PLACEGRAPH_SEED: "yes", PLACEGRAPH_SUBGRAPH_BASE_PORT: "70000", PLACEGRAPH_RATE_LIMIT: "-1", PLACEGRAPH_RATE_LIMIT_WINDOW_S: "0" });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(
      [
        "Invalid configuration:",
        '  PORT="abc": must be a whole number from 0 to 65535 (0 picks a free port)',
        '  DATABASE_URL="mysql://x": must be a postgres:// or postgresql:// URL',
        '  PLACEGRAPH_SEED="yes": must be true, false, 1 or 0',
        '  PLACEGRAPH_SUBGRAPH_BASE_PORT="70000": must be a whole number from 0 to 65535 (0 picks a free port)',
        '  PLACEGRAPH_RATE_LIMIT="-1": must be a whole number of requests per window, at least 0 (0 turns the rate limit off)',
        '  PLACEGRAPH_RATE_LIMIT_WINDOW_S="0": must be a whole number of seconds, at least 1',
      ].join("\n"),
    );
  });
});
