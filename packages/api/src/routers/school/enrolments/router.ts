import { router } from "../../../trpc.ts";
import { create } from "./create.ts";
import { get } from "./get.ts";
import { list } from "./list.ts";
import { setStatus } from "./set-status.ts";
import { sign } from "./sign.ts";
import { update } from "./update.ts";

export const enrolmentsRouter = router({ list, get, create, update, setStatus, sign });
