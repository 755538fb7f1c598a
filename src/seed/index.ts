// Loads the seed fixtures (prisma/fixtures/<subgraph>.json) into an empty database, all in one
// transaction, so the hub is never empty on first start. The curated dataset and its importer
// (a later issue) replace these. Each subgraph's fixture has its own loader, listed in
// dependency order: a fixture may refer to records of the fixtures before it.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { loadFundingFixture } from "./funding.ts";
import { loadOutcomesFixture } from "./outcomes.ts";
import { loadGovernanceFixture } from "./governance.ts";
import { loadPartnersFixture } from "./partners.ts";
import { loadProgrammesFixture } from "./programmes.ts";

export type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface FixtureLoader {
  /** The fixture file under prisma/fixtures, e.g. "partners.json". */
  file: string;
  /** Writes the parsed fixture; returns a short summary such as "19 organisations". */
  load(tx: Transaction, fixture: any): Promise<string>;
}

const loaders: FixtureLoader[] = [
  { file: "partners.json", load: loadPartnersFixture },
  { file: "governance.json", load: loadGovernanceFixture },
  { file: "programmes.json", load: loadProgrammesFixture },
  { file: "funding.json", load: loadFundingFixture },
  { file: "outcomes.json", load: loadOutcomesFixture },
];

export const fixtureDir = resolve(import.meta.dirname, "../../prisma/fixtures");

/** Loads every fixture when the database has no organisations; returns a summary or null. */
export async function seedIfEmpty(prisma: PrismaClient, dir = fixtureDir): Promise<string | null> {
  if ((await prisma.organisation.count()) > 0) return null;
  const fixtures = await Promise.all(loaders.map(async (l) => JSON.parse(await readFile(resolve(dir, l.file), "utf8"))));
  const summaries = await prisma.$transaction(
    async (tx) => {
      const done: string[] = [];
      for (const [i, loader] of loaders.entries()) done.push(await loader.load(tx, fixtures[i]));
      return done;
    },
    { timeout: 60_000 },
  );
  return `the seed fixtures: ${summaries.join("; ")}`;
}
