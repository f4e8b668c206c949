import { AppShell, type NavItem } from "@ontwikkelpad/ui";
import { createBrowserRouter, Navigate, type RouteObject } from "react-router";
import { useRegionAccess } from "./access.ts";
import { CandidatePage } from "./pages/CandidatePage.tsx";
import { CandidatesPage } from "./pages/CandidatesPage.tsx";
import { DashboardPage } from "./pages/DashboardPage.tsx";
import { FunnelPage } from "./pages/FunnelPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { BASENAME, PORTAL_NAME } from "./portal.ts";

const REGION_NAV: readonly NavItem[] = [
  { to: "/", label: "Regio-overzicht" },
  { to: "/kandidaten", label: "Kandidaten" },
  { to: "/trechter", label: "Trechter en rapportage" },
];
/** A partner organisation (UWV, gemeente…) works only with the candidates it registered. */
const PARTNER_NAV: readonly NavItem[] = [{ to: "/kandidaten", label: "Kandidaten" }];

function RegionShell() {
  const { isPartner } = useRegionAccess();
  return <AppShell portalName={PORTAL_NAME} nav={isPartner ? PARTNER_NAV : REGION_NAV} />;
}

/** The start page: the overview for the region's staff, the candidate list for a partner. */
function HomePage() {
  const { ready, isPartner } = useRegionAccess();
  if (!ready) return <output className="status">Laden…</output>;
  return isPartner ? <Navigate to="/kandidaten" replace /> : <DashboardPage />;
}

export const routes: RouteObject[] = [
  { path: "/inloggen", element: <LoginPage /> },
  {
    element: <RegionShell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "kandidaten", element: <CandidatesPage /> },
      { path: "kandidaten/:candidateId", element: <CandidatePage /> },
      { path: "trechter", element: <FunnelPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes, { basename: BASENAME });
