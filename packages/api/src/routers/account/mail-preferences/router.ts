import { router } from "../../../trpc.ts";
import { get } from "./get.ts";
import { set } from "./set.ts";

export const mailPreferencesRouter = router({ get, set });
