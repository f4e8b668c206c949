import { router } from "../../../trpc.ts";
import { archivePerson } from "./archive.ts";
import { createPerson } from "./create.ts";
import { getPerson } from "./get.ts";
import { importPersons } from "./import.ts";
import { listPersons } from "./list.ts";
import { updatePerson } from "./update.ts";

export const personsRouter = router({
  list: listPersons,
  create: createPerson,
  update: updatePerson,
  archive: archivePerson,
  import: importPersons,
  get: getPerson,
});
