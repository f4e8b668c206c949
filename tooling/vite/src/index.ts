import react from "@vitejs/plugin-react";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin, type UserConfig, type UserConfigFnObject } from "vite";

/** The one index.html (and favicon) of the three portals. */
const TEMPLATE_DIR = fileURLToPath(new URL("../template", import.meta.url));
/** The template's script; resolved to the app's `src/main.tsx`. */
const ENTRY = "/@portal/main.tsx";

export interface PortalViteOptions {
  /** The app's folder (`import.meta.dirname` in its vite.config.ts). */
  appDir: string;
  /** The portal from `PORTALS` in @ontwikkelpad/ui/portals. */
  portal: { name: string; basename: string; description: string };
  /** The dev server's port. */
  devPort: number;
}

/** Fills the shared index.html in with the portal and points its script at the app's entry. */
function portalHtml({ appDir, portal }: PortalViteOptions): Plugin {
  return {
    name: "ontwikkelpad-portal-html",
    resolveId: (id) => (id === ENTRY ? resolve(appDir, "src/main.tsx") : null),
    transformIndexHtml: (html) =>
      html.replaceAll("%PORTAL_NAME%", portal.name).replaceAll("%PORTAL_DESCRIPTION%", portal.description),
  };
}

/**
 * React Router's package exports name only its development build (with its warnings), also for a
 * production build (remix-run/react-router#12532); a portal's build takes the production build beside
 * it, resolved from the app so the one installed copy is used.
 */
function reactRouterProductionBuild(appDir: string) {
  const dist = resolve(
    dirname(createRequire(resolve(appDir, "package.json")).resolve("react-router/package.json")),
    "dist/production",
  );
  return [
    { find: /^react-router$/, replacement: resolve(dist, "index.mjs") },
    { find: /^react-router\/dom$/, replacement: resolve(dist, "dom-export.mjs") },
  ];
}

/**
 * A portal's Vite configuration: served by apps/server at the portal's path from the app's `dist/`,
 * with a manifest for the bundle budget (tooling/scripts/bundle-size.mjs); in development the API is
 * proxied to the server on :3000.
 */
export function portalViteConfig(options: PortalViteOptions): UserConfigFnObject {
  const { appDir, portal, devPort } = options;
  return defineConfig(({ command }): UserConfig => ({
    root: TEMPLATE_DIR,
    base: `${portal.basename}/`,
    envDir: appDir,
    cacheDir: resolve(appDir, "node_modules/.vite"),
    plugins: [react(), portalHtml(options)],
    resolve: { alias: command === "build" ? reactRouterProductionBuild(appDir) : [] },
    build: { outDir: resolve(appDir, "dist"), emptyOutDir: true, manifest: true },
    server: { port: devPort, proxy: { "/trpc": "http://localhost:3000" } },
  }));
}
