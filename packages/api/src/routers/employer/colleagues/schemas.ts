import { ROLES_OF_KIND } from "@ontwikkelpad/core";
import { z } from "zod";

/** The roles a colleague can have in an employer organisation. */
export const employerRoleSchema = z.enum(ROLES_OF_KIND.EMPLOYER, { error: "Kies een rol." });
export type EmployerRole = z.infer<typeof employerRoleSchema>;
export const onlyAdmin = "Alleen een beheerder kan collega's uitnodigen of hun rollen wijzigen.";
/** How long an invitation link stays valid. */
export const INVITATION_DAYS = 14;
