import { router } from "../../trpc.ts";
import { invite } from "./invite.ts";
import { list } from "./list.ts";
import { resendInvitation } from "./resend-invitation.ts";
import { revokeInvitation } from "./revoke-invitation.ts";
import { setRoles } from "./set-roles.ts";

/** The people of the signed-in user's employer, school or region: one router for the three portals. */
export const colleaguesRouter = router({ list, invite, setRoles, resendInvitation, revokeInvitation });
