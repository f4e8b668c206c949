import { rmSync } from "node:fs";

/**
 * Removes the run's database folder, the lock file the server writes beside it, and its saved logins
 * (made in portal-config.ts). The server stops only after this runs, killed without the chance to
 * remove its lock, and may still write a file into the folder, so removing retries.
 */
export default function globalTeardown() {
  const dataDir = process.env.E2E_DATA_DIR;
  for (const path of [dataDir, dataDir && `${dataDir}.lock`, process.env.E2E_SESSIONS_DIR])
    if (path) rmSync(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
