import { router } from "../../../trpc.ts";
import { archive } from "./archive.ts";
import { create } from "./create.ts";
import { get } from "./get.ts";
import { importPersons } from "./import.ts";
import { list } from "./list.ts";
import { update } from "./update.ts";

export const personsRouter = router({
  list,
  create,
  update,
  archive,
  import: importPersons,
  get,
});
