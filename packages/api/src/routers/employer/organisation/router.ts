import { router } from "../../../trpc.ts";
import { addGroup } from "./add-group.ts";
import { addLocation } from "./add-location.ts";
import { addRecognition } from "./add-recognition.ts";
import { getOrganisation } from "./get.ts";
import { listLocations } from "./locations.ts";

export const organisationRouter = router({
  locations: listLocations,
  get: getOrganisation,
  addLocation,
  addGroup,
  addRecognition,
});
