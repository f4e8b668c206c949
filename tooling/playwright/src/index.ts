export { portalConfig } from "./portal-config.ts";
export { DEMO_EMPLOYEE_VIEW_TOKEN, DEMO_PASSWORD, login, seriousViolations } from "./helpers.ts";
export { PHONE, pageProblems, phoneProblems, portalRoutePatterns, type PhoneRoute } from "./phone.ts";
export { acceptInvitation, inviteColleague } from "./colleagues.ts";
export { INTERNAL_IDS, visibleTextProblems } from "./visible-text.ts";
