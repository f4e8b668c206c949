import { router } from "../../../trpc.ts";
import { addGroup } from "./add-group.ts";
import { addLocation } from "./add-location.ts";
import { addRecognition } from "./add-recognition.ts";
import { employers } from "./employers.ts";
import { get } from "./get.ts";
import { locations } from "./locations.ts";

export const organizationRouter = router({
  locations,
  employers,
  get,
  addLocation,
  addGroup,
  addRecognition,
});
