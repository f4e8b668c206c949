#!/usr/bin/env node
// Entry point of the README commands (`npm start`, `npm test`, `npm run backup`, `npm run restore`, `npm run rotate-key`).
// It needs only Node 20 and npm: it fetches the pinned pnpm through npx, installs the workspace and
// hands over to turbo.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

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

/** What the portals' browser tests serve: the portals' builds and the server that serves them. */
const BROWSER_TESTED = [
  "@ontwikkelpad/employer",
  "@ontwikkelpad/school",
  "@ontwikkelpad/region",
  "@ontwikkelpad/server",
];

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

/**
 * Runs the built server with plain node. Ctrl-C or a service manager signals the whole process group:
 * this launcher ignores the signal and waits while the server drains its requests and stops.
 */
function serve() {
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {});
  const server = new URL("../../apps/server/dist/main.js", import.meta.url).pathname;
  const result = spawnSync(process.execPath, [server], {
    stdio: "inherit",
    env: { NODE_ENV: "production", ...process.env },
  });
  process.exit(result.status ?? 1);
}

const [command, ...args] = process.argv.slice(2);
run(["install", "--frozen-lockfile"]);

if (command === "start") {
  run(["turbo", "run", "build", "--filter=@ontwikkelpad/server..."]);
  serve();
} else if (command === "backup" || command === "restore") {
  // pnpm runs the script inside packages/db: a file named on the command line is relative to here.
  run(["--filter", "@ontwikkelpad/db", command, ...args.map((file) => resolve(file))]);
} else if (command === "rotate-key") {
  run(["--filter", "@ontwikkelpad/server", "rotate-key", ...args]);
} else if (command === "test") {
  // `npm test -- --postgres <url>` (CI) also runs the database suites on that PostgreSQL server.
  const postgres = args[0] === "--postgres" ? args[1] : undefined;
  if (args.length > 0 && !postgres) {
    console.error("usage: node tooling/scripts/run.mjs test [--postgres postgres://…]");
    process.exit(2);
  }
  // Two tasks at a time: the database suites boot PGlite per file and time out on an overloaded 2-core machine.
  // The root's own checks (formatting, file length, hand-written tables): file scans, before turbo's
  // per-package tasks, so that `npm test` fails on everything `npm run lint` does.
  run(["exec", "prettier", "--check", "."]);
  run(["run", "lint:repo"]);
  run(["turbo", "run", "typecheck", "lint", "test", "--concurrency=2"]);
  ensureChromium();
  // The libraries' `build` is the typecheck that just ran: build only what the browser tests serve,
  // the three portals and the one server bundle all three runs start.
  run(["turbo", "run", "build", "--only", "--concurrency=2", ...BROWSER_TESTED.map((p) => `--filter=${p}`)]);
  // The three portals' browser tests at once, each on its own server and database: one portal's run
  // keeps two cores about 70% busy (its steps wait on the browser and the server in turn), three fill
  // them. Beside the Vitest part, which keeps both busy alone, they took no less time.
  run(["turbo", "run", "e2e", "--only", "--concurrency=3"]);
  if (postgres)
    run(
      [
        "turbo",
        "run",
        "test",
        "--only",
        "--concurrency=1",
        "--filter=@ontwikkelpad/db",
        "--filter=@ontwikkelpad/api",
        "--filter=@ontwikkelpad/server",
      ],
      { TEST_DATABASE_URL: postgres },
    );
} else {
  console.error(
    "usage: node tooling/scripts/run.mjs start|test [--postgres URL]|backup [FILE]|restore FILE|rotate-key BRIN",
  );
  process.exit(2);
}
