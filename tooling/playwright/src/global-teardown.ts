import { rmSync } from "node:fs";

/**
 * Removes the run's database folder and its saved logins (both made in portal-config.ts). The server
 * stops only after this runs and may still write a file into the folder, so removing retries.
 */
export default function globalTeardown() {
  for (const dir of [process.env.E2E_DATA_DIR, process.env.E2E_SESSIONS_DIR])
    if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
