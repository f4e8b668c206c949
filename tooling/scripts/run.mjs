#!/usr/bin/env node
// Entry point of the two README commands (`npm start`, `npm test`). It needs only Node 20 and npm:
// it fetches the pinned pnpm through npx, installs the workspace and hands over to turbo.
import { execFileSync, spawnSync } from "node:child_process";

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

const command = process.argv[2];
run(["install", "--frozen-lockfile"]);

if (command === "start") {
  run(["turbo", "run", "build", "--filter=@ontwikkelpad/server..."]);
  run(["--filter", "@ontwikkelpad/server", "start"]);
} else if (command === "test") {
  run(["turbo", "run", "typecheck", "lint", "test"]);
} else {
  console.error("usage: node tooling/scripts/run.mjs start|test");
  process.exit(2);
}
