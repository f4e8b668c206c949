export { portalConfig } from "./portal-config.ts";
export { DEMO_PASSWORD, login, seriousViolations } from "./helpers.ts";
