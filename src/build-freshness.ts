// `npm start` runs the compiled hub under dist/ (npm run build, which npm ci runs). After a change
// under src/ or federation/ that build is stale until the next `npm run build`: say so at start,
// rather than serve yesterday's code in silence. (`npm run dev` runs the sources.)
import { stat } from "node:fs/promises";
import { compiled, filesUnder, repoPath } from "./paths.ts";

async function newestChange(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter((f) => f.endsWith(".ts"));
  const times = await Promise.all(files.map(async (f) => (await stat(f)).mtimeMs));
  return Math.max(0, ...times);
}

/** The source files changed after the build, in words; null when the build is current (or not in use). */
export async function staleBuild(): Promise<string | null> {
  if (!compiled) return null;
  const built = (await stat(repoPath("dist/src/main.js"))).mtimeMs;
  const changed = Math.max(await newestChange(repoPath("src")), await newestChange(repoPath("federation")));
  return changed > built ? "Source files changed after the last build: this runs the old build. Run `npm run build` first, or `npm run dev` to run the sources." : null;
}
