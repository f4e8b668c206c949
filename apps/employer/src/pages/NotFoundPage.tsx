import { usePageTitle } from "@ontwikkelpad/ui";
import { Link } from "react-router";
import { PORTAL_NAME } from "../portal.ts";

export function NotFoundPage() {
  usePageTitle("Niet gevonden", PORTAL_NAME);
  return (
    <>
      <h1>Deze pagina bestaat niet</h1>
      <p>
        <Link to="/">Naar het team</Link>
      </p>
    </>
  );
}
