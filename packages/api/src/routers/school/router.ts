import { router } from "../../trpc.ts";
import { offersRouter } from "./offers.ts";

export const schoolRouter = router({ offers: offersRouter });
