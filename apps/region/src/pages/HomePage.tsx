import { Navigate } from "react-router";
import { useRegionAccess } from "../access.ts";
import { DashboardPage } from "./DashboardPage.tsx";

/** The start page: the overview for the region's staff, the candidate list for a partner. */
export function HomePage() {
  const { ready, isPartner } = useRegionAccess();
  if (!ready) return <output className="status">Laden…</output>;
  return isPartner ? <Navigate to="/kandidaten" replace /> : <DashboardPage />;
}
