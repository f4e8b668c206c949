import { router } from "../../../trpc.ts";
import { invite } from "./invite.ts";
import { list } from "./list.ts";
import { setRoles } from "./set-roles.ts";

export const colleaguesRouter = router({
  list,
  invite,
  setRoles,
});
