import { router } from "../../../trpc.ts";
import { accept } from "./accept.ts";
import { addGoal } from "./add-goal.ts";
import { addMeeting } from "./add-meeting.ts";
import { addMember } from "./add-member.ts";
import { assessGoal } from "./assess-goal.ts";
import { close } from "./close.ts";
import { create } from "./create.ts";
import { enrolments } from "./enrolments.ts";
import { get } from "./get.ts";
import { inviteSchool } from "./invite-school.ts";
import { list } from "./list.ts";

export const learningTeamsRouter = router({
  list,
  get,
  create,
  inviteSchool,
  accept,
  enrolments,
  addMember,
  addGoal,
  assessGoal,
  addMeeting,
  close,
});
