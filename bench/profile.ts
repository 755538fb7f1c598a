// Profiles the embedded hub (one process, PostgreSQL, curated data) under the README
// cross-subgraph query: node --cpu-prof around one bounded load run, then its summary.
// Run: npm run bench:profile [-- --seconds 10]   (the profile is left in /tmp/placegraph-profile/)
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { body, cell, curatedDatabase, freePort, machine, repoRoot, serverEnv, startServer, stopLocalPostgres } from "./lib.ts";
import { hubArgs } from "./layouts.ts";
import { readmeQuery } from "./operations.ts";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" } } });
const dir = "/tmp/placegraph-profile";
const db = await curatedDatabase("profile");
try {
  const port = await freePort();
  const hub = await startServer("embedded hub", [`--cpu-prof`, `--cpu-prof-dir=${dir}`, ...hubArgs()], serverEnv({ DATABASE_URL: db.url, PORT: String(port), PLACEGRAPH_WORKERS: "1" }), port);
  const request = body(readmeQuery);
  await cell(hub, request, 2);
  const result = await cell(hub, request, Number(values.seconds));
  await hub.stop();
  console.log(`README query, ${values.seconds} s at concurrency 10: ${result.rps.toFixed(0)} req/s, ${result.cpuMs.toFixed(2)} CPU ms/request; ${machine()}`);
  const newest = (await readdir(dir)).filter((f) => f.endsWith(".cpuprofile")).sort().at(-1)!;
  console.log(execFileSync(process.execPath, ["--import", "tsx", join(repoRoot, "bench/profile-summary.ts"), join(dir, newest), "25"], { encoding: "utf8" }));
} finally {
  await db.drop();
  await stopLocalPostgres();
}
