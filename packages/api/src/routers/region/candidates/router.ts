import { router } from "../../../trpc.ts";
import { get } from "./get.ts";
import { list } from "./list.ts";
import { register } from "./register.ts";
import { saveIntake } from "./save-intake.ts";
import { withdrawConsent } from "./withdraw-consent.ts";

export const candidatesRouter = router({ list, get, register, saveIntake, withdrawConsent });
