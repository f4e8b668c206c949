import { router } from "../../../trpc.ts";
import { ministry } from "./ministry.ts";

export const reportsRouter = router({ ministry });
