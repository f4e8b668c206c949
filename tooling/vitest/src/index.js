import { configDefaults, defineConfig } from "vitest/config";

/**
 * Settings for suites of code that needs no database (core's rules, the portals' helpers). The files a
 * worker runs share its loaded modules, as in `databaseSuiteConfig`: a file's import of the catalog or
 * the ui package cost more than its tests (core: 18 CPU-seconds isolated, 7 shared).
 */
export const unitSuiteConfig = defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The property tests and the disclosure attack run hundreds of generated cases: a busy 2-core
    // machine needs more than vitest's default 5 s for them.
    testTimeout: 60_000,
    isolate: false,
  },
});

/** Settings for suites whose files each boot their own database (a copy of a template, PGlite or PostgreSQL). */
export const databaseSuiteConfig = defineConfig({
  test: {
    // CI's second pass names a PostgreSQL server in TEST_DATABASE_URL: it runs again only the files
    // that use a database; the unit tests beside them ran in the first pass and would give the same answers.
    // A `*.postgres.test.ts` file needs a database server (several processes on one database): only that pass runs it.
    include: process.env.TEST_DATABASE_URL
      ? ["src/**/*.integration.test.ts", "src/**/*.postgres.test.ts"]
      : ["src/**/*.test.ts"],
    exclude: process.env.TEST_DATABASE_URL
      ? configDefaults.exclude
      : [...configDefaults.exclude, "src/**/*.postgres.test.ts"],
    // Makes the migrated and demo templates once per run (see packages/db/src/testing.ts).
    globalSetup: ["@ontwikkelpad/db/testing-setup"],
    // Booting PGlite (WebAssembly) takes seconds on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file has its own database; two at a time keeps the machine responsive.
    maxWorkers: 2,
    // The files a worker runs share its loaded modules: each imports the whole router, Prisma's client
    // and core's catalog, which cost a router test file more CPU than its own tests (8 api files: 66 s
    // instead of 105 s). What modules keep between files is the run's templates and caches of pure data;
    // a file's database, mocks and environment stubs end with the file.
    isolate: false,
  },
});
