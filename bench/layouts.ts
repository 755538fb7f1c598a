// How the benchmarks start each layout: the commands `npm start`, `npm run start:distributed` and
// `npm run subgraph` run (compiled under dist/ by `npm run build`; from source through tsx when
// there is no build).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "./lib.ts";

const script = (name: string) => {
  const compiled = resolve(repoRoot, `dist/src/${name}.js`);
  return existsSync(compiled) ? [compiled] : ["--import", "tsx", resolve(repoRoot, `src/${name}.ts`)];
};

/** The embedded hub (src/main.ts). */
export const hubArgs = () => script("main");

/** The distributed layout: gateway plus one process per subgraph (src/distributed.ts). */
export const distributedArgs = () => script("distributed");

/** One subgraph alone over HTTP (src/subgraphs/serve.ts). */
export const subgraphArgs = (name: string, port: number) => [...script("subgraphs/serve"), name, "--port", String(port)];
