import { router } from "../../trpc.ts";
import { alignmentRouter } from "./alignment/router.ts";
import { classesRouter } from "./classes/router.ts";
import { credentialsRouter } from "./credentials/router.ts";
import { employerChangeRouter } from "./employer-change/router.ts";
import { enrolmentsRouter } from "./enrolments/router.ts";
import { examResultsRouter } from "./exam-results/router.ts";
import { exemptionsRouter } from "./exemptions/router.ts";
import { learnersRouter } from "./learners/router.ts";
import { offersRouter } from "./offers/router.ts";
import { requestsRouter } from "./requests/router.ts";
import { subsidyRouter } from "./subsidy/router.ts";

export const schoolRouter = router({
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
});
