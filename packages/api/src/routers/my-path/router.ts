import { router } from "../../trpc.ts";
import { agree } from "./agree.ts";
import { credentials } from "./credentials.ts";
import { get } from "./get.ts";

/** The employee's own Ontwikkelpad behind a link from HR: no account, read-only, their agreement and signed credentials. */
export const myPathRouter = router({ get, agree, credentials });
