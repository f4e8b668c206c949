import { router } from "../../../trpc.ts";
import { close } from "./close.ts";
import { create } from "./create.ts";
import { list } from "./list.ts";

export const vacanciesRouter = router({ list, create, close });
