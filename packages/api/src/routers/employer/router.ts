import { router } from "../../trpc.ts";
import { assessmentsRouter } from "./assessments/router.ts";
import { dashboardRouter } from "./dashboard.ts";
import { heldCredentialsRouter } from "./held-credentials/router.ts";
import { organisationRouter } from "./organisation/router.ts";
import { pathsRouter } from "./paths/router.ts";
import { personsRouter } from "./persons/router.ts";
import { referralsRouter, vacanciesRouter } from "./recruitment/router.ts";

export const employerRouter = router({
  organisation: organisationRouter,
  persons: personsRouter,
  heldCredentials: heldCredentialsRouter,
  paths: pathsRouter,
  assessments: assessmentsRouter,
  dashboard: dashboardRouter,
  vacancies: vacanciesRouter,
  referrals: referralsRouter,
});
