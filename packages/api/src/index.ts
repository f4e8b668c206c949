// The signing libraries' types (they ship none): packages that type-check the api through this entry
// (the portals) see them too, without a copy in their own configuration.
// oxlint-disable-next-line typescript/triple-slash-reference
/// <reference path="./shared/credentials/vendor.d.ts" />
export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from "./root.ts";
/** The values on the wire, one spelling each, for the portals' label tables: the list is in enums.ts. */
export type * from "./shared/enums.ts";
export type { FundingOptionView } from "./routers/employer/_shared/funding.ts";
export type { StaffRole } from "./routers/colleagues/_shared/people.ts";
export {
  createContext,
  type Context,
  type ContextOptions,
  SESSION_COOKIE,
  CSRF_COOKIE,
  CSRF_HEADER,
} from "./context.ts";
export { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from "./database-outage.ts";
export { didDocument, rotateSchoolKey } from "./shared/credentials/keys.ts";
export { statusListCredential } from "./shared/credentials/status-list.ts";
export { MINISTRY_REPORT_STYLE_SOURCE } from "./routers/region/reports/ministry-document.ts";
