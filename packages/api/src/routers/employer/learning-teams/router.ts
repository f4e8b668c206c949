import { router } from "../../../trpc.ts";
import { get } from "./get.ts";
import { list } from "./list.ts";

/** The learning teams the organisation hosts, as the host reads them. */
export const learningTeamsRouter = router({ list, get });
