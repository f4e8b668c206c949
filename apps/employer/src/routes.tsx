import { AppShell, type NavItem } from "@ontwikkelpad/ui";
import { createBrowserRouter, type RouteObject } from "react-router";
import { AssessmentPage } from "./pages/AssessmentPage.tsx";
import { DashboardPage } from "./pages/DashboardPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { OrganisationPage } from "./pages/OrganisationPage.tsx";
import { PathWizardPage } from "./pages/PathWizardPage.tsx";
import { PersonPage } from "./pages/PersonPage.tsx";
import { TeamPage } from "./pages/TeamPage.tsx";
import { VacanciesPage } from "./pages/VacanciesPage.tsx";
import { BASENAME, PORTAL_NAME } from "./portal.ts";

/** The links in the header; add a page here and in `routes` below. */
export const nav: readonly NavItem[] = [
  { to: "/dashboard", label: "Dashboard" },
  { to: "/", label: "Team" },
  { to: "/organisatie", label: "Organisatie" },
  { to: "/vacatures", label: "Vacatures" },
];

export const routes: RouteObject[] = [
  { path: "/inloggen", element: <LoginPage /> },
  {
    element: <AppShell portalName={PORTAL_NAME} nav={nav} />,
    children: [
      { index: true, element: <TeamPage /> },
      { path: "personen/:id", element: <PersonPage /> },
      { path: "personen/:id/ontwikkelpad", element: <PathWizardPage /> },
      { path: "personen/:id/beoordeling", element: <AssessmentPage /> },
      { path: "dashboard", element: <DashboardPage /> },
      { path: "organisatie", element: <OrganisationPage /> },
      { path: "vacatures", element: <VacanciesPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes, { basename: BASENAME });
