import type { ViteUserConfig } from "vitest/config";

/** Settings for suites whose files each boot their own database (a PGlite clone or a PostgreSQL schema). */
export declare const databaseSuiteConfig: ViteUserConfig;
