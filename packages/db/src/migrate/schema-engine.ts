import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

const require = createRequire(import.meta.url);

// The base tsconfig has no DOM lib, and @types/node does not declare WebAssembly's constructors.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, object>) => { exports: Record<string, unknown> };
}
const { Module, Instance } = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/**
 * Loads Prisma's schema engine compiled to WebAssembly. Node 20 cannot `import` a .wasm file, so
 * the module is instantiated by hand with the package's JS glue as its import object — the same
 * wiring its own entry file does for bundlers.
 */
async function loadSchemaEngineClass(): Promise<typeof SchemaEngine> {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = (await import(gluePath)) as Bindings & { __wbg_set_wasm(exports: unknown): void };
  const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
  const instance = new Instance(new Module(readFileSync(wasmPath)), { "./schema_engine_bg.js": bindings });
  // The two calls below are wasm-bindgen's fixed protocol, named by it.
  // oxlint-disable-next-line no-underscore-dangle
  bindings.__wbg_set_wasm(instance.exports);
  // oxlint-disable-next-line no-underscore-dangle
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return bindings.SchemaEngine;
}

/**
 * A schema engine connected to an in-memory PGlite. The adapter's shadow database is another
 * in-memory PGlite, which `diff` needs to replay the migrations folder.
 */
export async function openSchemaEngine(
  pglite: PGlite,
  schema: { path: string; content: string },
): Promise<SchemaEngine> {
  const Engine = await loadSchemaEngineClass();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  return Engine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, adapter);
}
