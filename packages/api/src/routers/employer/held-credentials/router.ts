import { router } from "../../../trpc.ts";
import { add } from "./add.ts";
import { archive } from "./archive.ts";
import { list } from "./list.ts";
import { updateFacts } from "./update-facts.ts";
import { upload } from "./upload.ts";

export const heldCredentialsRouter = router({
  list,
  add,
  upload,
  archive,
  updateFacts,
});
