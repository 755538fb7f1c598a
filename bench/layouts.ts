// How the benchmarks start each layout: the same commands `npm start`, `npm run start:distributed`
// and `npm run subgraph` run.
import { resolve } from "node:path";
import { repoRoot } from "./lib.ts";

const tsx = ["--import", "tsx"];

/** The embedded hub (src/main.ts). */
export const hubArgs = () => [...tsx, resolve(repoRoot, "src/main.ts")];

/** The distributed layout: gateway plus one process per subgraph (src/distributed.ts). */
export const distributedArgs = () => [...tsx, resolve(repoRoot, "src/distributed.ts")];

/** One subgraph alone over HTTP (src/subgraphs/serve.ts). */
export const subgraphArgs = (name: string, port: number) => [...tsx, resolve(repoRoot, "src/subgraphs/serve.ts"), name, "--port", String(port)];
