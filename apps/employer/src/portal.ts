import { PORTALS } from "@ontwikkelpad/ui/portals";

/** Shown in the header and the tab title. */
export const PORTAL_NAME = PORTALS.employer.name;

/** Where the server serves the portal, for links shared outside it (an invitation). */
export const BASENAME = PORTALS.employer.basename;
