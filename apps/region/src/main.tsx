import { lazyPage, mountPortal } from "@ontwikkelpad/ui/portal";
import { PORTALS } from "@ontwikkelpad/ui/portals";

// Each page is loaded when it is first opened, and the shell comes from ui/portal rather than the ui
// index: the first download holds only the shell.
mountPortal({
  portal: PORTALS.region,
  nav: [
    // A partner organisation (UWV, gemeente…) works only with the candidates it registered.
    { to: "/", label: "Regio-overzicht", kinds: ["REGION"] },
    { to: "/kandidaten", label: "Kandidaten" },
    { to: "/trechter", label: "Trechter en rapportage", kinds: ["REGION"] },
    { to: "/implementatie", label: "Implementatie", kinds: ["REGION"] },
    { to: "/signalen", label: "Signalen", kinds: ["REGION"] },
    { to: "/financiering", label: "Financiering", kinds: ["REGION"] },
    { to: "/collegas", label: "Collega's", kinds: ["REGION"] },
  ],
  publicRoutes: [
    { path: "/uitnodiging/:token", lazy: lazyPage(() => import("@ontwikkelpad/ui"), "InvitationPage") },
  ],
  routes: [
    { index: true, lazy: lazyPage(() => import("./pages/HomePage.tsx"), "HomePage") },
    { path: "kandidaten", lazy: lazyPage(() => import("./pages/CandidatesPage.tsx"), "CandidatesPage") },
    {
      path: "kandidaten/:candidateId",
      lazy: lazyPage(() => import("./pages/CandidatePage.tsx"), "CandidatePage"),
    },
    { path: "trechter", lazy: lazyPage(() => import("./pages/FunnelPage.tsx"), "FunnelPage") },
    {
      path: "implementatie",
      lazy: lazyPage(() => import("./pages/ImplementationPage.tsx"), "ImplementationPage"),
    },
    { path: "signalen", lazy: lazyPage(() => import("./pages/SignalsPage.tsx"), "SignalsPage") },
    { path: "collegas", lazy: lazyPage(() => import("@ontwikkelpad/ui"), "ColleaguesPage") },
    { path: "financiering", lazy: lazyPage(() => import("./pages/FundingPage.tsx"), "FundingPage") },
  ],
});
