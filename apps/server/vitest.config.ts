import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Suites that need a PostgreSQL server run where TEST_DATABASE_URL names one (CI's second pass).
    exclude: process.env.TEST_DATABASE_URL ? [] : ["src/**/*.postgres.test.ts"],
    testTimeout: 60_000,
  },
});
