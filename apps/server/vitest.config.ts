import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // CI's second pass names a PostgreSQL server in TEST_DATABASE_URL and runs only what uses it: the
    // `*.integration.test.ts` files, which run on either database, and the `*.postgres.test.ts` files,
    // which need the server. Everything else (the stop test among them, which always runs the embedded
    // database) ran in the first pass already.
    include: process.env.TEST_DATABASE_URL
      ? ["src/**/*.integration.test.ts", "src/**/*.postgres.test.ts"]
      : ["src/**/*.test.ts"],
    exclude: process.env.TEST_DATABASE_URL ? [] : ["src/**/*.postgres.test.ts"],
    testTimeout: 60_000,
  },
});
