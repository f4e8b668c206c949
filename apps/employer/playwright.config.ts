import { portalConfig } from "@ontwikkelpad/playwright";

/** Browser tests of the werkgever portal against the real server (see tooling/playwright). */
export default portalConfig(import.meta.url);
