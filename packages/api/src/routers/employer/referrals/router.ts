import { router } from "../../../trpc.ts";
import { list } from "./list.ts";
import { respond } from "./respond.ts";

export const referralsRouter = router({ list, respond });
