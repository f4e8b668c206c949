import { router } from "../../../trpc.ts";
import { addBottleneck, listBottlenecks, setBottleneckStatus } from "./bottlenecks.ts";
import { get } from "./get.ts";
import {
  addLearningCircle,
  addLearningCircleAction,
  listLearningCircles,
  setLearningCircleActionDone,
} from "./learning-circles.ts";

export const implementationRouter = router({
  get,
  listBottlenecks,
  addBottleneck,
  setBottleneckStatus,
  listLearningCircles,
  addLearningCircle,
  addLearningCircleAction,
  setLearningCircleActionDone,
});
