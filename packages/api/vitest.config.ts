import { databaseSuiteConfig } from "@ontwikkelpad/vitest";

export default databaseSuiteConfig;
