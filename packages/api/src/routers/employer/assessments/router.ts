import { router } from "../../../trpc.ts";
import { coSign } from "./co-sign.ts";
import { correct } from "./correct.ts";
import { get } from "./get.ts";
import { rate } from "./rate.ts";
import { requestPraktijkverklaring } from "./request-praktijkverklaring.ts";
import { sign } from "./sign.ts";

export const assessmentsRouter = router({
  get,
  rate,
  sign,
  correct,
  coSign,
  requestPraktijkverklaring,
});
