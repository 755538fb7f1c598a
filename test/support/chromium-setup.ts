// Global setup: the browser test needs Debian's Chromium; install it when missing, as the
// PostgreSQL setup does for the database, so `npm ci && npm test` needs nothing by hand.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const script = resolve(import.meta.dirname, "../../scripts/ensure-chromium.sh");

export default function setup() {
  execFileSync("bash", [script], { stdio: ["ignore", "ignore", "inherit"] });
}
