/** Shown in the header and the tab title. */
export const PORTAL_NAME = "School";
/** Where the server serves this portal (vite.config.ts `base` without the trailing slash). */
export const BASENAME = "/school";
