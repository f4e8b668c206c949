import { AppShell, type NavItem } from "@ontwikkelpad/ui";
import { createBrowserRouter, type RouteObject } from "react-router";
import { LoginPage } from "./pages/LoginPage.tsx";
import { OffersPage } from "./pages/OffersPage.tsx";
import { BASENAME, PORTAL_NAME } from "./portal.ts";

export const nav: readonly NavItem[] = [{ to: "/", label: "Scholingsaanbod" }];

export const routes: RouteObject[] = [
  { path: "/inloggen", element: <LoginPage /> },
  {
    element: <AppShell portalName={PORTAL_NAME} nav={nav} />,
    children: [
      { index: true, element: <OffersPage /> },
      { path: "*", element: <OffersPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes, { basename: BASENAME });
