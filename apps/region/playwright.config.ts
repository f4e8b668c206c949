import { portalConfig } from "@ontwikkelpad/playwright";

/** Browser tests of the region portal against the real server (see tooling/playwright). */
export default portalConfig(import.meta.url);
