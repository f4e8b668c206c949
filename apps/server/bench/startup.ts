// Time from starting the built server (dist/main.js, as `npm start` runs it) to its first healthy
// answer, on an existing embedded database: the first run creates and seeds DATA_DIR, the runs after
// it reopen it. Prints each run and the median of the reopening runs.
// Usage: pnpm --filter @ontwikkelpad/server bench:startup [-- --runs 5]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

// pnpm passes the "--" of `pnpm bench:startup -- --runs 3` on.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: { runs: { type: "string", default: "5" } },
});
const runs = Number(values.runs);
const dataDir = mkdtempSync(join(tmpdir(), "ontwikkelpad-startup-"));
const port = 3900 + Math.floor(Math.random() * 90);
const main = new URL("../dist/main.js", import.meta.url).pathname;

async function healthy(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the server did not answer /health within 120 s");
}

async function startOnce(): Promise<number> {
  const started = performance.now();
  const server = spawn(process.execPath, [main], {
    env: { ...process.env, NODE_ENV: "production", DATA_DIR: dataDir, DATABASE_URL: "", PORT: String(port) },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  try {
    await healthy(Date.now() + 120_000);
    return performance.now() - started;
  } finally {
    server.kill("SIGTERM");
    await exited;
  }
}

try {
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const ms = await startOnce();
    console.log(`${run === 0 ? "new database (migrate + seed)" : `reopen ${run}`}: ${Math.round(ms)} ms`);
    if (run > 0) times.push(ms);
  }
  const median = times.toSorted((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(`ready on an existing embedded database: median ${Math.round(median)} ms over ${runs} runs`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.lock`, { force: true });
}
