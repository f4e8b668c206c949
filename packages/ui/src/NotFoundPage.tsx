import { Link } from "react-router";
import { usePortal } from "./portal-context.ts";
import { usePageTitle } from "./usePageTitle.ts";

/** Shown for a path the portal does not know. */
export function NotFoundPage() {
  const portal = usePortal();
  usePageTitle("Niet gevonden", portal.name);
  return (
    <>
      <h1>Niet gevonden</h1>
      <p>Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de startpagina.</p>
      <p>
        <Link to="/">Naar de startpagina van {portal.name}</Link>
      </p>
    </>
  );
}
