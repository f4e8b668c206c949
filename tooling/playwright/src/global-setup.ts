import { existsSync } from "node:fs";
import { join } from "node:path";

/** Fails early with a clear message instead of timing out on a missing build or browser (the server's build: demo-template.ts). */
export default function globalSetup() {
  const index = join(process.env.E2E_PORTAL_DIR ?? ".", "dist", "index.html");
  if (!existsSync(index))
    throw new Error(`${index} is missing: build the portal first (pnpm turbo run e2e builds it).`);
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(chromium))
    throw new Error(
      `${chromium} is missing: install Chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
}
