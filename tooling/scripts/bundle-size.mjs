#!/usr/bin/env node
// The portals' initial JavaScript, gzipped: the entry chunk of each built portal and every chunk it
// imports statically (what the browser downloads before the first page shows), read from Vite's
// dist/.vite/manifest.json. Exits non-zero when a portal is over its budget.
//   node tooling/scripts/bundle-size.mjs            all three portals (build them first)
//   node tooling/scripts/bundle-size.mjs apps/school one portal's folder
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** Per portal, at most this much initial JavaScript (gzipped). */
export const BUDGET_KB = 110;

const repo = fileURLToPath(new URL("../..", import.meta.url));
const portalDirs =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ["employer", "school", "region"].map((a) => join(repo, "apps", a));

/** Files of the entry chunks and of everything they import statically. */
export function initialFiles(manifest) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith(".js"));
}

let over = false;
for (const dir of portalDirs.map((d) => resolve(d))) {
  const name = relative(repo, dir);
  const manifestPath = join(dir, "dist", ".vite", "manifest.json");
  if (!existsSync(manifestPath)) {
    console.error(`${name}: no ${relative(repo, manifestPath)}; build the portal first.`);
    over = true;
    continue;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const bytes = initialFiles(manifest).reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dir, "dist", file))).length,
    0,
  );
  const kb = bytes / 1024;
  const ok = kb <= BUDGET_KB;
  over ||= !ok;
  console.log(
    `${name}: ${kb.toFixed(1)} KB initial JavaScript (gzipped), budget ${BUDGET_KB} KB${ok ? "" : " — OVER BUDGET"}`,
  );
}
process.exit(over ? 1 : 0);
