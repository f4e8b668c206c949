import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Fails early with a clear message instead of timing out on a missing build or browser. */
export default function globalSetup() {
  const index = fileURLToPath(new URL("../dist/index.html", import.meta.url));
  if (!existsSync(index)) throw new Error(`${index} is missing: build the portal first (pnpm --filter @ontwikkelpad/employer build, or pnpm turbo run e2e).`);
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(chromium)) throw new Error(`${chromium} is missing: install Chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
}
