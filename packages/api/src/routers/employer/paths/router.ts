import { router } from "../../../trpc.ts";
import { employeeView, inviteEmployee } from "./employee-view.ts";
import { getPath } from "./get.ts";
import { moveStep } from "./move.ts";
import { requestTraining } from "./request-training.ts";
import { pathRoutes } from "./routes.ts";
import { saveStep } from "./save.ts";
import { startPath } from "./start.ts";

export const pathsRouter = router({
  get: getPath,
  routes: pathRoutes,
  start: startPath,
  save: saveStep,
  move: moveStep,
  requestTraining,
  employeeView,
  inviteEmployee,
});
