import { router } from "../../../trpc.ts";
import { coSignAssessments } from "./co-sign.ts";
import { correctAssessment } from "./correct.ts";
import { getAssessments } from "./get.ts";
import { rateWorkProcess } from "./rate.ts";
import { requestPraktijkverklaring } from "./request-praktijkverklaring.ts";
import { signAssessments } from "./sign.ts";

export const assessmentsRouter = router({
  get: getAssessments,
  rate: rateWorkProcess,
  sign: signAssessments,
  correct: correctAssessment,
  coSign: coSignAssessments,
  requestPraktijkverklaring,
});
