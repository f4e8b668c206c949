import { lazyPage, mountPortal } from "@ontwikkelpad/ui/portal";
import { PORTALS } from "@ontwikkelpad/ui/portals";

// Each page is loaded when it is first opened, and the shell comes from ui/portal rather than the ui
// index: the first download holds only the shell.
mountPortal({
  portal: PORTALS.school,
  // In the order a learner passes through the school: the offer and the employers' requests, enrolment
  // and progress, exams and what is issued, and how the offer fits the region's functions.
  nav: [
    { to: "/", label: "Scholingsaanbod" },
    { to: "/aanvragen", label: "Aanvragen" },
    { to: "/inschrijvingen", label: "Inschrijvingen" },
    { to: "/deelnemers", label: "Deelnemers" },
    { to: "/klassen", label: "Klassen" },
    { to: "/leerteams", label: "Leerteams" },
    { to: "/examens", label: "Examens" },
    { to: "/uitgeven", label: "Uitgeven" },
    { to: "/aansluiting", label: "Aansluiting" },
    { to: "/collegas", label: "Collega's" },
  ],
  publicRoutes: [
    { path: "/uitnodiging/:token", lazy: lazyPage(() => import("@ontwikkelpad/ui"), "InvitationPage") },
    {
      path: "/verificatie",
      lazy: lazyPage(() => import("./pages/VerificationPage.tsx"), "VerificationPage"),
    },
  ],
  routes: [
    { index: true, lazy: lazyPage(() => import("./pages/OffersPage.tsx"), "OffersPage") },
    { path: "aanbod/:id", lazy: lazyPage(() => import("./pages/OfferPage.tsx"), "OfferPage") },
    { path: "aanvragen", lazy: lazyPage(() => import("./pages/RequestsPage.tsx"), "RequestsPage") },
    {
      path: "aanvragen/scholing/:id",
      lazy: lazyPage(() => import("./pages/TrainingRequestPage.tsx"), "TrainingRequestPage"),
    },
    {
      path: "aanvragen/verklaring/:id",
      lazy: lazyPage(() => import("./pages/CredentialRequestPage.tsx"), "CredentialRequestPage"),
    },
    { path: "inschrijvingen", lazy: lazyPage(() => import("./pages/EnrolmentsPage.tsx"), "EnrolmentsPage") },
    {
      path: "inschrijvingen/:id",
      lazy: lazyPage(() => import("./pages/EnrolmentPage.tsx"), "EnrolmentPage"),
    },
    { path: "deelnemers", lazy: lazyPage(() => import("./pages/LearnersPage.tsx"), "LearnersPage") },
    { path: "deelnemers/:personId", lazy: lazyPage(() => import("./pages/LearnerPage.tsx"), "LearnerPage") },
    { path: "examens", lazy: lazyPage(() => import("./pages/ExamsPage.tsx"), "ExamsPage") },
    { path: "klassen", lazy: lazyPage(() => import("./pages/ClassesPage.tsx"), "ClassesPage") },
    { path: "klassen/:id", lazy: lazyPage(() => import("./pages/ClassPage.tsx"), "ClassPage") },
    {
      path: "leerteams",
      lazy: lazyPage(() => import("./pages/learning-teams/LearningTeamsPage.tsx"), "LearningTeamsPage"),
    },
    {
      path: "leerteams/:id",
      lazy: lazyPage(() => import("./pages/learning-teams/LearningTeamPage.tsx"), "LearningTeamPage"),
    },
    { path: "aansluiting", lazy: lazyPage(() => import("./pages/AlignmentPage.tsx"), "AlignmentPage") },
    { path: "collegas", lazy: lazyPage(() => import("@ontwikkelpad/ui"), "ColleaguesPage") },
    { path: "uitgeven", lazy: lazyPage(() => import("./pages/IssuingPage.tsx"), "IssuingPage") },
    {
      path: "uitgeven/:personId",
      lazy: lazyPage(() => import("./pages/LearnerIssuingPage.tsx"), "LearnerIssuingPage"),
    },
  ],
});
