import { router } from "../../../trpc.ts";
import { followUp } from "./follow-up.ts";
import { get } from "./get.ts";
import { give } from "./give.ts";
import { notes } from "./notes.ts";
import { save } from "./save.ts";

export const adviceRouter = router({ get, notes, save, give, followUp });
