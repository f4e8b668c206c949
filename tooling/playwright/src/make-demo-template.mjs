// `node make-demo-template.mjs <serverDir> <template>`: starts the built server of `serverDir` once on
// an empty data folder with the demo seeded, waits until it answers /health, stops it and leaves the
// folder at `template` (see demo-template.ts). Plain JavaScript: the Playwright config runs it with node.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, renameSync, rmSync } from "node:fs";

const [serverDir, template] = process.argv.slice(2);
const READY_WITHIN_MS = 300_000;

function freePort() {
  return new Promise((resolve) => {
    const socket = createServer().listen(0, "127.0.0.1", () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

async function healthy(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

const partial = mkdtempSync(`${template}.partial-`);
const port = await freePort();
const server = spawn(process.execPath, ["dist/main.js"], {
  cwd: serverDir,
  stdio: ["ignore", "ignore", "inherit"],
  env: {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: partial,
    DATABASE_URL: "",
    SEED_DEMO: "true",
    LOG_LEVEL: "warn",
  },
});
const exited = new Promise((resolve) => server.once("exit", resolve));
try {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (!(await healthy(`http://127.0.0.1:${port}/health`))) {
    if (server.exitCode !== null || Date.now() > deadline)
      throw new Error(`The server in ${serverDir} did not start on a new demo database.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
} catch (error) {
  server.kill("SIGKILL");
  rmSync(partial, { recursive: true, force: true });
  throw error;
} finally {
  server.kill("SIGTERM");
  await exited;
  // The server's lock on the folder lies beside it.
  rmSync(`${partial}.lock`, { force: true });
}
try {
  renameSync(partial, template);
} catch {
  // Another run made the same template meanwhile: theirs is as good.
  rmSync(partial, { recursive: true, force: true });
}
