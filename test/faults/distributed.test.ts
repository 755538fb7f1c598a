// The distributed launcher (`npm run start:distributed`, PostgreSQL only: the layout needs it):
// it refuses to start while one of its ports is taken, restarts a subgraph that dies (and logs
// it), and on SIGTERM stops every subgraph it started. (Before: SIGTERM left the five subgraph
// processes running, the next start talked to the old ones, and a crashed subgraph stayed down.)
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../support/databases.ts";
import { freePort, runScript, waitForReady } from "../support/processes.ts";

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
const subgraphPid = (name: string, port: number) => Number(execFileSync("pgrep", ["-f", `subgraphs/serve.ts ${name} --port ${port}$`]).toString().trim().split("\n")[0]);

const query = JSON.stringify({ query: `{ organisationByIdentifier(scheme: "ODS", code: "QWU") { name } }` });
const ask = (url: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: query }).then((r) => r.json(), () => null);

describe("the distributed launcher on postgresql", () => {
  it("refuses to start while a port is taken, restarts a subgraph that dies, and stops them all on SIGTERM", async () => {
    const postgres = await createPostgresDatabase();
    const port = await freePort();
    // Five consecutive free ports for the subgraphs.
    let base = await freePort();
    while (!(await Promise.all([1, 2, 3, 4].map((i) => portFree(base + i)))).every(Boolean)) base = await freePort();
    const env = { DATABASE_URL: postgres.url, PORT: String(port), HOST: "127.0.0.1", PLACEGRAPH_SUBGRAPH_BASE_PORT: String(base), PLACEGRAPH_RATE_LIMIT: "0" };

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

      process.kill(subgraphPid("partners", base), "SIGKILL");
      for (let i = 0; i < 600 && !launcher.output().includes("Subgraph partners exited (SIGKILL); restarting it in 500 ms"); i++) await new Promise((r) => setTimeout(r, 100));
      expect(launcher.output()).toContain("Subgraph partners exited (SIGKILL); restarting it in 500 ms");
      await waitForReady(`http://127.0.0.1:${base}/health/ready`, launcher, 120_000);
      expect(await ask(url)).toEqual(answer);

      launcher.child.kill("SIGTERM");
      expect(await launcher.exited).toBe(0);
      expect(await Promise.all([port, base, base + 1, base + 2, base + 3, base + 4].map(portFree))).toEqual([true, true, true, true, true, true]);
    } finally {
      if (launcher.child.exitCode === null) launcher.child.kill("SIGKILL");
      await postgres.drop();
    }
  }, 600_000);
});
