import { childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { z } from "zod";
import { personKindSchema } from "../../../shared/enums.ts";

/** A new staff member or candidate with their employment; deliberately no national identification number. */
const personFields = {
  kind: personKindSchema,
  givenName: z.string().trim().min(1, "Vul de voornaam in.").max(100),
  familyName: z.string().trim().min(1, "Vul de achternaam in.").max(100),
  email: z.email("Vul een geldig e-mailadres in.").optional(),
  functionId: z
    .string()
    .refine((id) => findFunction(childcareCatalog, id) !== undefined, "Kies een functie uit de lijst."),
  locationId: z.string().min(1).optional(),
  hoursPerWeek: z
    .number({ error: "Vul het aantal uren per week in." })
    .positive("Vul meer dan 0 uur in.")
    .max(60, "Meer dan 60 uur per week kan niet."),
  contractStart: z.iso.date("Vul een geldige startdatum in."),
  contractEnd: z.iso.date("Vul een geldige einddatum in.").optional(),
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
