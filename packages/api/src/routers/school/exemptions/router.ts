import { router } from "../../../trpc.ts";
import { correct } from "./correct.ts";
import { decide } from "./decide.ts";
import { list } from "./list.ts";
import { request } from "./request.ts";

export const exemptionsRouter = router({ list, request, decide, correct });
