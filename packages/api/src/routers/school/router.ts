import { router } from "../../trpc.ts";
import { alignmentRouter } from "./alignment/router.ts";
import { classesRouter } from "./classes/router.ts";
import { credentialsRouter } from "./credentials/router.ts";
import { employerChangeRouter } from "./employer-change/router.ts";
import { enrolmentsRouter } from "./enrolments/router.ts";
import { examResultsRouter } from "./exam-results/router.ts";
import { exemptionsRouter } from "./exemptions/router.ts";
import { learnersRouter } from "./learners/router.ts";
import { learningTeamsRouter } from "./learning-teams/router.ts";
import { offersRouter } from "./offers/router.ts";
import { requestsRouter } from "./requests/router.ts";
import { subsidyRouter } from "./subsidy/router.ts";
import { notificationsRouter } from "./notifications.ts";

export const schoolRouter = router({
  notifications: notificationsRouter,
  offers: offersRouter,
  requests: requestsRouter,
  enrolments: enrolmentsRouter,
  subsidy: subsidyRouter,
  employerChange: employerChangeRouter,
  examResults: examResultsRouter,
  learners: learnersRouter,
  classes: classesRouter,
  alignment: alignmentRouter,
  credentials: credentialsRouter,
  exemptions: exemptionsRouter,
  learningTeams: learningTeamsRouter,
});
