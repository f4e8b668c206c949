import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Suites that need a PostgreSQL server run where TEST_DATABASE_URL names one (CI's second pass);
    // the stop test always runs the embedded database, so that pass leaves it out.
    exclude: process.env.TEST_DATABASE_URL ? ["src/stop.test.ts"] : ["src/**/*.postgres.test.ts"],
    testTimeout: 60_000,
  },
});
