import { router } from "../../trpc.ts";
import { adviceRouter } from "./advice/router.ts";
import { candidatesRouter } from "./candidates/router.ts";
import { dashboardRouter } from "./dashboard.ts";
import { forecastRouter } from "./forecast/router.ts";
import { fundingRouter } from "./funding.ts";
import { funnelRouter } from "./funnel/router.ts";
import { implementationRouter } from "./implementation/router.ts";
import { learningTeamsRouter } from "./learning-teams.ts";
import { referralsRouter } from "./referrals/router.ts";
import { reportsRouter } from "./reports/router.ts";
import { signalsRouter } from "./signals/router.ts";
import { notificationsRouter } from "./notifications.ts";

export const regionRouter = router({
  notifications: notificationsRouter,
  dashboard: dashboardRouter,
  candidates: candidatesRouter,
  referrals: referralsRouter,
  funnel: funnelRouter,
  reports: reportsRouter,
  advice: adviceRouter,
  funding: fundingRouter,
  signals: signalsRouter,
  forecast: forecastRouter,
  implementation: implementationRouter,
  learningTeams: learningTeamsRouter,
});
