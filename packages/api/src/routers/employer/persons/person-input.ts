import { childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { z } from "zod";
import { plausibleDate } from "../../../shared/dates.ts";
import { emailSchema } from "../../../shared/email.ts";
import { personKindSchema } from "../../../shared/enums.ts";

/** A new staff member or candidate with their employment; deliberately no national identification number. */
const personFields = {
  kind: personKindSchema,
  givenName: z.string().trim().min(1, "Vul de voornaam in.").max(100),
  familyName: z.string().trim().min(1, "Vul de achternaam in.").max(100),
  email: emailSchema.optional(),
  functionId: z
    .string()
    .refine((id) => findFunction(childcareCatalog, id) !== undefined, "Kies een functie uit de lijst."),
  locationId: z.string().min(1).optional(),
  hoursPerWeek: z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? "Vul het aantal uren per week in."
          : "Vul het aantal uren per week in als getal, bijvoorbeeld 24 of 32,5.",
    })
    .positive("Vul meer dan 0 uur in.")
    .max(60, "Meer dan 60 uur per week kan niet."),
  contractStart: plausibleDate("startdatum", 2),
  contractEnd: plausibleDate("einddatum", 10).optional(),
};
const endAfterStart = (p: { contractStart: string; contractEnd?: string | undefined }) =>
  !p.contractEnd || p.contractEnd >= p.contractStart;
const endBeforeStart = { message: "De einddatum ligt voor de startdatum.", path: ["contractEnd"] };

export const createPersonInput = z.object(personFields).refine(endAfterStart, endBeforeStart);

/** Editing keeps the same fields; the kind follows from hiring, not from editing. */
export const updatePersonInput = z
  .object({ personId: z.string().min(1), ...personFields })
  .omit({ kind: true })
  .refine(endAfterStart, endBeforeStart);
