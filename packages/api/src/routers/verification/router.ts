import { router } from "../../trpc.ts";
import { checkIssued } from "./check-issued.ts";
import { check } from "./check.ts";

export const verificationRouter = router({ check, checkIssued });
