// The prepared embedded database (src/db/snapshot.ts) is used only when it was built from the
// current curated dataset and migrations: a stale or unrecorded archive is never restored.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curatedHash, currentSnapshot } from "../../src/db/snapshot.ts";

describe("the curated dataset's snapshot", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "placegraph-snapshot-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is restored when its recorded hash is the current dataset's and migrations'", async () => {
    const archive = join(dir, "current.tar.gz");
    await writeFile(archive, "archive bytes");
    await writeFile(`${archive}.sha256`, `${await curatedHash()}\n`);
    const blob = await currentSnapshot(archive);
    expect(await blob?.text()).toBe("archive bytes");
  });

  it("is never restored when the hash differs (a changed dataset or migration) or is missing", async () => {
    const stale = join(dir, "stale.tar.gz");
    await writeFile(stale, "archive bytes");
    await writeFile(`${stale}.sha256`, `${"0".repeat(64)}\n`);
    expect(await currentSnapshot(stale)).toBeNull();
    const unrecorded = join(dir, "unrecorded.tar.gz");
    await writeFile(unrecorded, "archive bytes");
    expect(await currentSnapshot(unrecorded)).toBeNull();
  });

  it("hashes the dataset files and migrations in a stable order", async () => {
    expect(await curatedHash()).toMatch(/^[0-9a-f]{64}$/);
    expect(await curatedHash()).toBe(await curatedHash());
  });
});
