import { router } from "../../../trpc.ts";
import { addSupervisor } from "./add-supervisor.ts";
import { get } from "./get.ts";
import { list } from "./list.ts";
import { removeSupervisor } from "./remove-supervisor.ts";

/** The learning teams the organisation hosts, as the host reads them, and the practice supervisors it names on them. */
export const learningTeamsRouter = router({ list, get, addSupervisor, removeSupervisor });
