import { AppShell, type NavItem } from "@ontwikkelpad/ui";
import { createBrowserRouter, type RouteObject } from "react-router";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PersonPage } from "./pages/PersonPage.tsx";
import { TeamPage } from "./pages/TeamPage.tsx";
import { BASENAME, PORTAL_NAME } from "./portal.ts";

/** The links in the header; add a page here and in `routes` below. */
export const nav: readonly NavItem[] = [{ to: "/", label: "Team" }];

export const routes: RouteObject[] = [
  { path: "/inloggen", element: <LoginPage /> },
  {
    element: <AppShell portalName={PORTAL_NAME} nav={nav} />,
    children: [
      { index: true, element: <TeamPage /> },
      { path: "personen/:id", element: <PersonPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes, { basename: BASENAME });
