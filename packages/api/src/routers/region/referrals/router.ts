import { router } from "../../../trpc.ts";
import { matches } from "./matches.ts";
import { send } from "./send.ts";

export const referralsRouter = router({ matches, send });
