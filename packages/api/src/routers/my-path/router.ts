import { router } from "../../trpc.ts";
import { agree } from "./agree.ts";
import { correctReflection } from "./correct-reflection.ts";
import { credentials } from "./credentials.ts";
import { get } from "./get.ts";
import { learningTeams } from "./learning-teams.ts";
import { writeReflection } from "./write-reflection.ts";

/**
 * The employee's own Ontwikkelpad behind a link from HR: no account, read-only, their agreement and
 * signed credentials; as a student, her learning teams with her own goals, and her reflections.
 */
export const myPathRouter = router({
  get,
  agree,
  credentials,
  learningTeams,
  writeReflection,
  correctReflection,
});
