import { router } from "../../../trpc.ts";
import { listTodo } from "./list.ts";

export const todoRouter = router({ list: listTodo });
