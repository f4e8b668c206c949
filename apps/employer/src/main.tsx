import { lazyBadge, lazyPage, mountPortal } from "@ontwikkelpad/ui/portal";
import { PORTALS } from "@ontwikkelpad/ui/portals";

// Each page is loaded when it is first opened, and the shell comes from ui/portal rather than the ui
// index: the first download holds only the shell.
mountPortal({
  portal: PORTALS.employer,
  nav: [
    {
      to: "/dashboard",
      label: "Dashboard",
      badge: lazyBadge(() => import("./components/TodoCount.tsx"), "TodoCount"),
    },
    { to: "/", label: "Team" },
    { to: "/organisatie", label: "Organisatie" },
    { to: "/vacatures", label: "Vacatures" },
    { to: "/leerteams", label: "Leerteams" },
    { to: "/collegas", label: "Collega's" },
  ],
  publicRoutes: [
    {
      path: "/uitnodiging/:token",
      lazy: lazyPage(() => import("@ontwikkelpad/ui"), "InvitationPage"),
    },
    { path: "/mijn-pad/:token", lazy: lazyPage(() => import("./pages/MyPathPage.tsx"), "MyPathPage") },
  ],
  routes: [
    { index: true, lazy: lazyPage(() => import("./pages/TeamPage.tsx"), "TeamPage") },
    { path: "personen/:id", lazy: lazyPage(() => import("./pages/PersonPage.tsx"), "PersonPage") },
    {
      path: "personen/:id/ontwikkelpad",
      lazy: lazyPage(() => import("./pages/PathWizardPage.tsx"), "PathWizardPage"),
    },
    {
      path: "personen/:id/beoordeling",
      lazy: lazyPage(() => import("./pages/AssessmentPage.tsx"), "AssessmentPage"),
    },
    { path: "dashboard", lazy: lazyPage(() => import("./pages/DashboardPage.tsx"), "DashboardPage") },
    { path: "organisatie", lazy: lazyPage(() => import("./pages/OrganizationPage.tsx"), "OrganizationPage") },
    { path: "vacatures", lazy: lazyPage(() => import("./pages/VacanciesPage.tsx"), "VacanciesPage") },
    { path: "leerteams", lazy: lazyPage(() => import("./pages/LearningTeamsPage.tsx"), "LearningTeamsPage") },
    {
      path: "leerteams/:id",
      lazy: lazyPage(() => import("./pages/LearningTeamPage.tsx"), "LearningTeamPage"),
    },
    { path: "collegas", lazy: lazyPage(() => import("@ontwikkelpad/ui"), "ColleaguesPage") },
  ],
});
