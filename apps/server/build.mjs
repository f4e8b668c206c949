// Bundles the server and the workspace packages it uses into dist/main.js, so production runs on plain
// `node` without a TypeScript loader. Packages with native code or WASM files beside them stay
// external and load from node_modules. Each source file keeps its own location for import.meta.url
// (data folder, migrations, portals), so the bundle belongs to this checkout.
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/** Native addons, and packages that load WASM or data files next to their own code. */
export const EXTERNAL = ["@electric-sql/pglite", "@node-rs/argon2", "@prisma/client", "pg-native"];

const sourceLocation = {
  name: "source-location",
  setup(on) {
    on.onLoad({ filter: /\/(packages|apps)\/[^/]+\/(src|generated)\/.*\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, "utf8")).replaceAll(
        "import.meta.url",
        JSON.stringify(pathToFileURL(path).href),
      ),
      loader: "ts",
    }));
  },
};

export async function buildServer() {
  await build({
    entryPoints: [new URL("src/main.ts", import.meta.url).pathname],
    outfile: new URL("dist/main.js", import.meta.url).pathname,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    external: EXTERNAL,
    plugins: [sourceLocation],
    // Bundled CommonJS packages (pg, pino) call require for Node's built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildServer();
