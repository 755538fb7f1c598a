// Summarises a V8 CPU profile (node --cpu-prof): self time by function and by package.
// Run: npx tsx bench/profile-summary.ts <file.cpuprofile> [top]
import { readFileSync } from "node:fs";

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const profile = JSON.parse(readFileSync(process.argv[2], "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const top = Number(process.argv[3] ?? 25);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const packageOf = (url: string) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (!url) return "(native/gc/idle)";
  if (url.startsWith("node:")) return "node:internal";
  return url.includes("/src/") ? "placegraph" : url.split("/").slice(-2).join("/");
};
const sum = (key: (n: Node) => string) => {
  const out = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    out.set(key(n), (out.get(key(n)) ?? 0) + us);
  }
  return [...out.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
};
const show = (title: string, rows: [string, number][]) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [k, us] of rows) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
};
show("Self time by package", sum((n) => packageOf(n.callFrame.url)));
show("Self time by function", sum((n) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/.*node_modules\//, "")}:${n.callFrame.lineNumber}`));
