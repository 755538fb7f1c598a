// Benchmark: the latestMeasurement dashboard (every indicator's latest value for one area) on the
// curated data and on 100 times as many measurements (each series extended 99 years back, so the
// answer is the same), two embedded hubs side by side, cells interleaved in one run.
// Run: npm run bench:latest [-- --seconds 5 --rounds 3]   (needs PostgreSQL, see bench/lib.ts)
import { parseArgs } from "node:util";
import pg from "pg";
import { body, cell, type Cell, checkAnswers, curatedDatabase, freePort, machine, median, serverEnv, startServer, stopLocalPostgres } from "./lib.ts";
import { hubArgs } from "./layouts.ts";
import { dashboardQuery } from "./operations.ts";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "5" }, rounds: { type: "string", default: "3" } } });
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);

const request = body(dashboardQuery, { areaCode: "E08000026" });

/** 99 more measurements per measurement, each a year earlier than the last: the latest stay the latest. */
async function grow(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = `"indicatorCode", "areaCode", "sex", "period", "value", "count", "denominator", "lowerConfidenceLimit", "upperConfidenceLimit", "reportedById", "publication", "sourceDocumentId", "sourceFirstLine", "sourceLastLine", "asWritten"`;
    await client.query(`
      INSERT INTO "Measurement" (${columns}, "periodStart", "periodEnd")
      SELECT ${columns}, ("periodStart" - make_interval(years => g))::date, ("periodEnd" - make_interval(years => g))::date
      FROM "Measurement", generate_series(1, 99) AS g`);
    await client.query(`ANALYZE "Measurement"`);
    return Number((await client.query(`SELECT count(*) FROM "Measurement"`)).rows[0].count);
  } finally {
    await client.end();
  }
}

const small = await curatedDatabase("latest1x");
const large = await curatedDatabase("latest100x");
const grown = await grow(large.url);
const servers = await Promise.all(
  [small, large].map(async (db, i) => {
    const port = await freePort();
    return startServer(i ? "hub at 100x" : "hub at 1x", hubArgs(), serverEnv({ DATABASE_URL: db.url, PORT: String(port) }), port);
  }),
);
try {
  const [answerSmall, answerLarge] = await Promise.all(servers.map((s) => checkAnswers(s.url, request)));
  if (JSON.stringify(answerSmall) !== JSON.stringify(answerLarge)) throw new Error("The dashboard answers differently at 1x and 100x: the benchmark data is wrong");
  // Warm up both (JIT, connection pools) before measuring.
  for (const s of servers) await cell(s, request, 2);
  const cells: Cell[][] = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const [i, s] of servers.entries()) cells[i].push(await cell(s, request, seconds));
  }
  const p50 = cells.map((c) => median(c.map((x) => x.p50)));
  const rps = cells.map((c) => median(c.map((x) => x.rps)));
  const cpu = cells.map((c) => median(c.map((x) => x.cpuMs)));
  console.log(`latestMeasurement dashboard, ${rounds} interleaved rounds of ${seconds} s per cell, concurrency 10; ${machine()}`);
  console.log(`| data | measurements | median req/s | median p50 ms | CPU ms/request |`);
  console.log(`|---|---|---|---|---|`);
  for (const [i, label] of ["1x", "100x"].entries()) {
    console.log(`| ${label} | ${i ? grown : grown / 100} | ${rps[i].toFixed(0)} | ${p50[i].toFixed(1)} | ${cpu[i].toFixed(2)} |`);
  }
  console.log(`p50 at 100x / p50 at 1x: ${(p50[1] / p50[0]).toFixed(2)} (target at most 1.3)`);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await small.drop();
  await large.drop();
  await stopLocalPostgres();
}
