// The repository's root folder, whether this code runs as TypeScript from src/ or compiled
// under dist/src/ (npm run build): every file the hub reads from the repository is found from it.
import { readdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";

const parent = resolve(import.meta.dirname, "..");

/** The repository's root folder. */
export const repoRoot = basename(parent) === "dist" ? resolve(parent, "..") : parent;

/** A path inside the repository. */
export const repoPath = (...parts: string[]) => resolve(repoRoot, ...parts);

/** Whether this code runs compiled (npm run build) rather than from src/ through tsx. */
export const compiled = basename(parent) === "dist";

/** Every file under a folder, in a stable order; none when the folder is missing. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}
