import { defineConfig } from "vitest/config";

/** Settings for suites whose files each boot their own database (a PGlite clone or a PostgreSQL schema). */
export const databaseSuiteConfig = defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Booting PGlite (WebAssembly) and seeding the demo takes seconds on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file has its own database; two at a time keeps the machine responsive.
    maxWorkers: 2,
  },
});
