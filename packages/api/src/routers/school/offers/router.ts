import { router } from "../../../trpc.ts";
import { get } from "./get.ts";
import { list } from "./list.ts";
import { publish } from "./publish.ts";
import { regions } from "./regions.ts";
import { save } from "./save.ts";

export const offersRouter = router({ list, get, regions, save, publish });
