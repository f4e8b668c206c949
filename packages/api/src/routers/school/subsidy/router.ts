import { router } from "../../../trpc.ts";
import { evidence } from "./evidence.ts";
import { recordAttendance } from "./record-attendance.ts";
import { recordCoaching } from "./record-coaching.ts";
import { rvoExport } from "./rvo-export.ts";
import { rvoLearners } from "./rvo-learners.ts";

export const subsidyRouter = router({ evidence, recordAttendance, recordCoaching, rvoLearners, rvoExport });
