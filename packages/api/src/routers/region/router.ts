import { router } from "../../trpc.ts";
import { dashboardRouter } from "./dashboard.ts";

export const regionRouter = router({ dashboard: dashboardRouter });
