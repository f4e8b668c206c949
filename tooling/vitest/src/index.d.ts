import type { ViteUserConfig } from "vitest/config";

/** Settings for suites whose files each boot their own database (a copy of a template, PGlite or PostgreSQL). */
export declare const databaseSuiteConfig: ViteUserConfig;

/** Settings for suites of code that needs no database: one module graph per worker, not per file. */
export declare const unitSuiteConfig: ViteUserConfig;
