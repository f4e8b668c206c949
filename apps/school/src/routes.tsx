import { AppShell, type NavItem } from "@ontwikkelpad/ui";
import { createBrowserRouter, type RouteObject } from "react-router";
import { CredentialRequestPage } from "./pages/CredentialRequestPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { OfferPage } from "./pages/OfferPage.tsx";
import { OffersPage } from "./pages/OffersPage.tsx";
import { RequestsPage } from "./pages/RequestsPage.tsx";
import { TrainingRequestPage } from "./pages/TrainingRequestPage.tsx";
import { BASENAME, PORTAL_NAME } from "./portal.ts";

export const nav: readonly NavItem[] = [
  { to: "/aanvragen", label: "Aanvragen" },
  { to: "/", label: "Scholingsaanbod" },
];

export const routes: RouteObject[] = [
  { path: "/inloggen", element: <LoginPage /> },
  {
    element: <AppShell portalName={PORTAL_NAME} nav={nav} />,
    children: [
      { index: true, element: <OffersPage /> },
      { path: "aanbod/:id", element: <OfferPage /> },
      { path: "aanvragen", element: <RequestsPage /> },
      { path: "aanvragen/scholing/:id", element: <TrainingRequestPage /> },
      { path: "aanvragen/verklaring/:id", element: <CredentialRequestPage /> },
      { path: "*", element: <OffersPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes, { basename: BASENAME });
