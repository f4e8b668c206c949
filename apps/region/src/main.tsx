import { lazyPage, mountPortal } from "@ontwikkelpad/ui/portal";
import { PORTALS } from "@ontwikkelpad/ui/portals";

// Each page is loaded when it is first opened, and the shell comes from ui/portal rather than the ui
// index: the first download holds only the shell.
mountPortal({
  portal: PORTALS.region,
  nav: [{ to: "/", label: "Regio-overzicht" }],
  routes: [{ index: true, lazy: lazyPage(() => import("./pages/DashboardPage.tsx"), "DashboardPage") }],
});
