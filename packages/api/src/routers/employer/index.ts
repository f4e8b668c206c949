import { router } from "../../trpc.ts";
import { assessmentsRouter } from "./assessments.ts";
import { dashboardRouter } from "./dashboard.ts";
import { heldCredentialsRouter } from "./held-credentials.ts";
import { organisationRouter } from "./organisation.ts";
import { pathsRouter } from "./paths.ts";
import { personsRouter } from "./persons.ts";
import { referralsRouter, vacanciesRouter } from "./recruitment.ts";

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
