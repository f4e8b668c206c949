import { router } from "../../../trpc.ts";
import { evidence } from "./evidence.ts";
import { recordAttendance } from "./record-attendance.ts";
import { recordCoaching } from "./record-coaching.ts";
import { rvoExport } from "./rvo-export.ts";

export const subsidyRouter = router({ evidence, recordAttendance, recordCoaching, rvoExport });
