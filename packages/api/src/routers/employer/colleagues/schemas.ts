import { z } from "zod";

/** The roles a colleague can have in an employer organisation. */
export const EMPLOYER_ROLES = ["ADMIN", "WORKPLACE_TRAINER", "MANAGER"] as const;
export const employerRoleSchema = z.enum(EMPLOYER_ROLES, { error: "Kies een rol." });
export type EmployerRole = z.infer<typeof employerRoleSchema>;
export const onlyAdmin = "Alleen een beheerder kan collega's uitnodigen of hun rollen wijzigen.";
/** How long an invitation link stays valid. */
export const INVITATION_DAYS = 14;
