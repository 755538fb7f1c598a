// The distributed launcher (`npm run start:distributed`, PostgreSQL only: the layout needs it):
// it refuses to start while one of its ports is taken, restarts a subgraph that dies (and logs
// it), leaves a terminal's Ctrl-C reaching a subgraph to the launcher, and on SIGTERM stops every
// subgraph it started. (Before: SIGTERM left the five subgraph processes running, the next start
// talked to the old ones, and a crashed subgraph stayed down.)
// While a subgraph is down, answers carry every other subgraph's data and an error on each path
// the dead one serves; they are whole again once it is back, without restarting the gateway.
// (Before: the funding subgraph's fields on Organisation were non-null, so with funding down the
// whole organisation was null: no partial data.) A subgraph that accepts connections but never
// answers (stopped with SIGSTOP) gives the same partial answers with the engine's time-out, within
// PLACEGRAPH_EXECUTION_TIMEOUT_MS. (Before: the engine retried the timed-out call for another full
// time-out, so the client waited twice as long, and the answer came with HTTP 504.)
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createPostgresDatabase } from "../support/databases.ts";
import { freePort, killGroup, runScript, waitForReady } from "../support/processes.ts";

const portFree = async (port: number) => {
  const probe = createServer();
  const free = await new Promise<boolean>((resolve) => {
    probe.once("listening", () => resolve(true));
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1");
  });
  if (free) await new Promise((r) => probe.close(r));
  return free;
};

/** The pid of the process serving one subgraph on a port (the launcher's child). */
const subgraphPid = (name: string, port: number) => Number(execFileSync("pgrep", ["-f", `subgraphs/serve.ts ${name} --port ${port} --supervised$`]).toString().trim().split("\n")[0]);

const query = JSON.stringify({ query: `{ organisationByIdentifier(scheme: "ODS", code: "QWU") { name } }` });
const ask = (url: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: query }).then((r) => r.json(), () => null);

// The partner-overview operation of schema/operations: one organisation across all five subgraphs.
const overview = JSON.stringify({
  query: readFileSync(new URL("../../schema/operations/partner-overview.graphql", import.meta.url), "utf8"),
  variables: { organisationId: "coventry-city-council", areaCode: "E08000026" },
});
type Answer = { data?: { organisation: Record<string, unknown> | null } | null; errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[] };
const askOverview = (url: string): Promise<Answer> =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: overview }).then((r) => r.json() as Promise<Answer>);
// What the funding subgraph adds to Organisation in that operation.
const fundingFields = ["fundingContributions", "hostedFundingPools"];

describe("the distributed launcher on postgresql", () => {
  it("refuses to start while a port is taken, restarts a subgraph that dies, answers partially while one is down, and stops them all on SIGTERM", async () => {
    const postgres = await createPostgresDatabase();
    const port = await freePort();
    // Five consecutive free ports for the subgraphs.
    let base = await freePort();
    while (!(await Promise.all([1, 2, 3, 4].map((i) => portFree(base + i)))).every(Boolean)) base = await freePort();
    const env = { DATABASE_URL: postgres.url, PORT: String(port), HOST: "127.0.0.1", PLACEGRAPH_SUBGRAPH_BASE_PORT: String(base), PLACEGRAPH_RATE_LIMIT: "0", PLACEGRAPH_EXECUTION_TIMEOUT_MS: "4000" };
    // The engine's upstream time-out, as the launcher reads it.
    const timeoutMs = loadConfig(env).PLACEGRAPH_EXECUTION_TIMEOUT_MS;

    const blocker = createServer().listen(base + 2, "127.0.0.1");
    await once(blocker, "listening");
    const refused = runScript("src/distributed.ts", env);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain(`Port ${base + 2} on 127.0.0.1 is already in use (another hub still running?)`);
    await new Promise((r) => blocker.close(r));

    const launcher = runScript("src/distributed.ts", env);
    try {
      await waitForReady(`http://127.0.0.1:${port}/health/ready`, launcher, 240_000);
      const url = `http://127.0.0.1:${port}/graphql`;
      const answer = { data: { organisationByIdentifier: { name: "NHS Coventry and Warwickshire Integrated Care Board" } } };
      expect(await ask(url)).toEqual(answer);

      // A terminal's Ctrl-C reaches every process of the group: a subgraph leaves it to the
      // launcher, which stops the subgraphs only once the gateway has answered its requests in
      // flight. (Before: each subgraph stopped at once, and those requests failed with "The
      // partners subgraph did not answer".)
      const partners = subgraphPid("partners", base);
      process.kill(partners, "SIGINT");
      for (let i = 0; i < 600 && !launcher.output().includes('"name":"partners","msg":"SIGINT received: left to the launcher'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(launcher.output()).toContain('"name":"partners","msg":"SIGINT received: left to the launcher, which stops this subgraph after the gateway"');
      expect(await ask(url)).toEqual(answer);
      expect(subgraphPid("partners", base)).toBe(partners);
      expect(launcher.output()).not.toContain("Subgraph partners exited");

      process.kill(subgraphPid("partners", base), "SIGKILL");
      for (let i = 0; i < 600 && !launcher.output().includes("Subgraph partners exited (SIGKILL); restarting it in 500 ms"); i++) await new Promise((r) => setTimeout(r, 100));
      expect(launcher.output()).toContain("Subgraph partners exited (SIGKILL); restarting it in 500 ms");
      await waitForReady(`http://127.0.0.1:${base}/health/ready`, launcher, 120_000);
      expect(await ask(url)).toEqual(answer);

      // Funding killed while partner-overview queries run, one after another: each answer is the
      // whole one, or the whole one less funding's fields with an error on each of their paths.
      const whole = await askOverview(url);
      expect(whole.errors).toBeUndefined();
      for (const field of fundingFields) expect((whole.data!.organisation![field] as unknown[]).length).toBeGreaterThan(0);
      const withoutFunding = { ...whole.data!.organisation, ...Object.fromEntries(fundingFields.map((f) => [f, null])) };
      process.kill(subgraphPid("funding", base + 3), "SIGKILL");
      const seen: string[] = [];
      const errors = new Set<string>();
      // Bounded: stops at the first whole answer after partial ones (funding is back), or after 3000 answers.
      for (let i = 0; i < 3000 && !(seen.includes("partial") && seen.at(-1) === "whole"); i++) {
        const got = await askOverview(url);
        if (!got.errors) {
          expect(got).toEqual(whole);
          if (seen.at(-1) !== "whole") seen.push("whole");
          continue;
        }
        expect(got.data).toEqual({ organisation: withoutFunding });
        expect(got.errors.map((e) => e.path).sort()).toEqual(fundingFields.map((f) => ["organisation", f]));
        for (const e of got.errors) errors.add(`${e.extensions?.code}: ${e.message}`);
        if (seen.at(-1) !== "partial") seen.push("partial");
      }
      expect(launcher.output()).toContain("Subgraph funding exited (SIGKILL); restarting it in 500 ms");
      // Whole (before the kill took effect, maybe), then partial while it was down, then whole again.
      expect(seen.slice(seen.indexOf("partial"))).toEqual(["partial", "whole"]);
      // The engine's code for a subgraph request that failed: refused while funding was down, or
      // reset for a request in flight when it was killed (which of them a run sees depends on timing).
      expect(errors.size).toBeGreaterThan(0);
      // Masked (the launcher does not run in development): which subgraph, never its address.
      expect([...errors]).toEqual(["SUBREQUEST_HTTP_ERROR: The funding subgraph did not answer"]);

      // Funding stopped (SIGSTOP): its port still accepts connections, but nothing answers. Each
      // answer (one after another: the engine shares one subgraph call among identical requests
      // in flight) waits for the upstream time-out, no longer, and carries everything but
      // funding's fields, with the engine's time-out on each of their paths.
      const funding = subgraphPid("funding", base + 3);
      process.kill(funding, "SIGSTOP");
      try {
        for (let i = 0; i < 2; i++) {
          const started = Date.now();
          const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: overview });
          const paused = (await res.json()) as Answer;
          const waited = Date.now() - started;
          expect(paused).toEqual({
            data: { organisation: withoutFunding },
            errors: fundingFields.map((f) => ({ message: "The operation was aborted due to timeout", path: ["organisation", f], extensions: { code: "GATEWAY_TIMEOUT" } })),
          });
          expect(res.status).toBe(200);
          // Nothing of the subgraph's address (its port) reaches the client.
          expect(JSON.stringify(paused)).not.toContain(String(base + 3));
          // The time-out bounds the subgraph call and its retry together: a timed-out call retried
          // for another full time-out (as before) takes at least twice as long.
          expect(waited).toBeGreaterThanOrEqual(timeoutMs);
          expect(waited).toBeLessThan(2 * timeoutMs);
        }
      } finally {
        process.kill(funding, "SIGCONT");
      }
      // Resumed: whole answers again, from the same gateway and the same funding process.
      expect(await askOverview(url)).toEqual(whole);
      expect(subgraphPid("funding", base + 3)).toBe(funding);

      launcher.child.kill("SIGTERM");
      expect(await launcher.exited).toBe(0);
      expect(await Promise.all([port, base, base + 1, base + 2, base + 3, base + 4].map(portFree))).toEqual([true, true, true, true, true, true]);
    } finally {
      killGroup(launcher);
      await postgres.drop();
    }
  }, 600_000);
});
