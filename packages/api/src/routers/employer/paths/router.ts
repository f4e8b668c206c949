import { router } from "../../../trpc.ts";
import { employeeView, inviteEmployee } from "./employee-view.ts";
import { complete } from "./complete.ts";
import { continueHandover } from "./continue-handover.ts";
import { handovers } from "./handovers.ts";
import { get } from "./get.ts";
import { move } from "./move.ts";
import { requestTraining } from "./request-training.ts";
import { routes } from "./routes.ts";
import { save } from "./save.ts";
import { start } from "./start.ts";

export const pathsRouter = router({
  get,
  routes,
  start,
  save,
  move,
  complete,
  requestTraining,
  employeeView,
  inviteEmployee,
  handovers,
  continueHandover,
});
