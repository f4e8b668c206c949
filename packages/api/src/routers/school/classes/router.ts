import { router } from "../../../trpc.ts";
import { addLearner } from "./add-learner.ts";
import { addMember } from "./add-member.ts";
import { addNote } from "./add-note.ts";
import { adopt } from "./adopt.ts";
import { create } from "./create.ts";
import { get } from "./get.ts";
import { list } from "./list.ts";
import { removeAdoption } from "./remove-adoption.ts";
import { removeLearner } from "./remove-learner.ts";
import { removeMember } from "./remove-member.ts";
import { sendSignal } from "./send-signal.ts";

export const classesRouter = router({
  list,
  get,
  create,
  addLearner,
  removeLearner,
  adopt,
  removeAdoption,
  addMember,
  removeMember,
  addNote,
  sendSignal,
});
