import { router } from "../../../trpc.ts";
import { addBottleneck, listBottlenecks, setBottleneckStatus } from "./bottlenecks.ts";
import { get } from "./get.ts";

export const implementationRouter = router({ get, listBottlenecks, addBottleneck, setBottleneckStatus });
