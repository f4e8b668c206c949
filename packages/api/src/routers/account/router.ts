import { router } from "../../trpc.ts";
import { mailPreferencesRouter } from "./mail-preferences/router.ts";

/** What a signed-in user sets for themselves, in whichever portal they work. */
export const accountRouter = router({ mailPreferences: mailPreferencesRouter });
