import { router } from "../../../trpc.ts";
import { candidates } from "./candidates.ts";
import { correct } from "./correct.ts";
import { history } from "./history.ts";
import { list } from "./list.ts";
import { move } from "./move.ts";
import { register } from "./register.ts";

export const examResultsRouter = router({ list, history, candidates, register, move, correct });
