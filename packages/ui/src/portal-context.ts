import { createContext, useContext } from "react";
import { PORTALS, type PortalInfo } from "./portals.ts";

export const PortalContext = createContext<PortalInfo>(PORTALS.employer);

/** The portal the page is shown in (set by `createPortalRouter`). */
export function usePortal(): PortalInfo {
  return useContext(PortalContext);
}
