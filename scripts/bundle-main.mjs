// `npm run build`, after tsc: the hub's entry (dist/src/main.js, what `npm start` runs) becomes one
// file holding its own modules and most of its dependencies. Loading some 1,500 module files
// (resolving, reading and compiling each) was the largest part of a start; one file loads in a
// fraction of that (docs/performance.md, "Fast start"). The other entries under dist/ stay as tsc
// wrote them. Left outside, and loaded from node_modules as before: packages that find their own
// files at run time (PGlite's and Prisma's wasm, pino's transports, pdf.js), the OpenTelemetry SDK
// (loaded only when tracing is configured, with src/ops/otel.ts), and type-graphql's optional
// class-validator (not installed).
import { build } from "esbuild";

const entry = "dist/src/main.js";
const external = ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/*", "pino", "pino-pretty", "@opentelemetry/*", "pdfjs-dist", "class-validator"];

/** src/ops/otel.ts stays a module of its own, imported (from the bundle's folder) only when tracing is on. */
const tracingStaysLazy = {
  name: "tracing-stays-lazy",
  setup(build) {
    build.onResolve({ filter: /^\.\/otel\.js$/ }, (args) =>
      args.importer.endsWith("/dist/src/ops/tracing.js") ? { path: "./ops/otel.js", external: true } : undefined);
  },
};

await build({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // type-graphql names GraphQL types after their classes: a renamed class would rename its type.
  keepNames: true,
  external,
  plugins: [tracingStaysLazy],
  // CommonJS packages inside an ES module bundle require Node's built-ins through this.
  banner: { js: 'import { createRequire as bundleRequire } from "node:module"; const require = bundleRequire(import.meta.url);' },
  logLevel: "warning",
});
