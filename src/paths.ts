// The repository's root folder, whether this code runs as TypeScript from src/ or compiled
// under dist/src/ (npm run build): every file the hub reads from the repository is found from it.
import { basename, resolve } from "node:path";

const parent = resolve(import.meta.dirname, "..");

/** The repository's root folder. */
export const repoRoot = basename(parent) === "dist" ? resolve(parent, "..") : parent;

/** A path inside the repository. */
export const repoPath = (...parts: string[]) => resolve(repoRoot, ...parts);

/** Whether this code runs compiled (npm run build) rather than from src/ through tsx. */
export const compiled = basename(parent) === "dist";
