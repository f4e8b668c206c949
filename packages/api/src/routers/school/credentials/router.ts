import { router } from "../../../trpc.ts";
import { document } from "./document.ts";
import { duoReminders } from "./duo-reminders.ts";
import { issue } from "./issue.ts";
import { issued } from "./issued.ts";
import { learner } from "./learner.ts";
import { learners } from "./learners.ts";
import { markDuoReported } from "./mark-duo-reported.ts";
import { openBadge } from "./open-badge.ts";
import { supersede } from "./supersede.ts";

export const credentialsRouter = router({
  learners,
  learner,
  issued,
  issue,
  supersede,
  duoReminders,
  markDuoReported,
  document,
  openBadge,
});
