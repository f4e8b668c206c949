import { router } from "../../trpc.ts";
import { acceptInvitation } from "./accept.ts";
import { getInvitation } from "./get.ts";

export const invitationsRouter = router({ get: getInvitation, accept: acceptInvitation });
