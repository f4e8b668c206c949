import { router } from "../../trpc.ts";
import { assessmentsRouter } from "./assessments/router.ts";
import { dashboardRouter } from "./dashboard.ts";
import { heldCredentialsRouter } from "./held-credentials/router.ts";
import { learningTeamsRouter } from "./learning-teams/router.ts";
import { organizationRouter } from "./organization/router.ts";
import { pathsRouter } from "./paths/router.ts";
import { personsRouter } from "./persons/router.ts";
import { referralsRouter } from "./referrals/router.ts";
import { todoRouter } from "./todo/router.ts";
import { trainingRequestsRouter } from "./training-requests/router.ts";
import { vacanciesRouter } from "./vacancies/router.ts";
import { notificationsRouter } from "./notifications.ts";

export const employerRouter = router({
  notifications: notificationsRouter,
  organization: organizationRouter,
  persons: personsRouter,
  heldCredentials: heldCredentialsRouter,
  paths: pathsRouter,
  trainingRequests: trainingRequestsRouter,
  assessments: assessmentsRouter,
  dashboard: dashboardRouter,
  vacancies: vacanciesRouter,
  referrals: referralsRouter,
  todo: todoRouter,
  learningTeams: learningTeamsRouter,
});
