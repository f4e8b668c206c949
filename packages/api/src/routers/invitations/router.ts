import { router } from "../../trpc.ts";
import { accept } from "./accept.ts";
import { get } from "./get.ts";

export const invitationsRouter = router({ get, accept });
