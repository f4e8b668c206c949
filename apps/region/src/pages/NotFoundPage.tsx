import { usePageTitle } from "@ontwikkelpad/ui";
import { Link } from "react-router";
import { PORTAL_NAME } from "../portal.ts";

export function NotFoundPage() {
  usePageTitle("Pagina niet gevonden", PORTAL_NAME);
  return (
    <>
      <h1>Pagina niet gevonden</h1>
      <p>
        Deze pagina bestaat niet. <Link to="/">Naar de startpagina</Link>
      </p>
    </>
  );
}
