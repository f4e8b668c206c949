import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { demoDataFolder } from "./demo-template.ts";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const here = dirname(fileURLToPath(import.meta.url));

function freePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

/**
 * End-to-end tests of a built portal against the real server: a fresh embedded database with the
 * demo data (a copy of a seeded one, see demo-template.ts), on a free port. `pnpm turbo run e2e` builds the portals and the server first.
 * Call from a portal's playwright.config.ts with its own `import.meta.url`.
 */
export function portalConfig(configUrl: string) {
  const portalDir = dirname(fileURLToPath(configUrl));
  const serverDir = resolve(portalDir, "../server");
  // The config is loaded again in every worker: the environment carries the first choice over to them.
  process.env.E2E_PORT ||= String(freePort());
  process.env.E2E_DATA_DIR ||= demoDataFolder(serverDir);
  process.env.E2E_PORTAL_DIR = portalDir;
  const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

  return defineConfig({
    testDir: join(portalDir, "e2e"),
    testMatch: "**/*.spec.ts",
    globalSetup: join(here, "global-setup.ts"),
    globalTeardown: join(here, "global-teardown.ts"),
    fullyParallel: false,
    workers: 1,
    retries: process.env.CI ? 1 : 0,
    forbidOnly: Boolean(process.env.CI),
    reporter: [["list"]],
    timeout: 30_000,
    expect: { timeout: 10_000 },
    use: {
      baseURL,
      locale: "nl-NL",
      trace: "on-first-retry",
      launchOptions: {
        executablePath: CHROMIUM,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      },
    },
    projects: [{ name: "chromium" }],
    webServer: {
      // The production bundle (`pnpm --filter @ontwikkelpad/server build`), built once for the three
      // portals' runs: it starts in a second, where tsx would compile the api again for every portal.
      command: "node dist/main.js",
      cwd: serverDir,
      url: `${baseURL}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: process.env.E2E_PORT,
        HOST: "127.0.0.1",
        DATA_DIR: process.env.E2E_DATA_DIR,
        DATABASE_URL: "",
        SEED_DEMO: "true",
        LOG_LEVEL: "warn",
        PORTALS_DIR: resolve(portalDir, ".."),
      },
    },
  });
}
