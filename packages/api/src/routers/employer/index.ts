import { router } from "../../trpc.ts";
import { personsRouter } from "./persons.ts";

export const employerRouter = router({ persons: personsRouter });
