import { router } from "../../../trpc.ts";
import { addHeldCredential } from "./add.ts";
import { archiveHeldCredential } from "./archive.ts";
import { listHeldCredentials } from "./list.ts";
import { updatePersonFacts } from "./update-facts.ts";

export const heldCredentialsRouter = router({
  list: listHeldCredentials,
  add: addHeldCredential,
  archive: archiveHeldCredential,
  updateFacts: updatePersonFacts,
});
