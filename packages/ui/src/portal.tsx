// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is imported for its effect
import "./styles.css";
import { lazy, StrictMode, Suspense, type ComponentType } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, type RouteObject } from "react-router";
import { RouterProvider } from "react-router/dom";
import type { NavItem } from "./AppShell.tsx";
import { MAIL_SETTINGS_PATH } from "./mail-settings.ts";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { PortalContext } from "./portal-context.ts";
import type { PortalInfo } from "./portals.ts";
import { RouteError } from "./RouteError.tsx";

export interface PortalDefinition {
  portal: PortalInfo;
  /** The links in the header. */
  nav: readonly NavItem[];
  /** The pages behind the login, relative to the portal's root; "niet gevonden" is added. */
  routes: RouteObject[];
  /** Pages reached without logging in, beside the login page (e.g. accepting an invitation). */
  publicRoutes?: RouteObject[];
}

function Loading() {
  return <output className="status">Laden…</output>;
}

/**
 * A route whose page is loaded when it is first opened, so a portal's first download holds only the
 * shell: `lazyPage(() => import("./pages/TeamPage.tsx"), "TeamPage")`.
 */
export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): NonNullable<RouteObject["lazy"]> {
  return async () => ({ Component: (await load())[name] });
}

/**
 * A header badge (e.g. a count of open tasks) loaded when the shell first shows it, so that the data it
 * asks for does not hold up the first page: `lazyBadge(() => import("./components/TodoCount.tsx"), "TodoCount")`.
 */
export function lazyBadge<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  const Badge = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  return function LazyBadge() {
    return (
      <Suspense fallback={null}>
        <Badge />
      </Suspense>
    );
  };
}

/** The portal's route table: login, the app shell with the app's pages, "niet gevonden" and errors. */
function portalRoutes({ nav, routes, publicRoutes = [] }: Omit<PortalDefinition, "portal">): RouteObject[] {
  return [
    {
      // Outside the shell (its own error or the login page's): the message is the whole page.
      errorElement: (
        <main id="inhoud">
          <RouteError />
        </main>
      ),
      HydrateFallback: Loading,
      // tRPC and TanStack Query, and the shell below, load beside the first page's own chunk rather than
      // before it: the first download holds React, the router and this table.
      lazy: lazyPage(() => import("./trpc.tsx"), "TrpcOutlet"),
      children: [
        // The login form (with react-hook-form) loads only for a visitor who is not logged in.
        { path: "/inloggen", lazy: lazyPage(() => import("./LoginPage.tsx"), "LoginPage") },
        ...publicRoutes,
        {
          lazy: async () => {
            const { AppShell } = await import("./AppShell.tsx");
            return { element: <AppShell nav={nav} /> };
          },
          // A page's error shows inside the shell, with the navigation still there.
          children: [
            {
              errorElement: <RouteError />,
              children: [
                ...routes,
                // Every portal's mail settings, reached from the bell and from the links in the mails.
                {
                  path: MAIL_SETTINGS_PATH,
                  lazy: lazyPage(() => import("./MailSettingsPage.tsx"), "MailSettingsPage"),
                },
                { path: "*", element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ];
}

/** Mounts the portal on `#root`: the router at the portal's path, with the tRPC client and its pages loaded lazily. */
export function mountPortal(definition: PortalDefinition): void {
  const router = createBrowserRouter(portalRoutes(definition), { basename: definition.portal.basename });
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <PortalContext value={definition.portal}>
        <RouterProvider router={router} />
      </PortalContext>
    </StrictMode>,
  );
}
