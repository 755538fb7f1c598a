// `npm run example:partner-report -- <organisation id> [--area <GSS code>]`: a partner's money by
// financial year and its led programmes' indicators against target, from a running hub
// (HUB_URL, default http://127.0.0.1:4000/graphql, i.e. `npm start`).
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createPlacegraphClient, PlacegraphRequestError } from "../../client/index.ts";
import { fetchPartnerReport, reportLines, UnknownPartner } from "./report.ts";

export const DEFAULT_HUB_URL = "http://127.0.0.1:4000/graphql";
// Coventry: the seed papers' indicators are reported for it. Other partners pass --area.
export const DEFAULT_AREA_CODE = "E08000026";

const usage = "Usage: npm run example:partner-report -- <organisation id> [--area <GSS code>]";

export interface ReportIo {
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the report; resolves to the process exit code (0 printed, 1 refused, 2 bad usage). */
export async function main(argv: string[], io: ReportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { area: { type: "string", default: DEFAULT_AREA_CODE } } });
  } catch (err) {
    io.err(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  const [organisationId, ...extra] = parsed.positionals;
  if (!organisationId || extra.length) {
    io.err(usage);
    return 2;
  }
  const client = createPlacegraphClient({ url: io.env.HUB_URL || DEFAULT_HUB_URL });
  try {
    const answers = await fetchPartnerReport(client, organisationId, parsed.values.area);
    for (const line of reportLines(answers)) io.out(line);
    return 0;
  } catch (err) {
    // Expected refusals get one line; anything else (the hub not running) says what failed.
    if (err instanceof UnknownPartner || err instanceof PlacegraphRequestError) io.err(err.message);
    else io.err(`Could not reach the hub at ${io.env.HUB_URL || DEFAULT_HUB_URL}: ${(err as Error).message} (is \`npm start\` running?)`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  // `... | head` closes the pipe early: stop quietly instead of dying on EPIPE.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  const io: ReportIo = { env: process.env, out: (l) => console.log(l), err: (l) => console.error(l) };
  main(process.argv.slice(2), io).then((code) => (process.exitCode = code));
}
