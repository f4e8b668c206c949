import { router } from "../../trpc.ts";
import { agreeMyPath } from "./agree.ts";
import { getMyPath } from "./get.ts";

/** The employee's own Ontwikkelpad behind a link from HR: no account, read-only, and their agreement. */
export const myPathRouter = router({ get: getMyPath, agree: agreeMyPath });
