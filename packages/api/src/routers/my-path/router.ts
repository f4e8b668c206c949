import { router } from "../../trpc.ts";
import { agree } from "./agree.ts";
import { get } from "./get.ts";

/** The employee's own Ontwikkelpad behind a link from HR: no account, read-only, and their agreement. */
export const myPathRouter = router({ get, agree });
