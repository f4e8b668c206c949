import { router } from "../../../trpc.ts";
import { list } from "./list.ts";
import { review } from "./review.ts";

export const signalsRouter = router({ list, review });
