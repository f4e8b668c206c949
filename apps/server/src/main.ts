import { DataDirInUseError, DEMO_LOGINS } from "@ontwikkelpad/db";
import { loadConfig } from "./config.ts";
import { startServer } from "./server.ts";

const config = loadConfig();
const server = await startServer(config).catch((error: unknown) => {
  if (!(error instanceof DataDirInUseError)) throw error;
  console.error(`${error.message}\nIs Ontwikkelpad already running? Use that server, or stop it first.`);
  process.exit(1);
});

const lines = [
  "",
  `Ontwikkelpad draait op ${server.url}`,
  ...server.portals.map((p) => `  ${`${p.name}:`.padEnd(12)}${p.url}`),
  `  API:        ${server.url}/trpc`,
  `  Gezondheid: ${server.url}/health`,
];
if (server.portals.length === 0) lines.push("  (nog geen portalen gebouwd: `pnpm build` bouwt ze)");
if (config.SEED_DEMO) {
  const width = Math.max(...DEMO_LOGINS.map((l) => l.email.length));
  lines.push(
    "",
    `Demo-inloggegevens (wachtwoord voor allemaal: ${DEMO_LOGINS[0]?.password}):`,
    ...DEMO_LOGINS.map((l) => `  ${l.email.padEnd(width)}  ${l.role.padEnd(18)} ${l.organization}`),
  );
}
console.log([...lines, ""].join("\n"));

// Ctrl-C and service managers signal the whole process group, and a parent (npm, pnpm) may pass the
// signal on once more: the first one starts the shutdown, repeats are only logged.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) {
      server.logger.info({ signal }, "already shutting down");
      return;
    }
    stopping = true;
    server.logger.info({ signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, "shutting down");
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        server.logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
