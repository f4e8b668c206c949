import { LoginPage as SharedLoginPage } from "@ontwikkelpad/ui";
import { PORTAL_NAME } from "../portal.ts";

export function LoginPage() {
  return <SharedLoginPage portalName={PORTAL_NAME} />;
}
