#!/usr/bin/env node
// Entry point of the two README commands (`npm start`, `npm test`). It needs only Node 20 and npm:
// it fetches the pinned pnpm through npx, installs the workspace and hands over to turbo.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const PNPM_VERSION = "12.21.0";

function pnpmCommand() {
  try {
    const version = execFileSync("pnpm", ["--version"], { encoding: "utf8" }).trim();
    if (version === PNPM_VERSION) return ["pnpm"];
  } catch {
    // no global pnpm: fall through to npx
  }
  return ["npx", "-y", `pnpm@${PNPM_VERSION}`];
}

const pnpm = pnpmCommand();

function run(args, env = {}) {
  const [cmd, ...rest] = [...pnpm, ...args];
  const result = spawnSync(cmd, rest, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The browser tests drive Debian's Chromium; as root we can install it, otherwise we say how. */
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (existsSync(chromium)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `${chromium} is missing: install Chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "chromium"],
  ]) {
    const result = spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const command = process.argv[2];
run(["install", "--frozen-lockfile"]);

if (command === "start") {
  run(["turbo", "run", "build", "--filter=@ontwikkelpad/server..."]);
  run(["--filter", "@ontwikkelpad/server", "start"]);
} else if (command === "test") {
  // Two tasks at a time: the database suites boot PGlite per file and time out on an overloaded 2-core machine.
  run(["exec", "prettier", "--check", "."]);
  run(["turbo", "run", "typecheck", "lint", "test", "--concurrency=2"]);
  ensureChromium();
  run(["turbo", "run", "e2e", "--concurrency=1"]);
} else {
  console.error("usage: node tooling/scripts/run.mjs start|test");
  process.exit(2);
}
