import { router } from "../../trpc.ts";
import { assessmentsRouter } from "./assessments.ts";
import { dashboardRouter } from "./dashboard.ts";
import { organisationRouter } from "./organisation.ts";
import { pathsRouter } from "./paths.ts";
import { personsRouter } from "./persons.ts";
import { referralsRouter, vacanciesRouter } from "./recruitment.ts";
import { trainingRequestsRouter } from "./training-requests.ts";

export const employerRouter = router({
  organisation: organisationRouter,
  persons: personsRouter,
  paths: pathsRouter,
  trainingRequests: trainingRequestsRouter,
  assessments: assessmentsRouter,
  dashboard: dashboardRouter,
  vacancies: vacanciesRouter,
  referrals: referralsRouter,
});
