// Every command and query README.md and docs/*.md show runs as written, against a hub holding the
// curated data, by the convention in docs/development.md ("Documentation is tested"): graphql
// blocks answer without errors, each page's sh blocks run in one bash shell and exit 0.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedGateway } from "../../src/gateway/gateway.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { type Block, fencedBlocks, kindOf, pageScript } from "../support/docs.ts";
import { postGraphQL } from "../support/hub.ts";

const root = resolve(import.meta.dirname, "../..");
const pages = ["README.md", ...readdirSync(resolve(root, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
const blocksOf = new Map<string, Block[]>(pages.map((page) => [page, fencedBlocks(readFileSync(resolve(root, page), "utf8"))]));

let db: TestDatabase;
let hub: HttpHost;
let scratch: string;

beforeAll(async () => {
  db = await openTestDatabase("postgresql", { data: "curated" });
  hub = await startEmbeddedGateway(db.prisma, { host: "127.0.0.1", port: 0 });
  scratch = mkdtempSync(join(tmpdir(), "placegraph-docs-"));
}, 600_000);

afterAll(async () => {
  await hub?.close();
  await db?.dispose();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Runs a script in bash in the repository; resolves with its exit code and output. */
function bash(script: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn("bash", ["-c", script], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => done({ code, output }));
  });
}

describe("reading the pages", () => {
  it("finds fenced blocks with their language and line, and tells how each command runs", () => {
    expect(fencedBlocks("text\n```sh\nnpm start\n```\n\n~~~graphql\n{ a }\n~~~\n```\nplain\n```")).toEqual([
      { lang: "sh", text: "npm start", line: 2 },
      { lang: "graphql", text: "{ a }", line: 6 },
      { lang: "", text: "plain", line: 9 },
    ]);
    expect(["npm ci && npm start    # the hub", "npm run postgres", "npm run subgraph -- partners --port 4101", "npm ci && npm test  # tests", "npm test", "npm run typecheck", "npm run keys -- list", "npm run subgraph:check -- police schema.graphql"].map(kindOf)).toEqual([
      { kind: "serve", command: "npm start" },
      { kind: "serve", command: "npm run postgres" },
      { kind: "serve", command: "npm run subgraph -- partners --port 4101" },
      { kind: "ci", command: "npm ci && npm test" },
      { kind: "ci", command: "npm test" },
      { kind: "run" },
      { kind: "run" },
      { kind: "run" },
    ]);
  });

  it("shows commands and queries to run in the README and the docs pages", () => {
    const count = (lang: string) => [...blocksOf.values()].flat().filter((b) => b.lang === lang).length;
    expect(blocksOf.get("README.md")!.map((b) => b.lang)).toEqual(["sh", "graphql", "sh", "text", "graphql"]);
    expect(count("sh")).toBeGreaterThan(5);
    expect(count("graphql")).toBeGreaterThan(3);
  });

  it("leaves to CI only what .ci/run runs on a fresh clone", () => {
    const ci = readFileSync(resolve(root, ".ci/run"), "utf8");
    const left = pages.flatMap((page) => pageScript(blocksOf.get(page)!, "http://127.0.0.1:1").ciCommands);
    expect(left.length).toBeGreaterThan(0);
    for (const command of new Set(left.flatMap((c) => c.split(" && ")))) expect([command, ci.includes(command)]).toEqual([command, true]);
  });
});

describe.each(pages.filter((page) => blocksOf.get(page)!.some((b) => b.lang === "graphql")))("graphql blocks of %s", (page) => {
  it("answer without errors", async () => {
    const failures: string[] = [];
    for (const block of blocksOf.get(page)!.filter((b) => b.lang === "graphql")) {
      const answer = await postGraphQL(hub.url, block.text);
      if (answer.errors || !answer.data) failures.push(`${page}:${block.line}: ${JSON.stringify(answer.errors ?? answer)}`);
    }
    expect(failures).toEqual([]);
  });
});

describe.each(pages.filter((page) => blocksOf.get(page)!.some((b) => b.lang === "sh")))("sh blocks of %s", (page) => {
  it("run and exit 0", { timeout: 900_000 }, async () => {
    const { script } = pageScript(blocksOf.get(page)!, new URL(hub.url).origin);
    const dataDir = mkdtempSync(join(scratch, "data-"));
    const { code, output } = await bash(script, {
      DATABASE_URL: db.url!,
      HUB_URL: hub.url,
      PLACEGRAPH_DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      // npm's own update notices and funding lines are not the page's output.
      npm_config_update_notifier: "false",
      npm_config_fund: "false",
    });
    expect({ page, code, output: code === 0 ? "" : output.slice(-4000) }).toEqual({ page, code: 0, output: "" });
  });
});
