// What `npm start` runs: dist/src/main.js, which `npm run build` (run by `npm ci`) bundles into one
// file with esbuild (scripts/bundle-main.mjs). The commands test runs the sources through tsx; this
// one starts the bundle itself, on a fresh data directory (the snapshot restored), so that what
// users start is what the tests start too.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoPath } from "../../src/paths.ts";
import { icbLookup, postGraphQL } from "../support/hub.ts";
import { freePort, killGroup, runProgram, waitForReady } from "../support/processes.ts";

const entry = "dist/src/main.js";
const { query: icbQuery, answer: icbAnswer } = icbLookup;

describe("the built hub (npm start: node dist/src/main.js)", () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), "placegraph-built-")), "pglite");
  afterAll(() => rmSync(join(dataDir, ".."), { recursive: true, force: true }));

  it("is one bundled file: the hub's modules are inside it, not imported from dist/src", () => {
    const code = readFileSync(repoPath(entry), "utf8");
    expect(code).toContain("// dist/src/hub.js");
    expect(code).not.toMatch(/from "\.\/hub\.js"|import\("\.\/gateway\/gateway\.js"\)/);
    // The OpenTelemetry SDK stays outside, loaded with src/ops/otel.ts only when tracing is configured.
    expect(code).toContain('import("./ops/otel.js")');
    expect(code).not.toMatch(/^import .* from "@opentelemetry\//m);
  });

  it("restores the snapshot, answers, serves the explorer and its files, and stops on SIGTERM", async () => {
    const port = await freePort();
    const hub = runProgram(entry, [], { PORT: String(port), PLACEGRAPH_DATA_DIR: dataDir, PLACEGRAPH_SEED: "true" });
    try {
      await waitForReady(`http://127.0.0.1:${port}/health/ready`, hub);
      expect(await postGraphQL(`http://127.0.0.1:${port}/graphql`, icbQuery)).toEqual(icbAnswer);
      const explorer = await fetch(`http://127.0.0.1:${port}/explorer`);
      expect(explorer.status).toBe(200);
      const script = /src="(\/explorer\/assets\/graphiql[^"]*)"/.exec(await explorer.text())?.[1];
      expect((await fetch(`http://127.0.0.1:${port}${script}`)).status).toBe(200);
      hub.child.kill("SIGTERM");
      expect(await hub.exited).toBe(0);
    } finally {
      killGroup(hub);
    }
    const log = hub.output();
    expect(log.split("\n")[0]).toBe(`Placegraph is starting on http://127.0.0.1:${port} with PGlite (embedded) in ${dataDir}...`);
    expect(log).toContain("Restoring the curated dataset from its prepared snapshot");
    expect(log).toContain("Stop it with Ctrl-C.");
    expect(log).not.toMatch(/warn|deprecat|\n\s+at /i);
  });
});
