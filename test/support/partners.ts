// The example police subgraph beside a test hub: its own process, a copy of the registry that
// routes to it, and publishing into that copy as a partner would.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders, request as forward, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultRegistryDir, REGISTRY_FILE } from "../../federation/registry.ts";
import { freePort, type RunningProcess, runScript } from "./processes.ts";

export const policeDir = join(import.meta.dirname, "../../examples/partner-subgraphs/police");
export const policeSchemaFile = join(policeDir, "schema.graphql");
/** The built-in subgraphs' secret (PLACEGRAPH_SUBGRAPH_SECRET): the police never hold it. */
export const hubSecret = "test-secret-of-the-hub-and-its-built-in-subgraphs-0123456789";
/** The police's own secret: the police hold it as POLICE_HUB_SECRET, the hub as the variable the registry names. */
export const policeSecret = "test-secret-shared-by-hub-and-police-only-0123456789";
/** Where the hub's gateway reads the partners' secrets (the registry's secretEnv names). */
export const partnerSecrets = { PLACEGRAPH_SUBGRAPH_SECRET_POLICE: policeSecret };

export interface PoliceProcess {
  url: string;
  process: RunningProcess;
  stop(): Promise<void>;
}

/** Starts the police subgraph with one command (its server script) and waits until its port answers. */
export async function startPoliceProcess(env: Record<string, string> = {}): Promise<PoliceProcess> {
  const port = await freePort();
  const process = runScript("examples/partner-subgraphs/police/src/server.ts", { POLICE_PORT: String(port), POLICE_HUB_SECRET: policeSecret, ...env });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (const deadline = Date.now() + 120_000; ; ) {
    if (process.child.exitCode !== null) throw new Error(`The police subgraph exited:\n${process.output()}`);
    const answered = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{__typename}"}' }).then(() => true, () => false);
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`The police subgraph did not answer within 120 s:\n${process.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    process,
    async stop() {
      if (process.child.exitCode === null) process.child.kill("SIGTERM");
      await process.exited;
    },
  };
}

/**
 * A copy of the checked-in registry in a temporary folder, the police entry routed to `policeUrl`
 * (and other subgraphs to `urls`), with nothing of the police published yet (published/ empty).
 */
export async function registryWithUnpublishedPolice(policeUrl: string, urls: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "placegraph-partners-"));
  const registry = JSON.parse(await readFile(join(defaultRegistryDir, REGISTRY_FILE), "utf8")) as { subgraphs: { name: string; routingUrl: string }[] };
  for (const entry of registry.subgraphs) entry.routingUrl = entry.name === "police" ? policeUrl : (urls[entry.name] ?? entry.routingUrl);
  await writeFile(join(dir, REGISTRY_FILE), JSON.stringify(registry, null, 2));
  return dir;
}

/** `npm run subgraph:publish -- <name> <file> --registry <dir> [...]` as a process; its exit code and output. */
export async function publish(dir: string, name: string, file: string, ...more: string[]): Promise<{ code: number | null; output: string }> {
  const run = runScript("federation/subgraph-cli.ts", {}, ["publish", name, file, "--registry", dir, ...more]);
  const code = await run.exited;
  return { code, output: run.output() };
}

/** What the police subgraph received: each request's headers and body, recorded on the way. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: { query: string; extensions?: Record<string, unknown> };
}

/** A pass-through in front of the police subgraph that records what the hub sends it. */
export async function recordingProxy(target: string, received: Received[]): Promise<{ url: string; server: Server }> {
  const to = new URL(target);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      received.push({ headers: req.headers, body: JSON.parse(body.toString("utf8") || "{}") });
      const out = forward({ host: to.hostname, port: to.port, path: to.pathname, method: req.method, headers: { ...req.headers, host: to.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}
