import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would hand tests graphql's ESM build while type-graphql and Apollo load the CommonJS
    // one, and graphql refuses to mix the two ("another module or realm"): use one copy.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["reflect-metadata"],
    globalSetup: ["test/support/postgres-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
    // One JSON log line per request would bury the test output; tests that read logs give their own logger.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
  },
});
