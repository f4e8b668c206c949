import { lazyPage, mountPortal } from "@ontwikkelpad/ui/portal";
import { PORTALS } from "@ontwikkelpad/ui/portals";

// Each page is loaded when it is first opened, and the shell comes from ui/portal rather than the ui
// index: the first download holds only the shell.
mountPortal({
  portal: PORTALS.school,
  nav: [{ to: "/", label: "Scholingsaanbod" }],
  routes: [{ index: true, lazy: lazyPage(() => import("./pages/OffersPage.tsx"), "OffersPage") }],
});
