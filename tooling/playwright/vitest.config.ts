import { unitSuiteConfig } from "@ontwikkelpad/vitest";

export default unitSuiteConfig;
