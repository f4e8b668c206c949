import { router } from "../../../trpc.ts";
import { options } from "./options.ts";
import { replace } from "./replace.ts";

export const employerChangeRouter = router({ options, replace });
