// The browser test's Chromium: PLACEGRAPH_CHROMIUM when set, otherwise the usual install places.
// Tests never install it (no apt from inside vitest): when none is found the test fails with the
// command that installs it, which .ci/run runs (scripts/ensure-chromium.sh).
import { existsSync } from "node:fs";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];

export const installHint = "install it with `sudo apt-get install -y chromium` (Debian, Ubuntu; .ci/run does it), or set PLACEGRAPH_CHROMIUM to a Chromium or Chrome executable";

/** The Chromium executable to drive, or an error saying how to get one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.PLACEGRAPH_CHROMIUM;
  if (given) {
    if (!existsSync(given)) throw new Error(`PLACEGRAPH_CHROMIUM=${given}: no such file; ${installHint}`);
    return given;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`The explorer's browser test needs Chromium and found none (looked in ${candidates.join(", ")}): ${installHint}`);
  return found;
}
