// Prisma's schema engine as WebAssembly, for creating and applying migrations without the
// native engine binary (which cannot be downloaded here). The package's entry imports a .wasm
// file, which Node cannot import, so the module is instantiated by hand.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type EngineModule = typeof import("@prisma/schema-engine-wasm");

let loaded: Promise<EngineModule> | undefined;

async function instantiate(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  // The package exports only its entry, which sits beside the glue code and the .wasm file.
  const dir = dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = (await import(pathToFileURL(join(dir, "schema_engine_bg.js")).href)) as EngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const module = new WebAssembly.Module(await readFile(join(dir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(module, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/** Starts a schema engine over a driver adapter (PGlite or PostgreSQL). */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  datamodels: [path: string, content: string][],
): Promise<SchemaEngine> {
  loaded ??= instantiate();
  const { SchemaEngine } = await loaded;
  // Unwrapped, the engine calls the factory's methods unbound and loses `this`.
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  const log = () => {};
  return SchemaEngine.new({ datamodels }, log, adapter);
}
