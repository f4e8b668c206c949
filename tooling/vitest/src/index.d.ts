import type { ViteUserConfig } from "vitest/config";

/** Settings for suites whose files each boot their own database (a copy of a template, PGlite or PostgreSQL). */
export declare const databaseSuiteConfig: ViteUserConfig;
