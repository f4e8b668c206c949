import { Link } from "react-router";
import { usePortal } from "./portal-context.ts";
import { usePageTitle } from "./usePageTitle.ts";

/**
 * A route's error element: a page that failed to load or render gets a Dutch message and a way back
 * instead of an empty screen. A page part that could not be fetched (often after an update of the
 * portal) is fixed by reloading.
 */
export function RouteError() {
  const portal = usePortal();
  usePageTitle("Er ging iets mis", portal.name);
  return (
    <div className="error-box" role="alert">
      <h1>Er ging iets mis</h1>
      <p>
        Deze pagina kon niet worden getoond. Laad de pagina opnieuw; lukt het dan nog niet, ga terug naar de
        startpagina.
      </p>
      <p className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          Pagina opnieuw laden
        </button>
        <Link to="/">Naar de startpagina van {portal.name}</Link>
      </p>
    </div>
  );
}
