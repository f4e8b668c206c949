import { createReadStream, existsSync, statSync, type Stats } from "node:fs";
import type http from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The three portals, each built by its app into apps/<dir>/dist and served at its path. */
export const PORTALS = [
  { dir: "employer", path: "/werkgever", name: "Werkgever" },
  { dir: "school", path: "/school", name: "School" },
  { dir: "region", path: "/regio", name: "Regio" },
] as const;

/** The repository's apps/ folder: where the portals' dist folders are by default. */
export const DEFAULT_PORTALS_DIR = fileURLToPath(new URL("../../", import.meta.url));

export interface Portal {
  path: string;
  name: string;
  /** Absolute path of the built portal (holds index.html). */
  root: string;
}

/** The portals that have been built under `portalsDir`. */
export function findPortals(portalsDir: string): Portal[] {
  return PORTALS.flatMap(({ dir, path, name }) => {
    const root = resolve(portalsDir, dir, "dist");
    return existsSync(join(root, "index.html")) ? [{ path, name, root }] : [];
  });
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them forever. */
export function cacheControl(relativePath: string): string {
  return relativePath.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
}

function statFile(file: string): Stats | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

function sendFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: string,
  stats: Stats,
  cache: string,
) {
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
  res.setHeader("content-type", contentType(file));
  res.setHeader("cache-control", cache);
  res.setHeader("etag", etag);
  res.setHeader("last-modified", stats.mtime.toUTCString());
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304).end();
    return;
  }
  res.setHeader("content-length", stats.size);
  if (req.method === "HEAD") {
    res.writeHead(200).end();
    return;
  }
  res.writeHead(200);
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

function sendText(
  res: http.ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

/**
 * Serves the built portals: their files with the right content type and caching, and index.html for
 * every other path inside a portal (the portal's router takes it from there). `/` goes to the first
 * portal. Returns false for paths that belong to no portal.
 */
export function createPortalHandler(portals: readonly Portal[]) {
  const home = `${portals[0]?.path ?? PORTALS[0].path}/`;
  return function handlePortal(req: http.IncomingMessage, res: http.ServerResponse, path: string): boolean {
    if (path === "/") {
      res.writeHead(302, { location: home, "cache-control": "no-store" }).end();
      return true;
    }
    const portal = portals.find((p) => path === p.path || path.startsWith(`${p.path}/`));
    if (!portal) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendText(res, 405, "Methode niet toegestaan", { allow: "GET, HEAD" });
      return true;
    }
    if (path === portal.path) {
      const query = req.url?.slice(path.length) ?? "";
      res.writeHead(301, { location: `${portal.path}/${query}` }).end();
      return true;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice(portal.path.length + 1));
    } catch {
      sendText(res, 400, "Ongeldig adres");
      return true;
    }
    const file = resolve(portal.root, relative);
    // Hidden files of the build (Vite's .vite/manifest.json names the source files) stay private.
    const hidden = relative.split(/[\\/]/).some((segment) => segment.startsWith("."));
    if (relative.includes("\0") || hidden || (file !== portal.root && !file.startsWith(portal.root + sep))) {
      sendText(res, 404, "Niet gevonden");
      return true;
    }
    const stats = statFile(file);
    if (stats) {
      sendFile(req, res, file, stats, cacheControl(relative));
      return true;
    }
    // A missing file (a stale asset, a typo) is a 404; any other path is a page of the portal.
    if (extname(relative) !== "") {
      sendText(res, 404, "Niet gevonden");
      return true;
    }
    const index = join(portal.root, "index.html");
    const indexStats = statFile(index);
    if (!indexStats) {
      sendText(res, 404, "Niet gevonden");
      return true;
    }
    sendFile(req, res, index, indexStats, "no-cache");
    return true;
  };
}
