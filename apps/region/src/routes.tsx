import { AppShell, type NavItem } from "@ontwikkelpad/ui";
import { createBrowserRouter, type RouteObject } from "react-router";
import { DashboardPage } from "./pages/DashboardPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { BASENAME, PORTAL_NAME } from "./portal.ts";

export const nav: readonly NavItem[] = [{ to: "/", label: "Regio-overzicht" }];

export const routes: RouteObject[] = [
  { path: "/inloggen", element: <LoginPage /> },
  {
    element: <AppShell portalName={PORTAL_NAME} nav={nav} />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: "*", element: <DashboardPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes, { basename: BASENAME });
