import { router } from "../../trpc.ts";
import { offersRouter } from "./offers/router.ts";
import { requestsRouter } from "./requests/router.ts";

export const schoolRouter = router({ offers: offersRouter, requests: requestsRouter });
