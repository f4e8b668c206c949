import { rmSync } from "node:fs";

/** Removes the run's database folder and its saved logins (both made in portal-config.ts). */
export default function globalTeardown() {
  for (const dir of [process.env.E2E_DATA_DIR, process.env.E2E_SESSIONS_DIR])
    if (dir) rmSync(dir, { recursive: true, force: true });
}
