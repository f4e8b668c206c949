import { PORTALS } from "@ontwikkelpad/ui/portals";

/** Shown in the header and the tab title. */
export const PORTAL_NAME = PORTALS.region.name;
