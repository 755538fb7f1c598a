// A prepared embedded database: the curated dataset imported once at build time (`npm run build`)
// and saved as a PGlite data directory archive, so a fresh embedded hub restores it in a moment
// instead of importing the dataset record by record. The archive records the hash of what it was
// built from (the curated dataset files, the source documents, the migrations and the importer's
// code); a stale archive is never used.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { curatedDatasetDir, seedIfEmpty } from "../dataset/curated.ts";
import { PrismaClient } from "../generated/prisma/client.ts";
import { filesUnder, repoPath, repoRoot } from "../paths.ts";
import { applyMigrations, migrationsDir } from "./migrations.ts";
import { withAwaitedScripts } from "./whole-scripts.ts";

export const snapshotFile = repoPath("dist/snapshot/curated.tar.gz");
const hashFileOf = (archive: string) => `${archive}.sha256`;

/** The importer's code: src/dataset/ and each subgraph's part of the dataset format (dataset*.ts). */
async function importerFiles(): Promise<string[]> {
  const subgraphs = (await filesUnder(repoPath("src/subgraphs"))).filter((f) => /\/dataset[^/]*\.ts$/.test(f));
  return [...(await filesUnder(repoPath("src/dataset"))), ...subgraphs];
}

/**
 * The sha256 of everything the snapshot's content follows from: the dataset files, the source
 * documents its citations quote, the migrations and the importer's code.
 */
export async function curatedHash(): Promise<string> {
  const hash = createHash("sha256");
  const inputs = [curatedDatasetDir, repoPath("sources"), migrationsDir];
  const files = [...(await Promise.all(inputs.map(filesUnder))).flat(), ...(await importerFiles())];
  for (const file of files) {
    hash.update(relative(repoRoot, file)).update("\0").update(await readFile(file)).update("\0");
  }
  return hash.digest("hex");
}

/** Whether the archive records this hash of what it was built from. */
export async function builtFrom(hash: string, archive = snapshotFile): Promise<boolean> {
  const recorded = await readFile(hashFileOf(archive), "utf8").catch(() => null);
  return recorded?.trim() === hash;
}

/** The snapshot when it was built from the current dataset, sources, migrations and importer; otherwise null. */
export async function currentSnapshot(archive = snapshotFile): Promise<Blob | null> {
  return (await builtFrom(await curatedHash(), archive)) ? new Blob([await readFile(archive)]) : null;
}

/**
 * Imports the curated dataset into an in-memory PGlite and writes its data directory archive,
 * recording `hash` (curatedHash(), taken before the import: what the archive is built from).
 */
export async function buildSnapshot(sourcesDir: string, hash: string): Promise<string> {
  const pglite = new PGlite();
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  try {
    await applyMigrations(withAwaitedScripts(new PrismaPGlite(pglite)));
    const seeded = await seedIfEmpty(prisma, sourcesDir);
    const archive = await pglite.dumpDataDir("gzip");
    await mkdir(dirname(snapshotFile), { recursive: true });
    await writeFile(snapshotFile, Buffer.from(await archive.arrayBuffer()));
    await writeFile(hashFileOf(snapshotFile), `${hash}\n`);
    return `${relative(repoRoot, snapshotFile)} (${seeded})`;
  } finally {
    await prisma.$disconnect();
    await pglite.close();
  }
}
