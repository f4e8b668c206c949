import { router } from "../../../trpc.ts";
import { inviteColleague } from "./invite.ts";
import { listColleagues } from "./list.ts";
import { setColleagueRoles } from "./set-roles.ts";

export const colleaguesRouter = router({
  list: listColleagues,
  invite: inviteColleague,
  setRoles: setColleagueRoles,
});
