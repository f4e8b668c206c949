// A router imports only the shared layer, its own portal's `_shared/`, its own area's files and the tRPC
// setup — never a sibling router. `src/shared/` (what two portals use) imports no router at all; a
// portal's `routers/<portal>/_shared/` (what only that portal uses) imports `src/shared/`, its own files
// and the tRPC setup, never a router. An area is a folder under routers/<portal>/ (or a single file
// there); a `router.ts` may also list the areas directly beneath it. Tests are exempt: they call the
// whole app router.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../src");
const routers = join(src, "routers");
const shared = join(src, "shared") + "/";
const infrastructure = new Set([join(src, "trpc.ts"), join(src, "context.ts")]);

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );

/** routers/<portal>/_shared/ of the portal a router file belongs to (null for routers/<file>.ts). */
function portalSharedOf(file) {
  const parts = relative(routers, file).split("/");
  return parts.length === 1 ? null : join(routers, parts[0], "_shared") + "/";
}

/** The folder (or single file) a router file belongs to: routers/<portal>/<area> or routers/<file>. */
function areaOf(file) {
  const parts = relative(routers, file).split("/");
  if (parts.length === 1) return file;
  return parts.length === 2 ? file : join(routers, parts[0], parts[1]);
}

function allowed(file, target) {
  if (file.startsWith(shared)) return !target.startsWith(routers + "/");
  const portalShared = portalSharedOf(file);
  const ownPortalShared = portalShared !== null && target.startsWith(portalShared);
  if (portalShared !== null && file.startsWith(portalShared))
    return ownPortalShared || target.startsWith(shared) || infrastructure.has(target);
  if (target.startsWith(shared) || infrastructure.has(target) || ownPortalShared) return true;
  if (target.includes("/_shared/")) return false;
  const area = areaOf(file);
  if (target === area || target.startsWith(area + "/")) return true;
  // A router.ts composes the areas next to it or one folder down (their router.ts).
  if (file.endsWith("/router.ts")) {
    const here = dirname(file);
    return dirname(target) === here || (dirname(dirname(target)) === here && target.endsWith("/router.ts"));
  }
  return false;
}

const problems = [];
for (const file of [...files(routers), ...files(shared)]) {
  if (file.endsWith(".test.ts")) continue;
  const text = readFileSync(file, "utf8");
  for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) {
    const target = resolve(dirname(file), spec);
    if (!allowed(file, target))
      problems.push(
        file.startsWith(shared)
          ? `${relative(src, file)} imports ${relative(src, target)}: the shared layer imports no router`
          : file.includes("/_shared/")
            ? `${relative(src, file)} imports ${relative(src, target)}: a portal's _shared/ imports only src/shared/, its own _shared/ files and trpc.ts, never a router`
            : `${relative(src, file)} imports ${relative(src, target)}: a router imports only src/shared/, its own portal's _shared/, its own area and trpc.ts`,
      );
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(
  "router imports: every router imports only the shared layer, its own portal's _shared/, its own area and trpc.ts",
);
