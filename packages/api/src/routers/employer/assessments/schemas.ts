import { z } from "zod";
import { dutchDate, isoDate, plausibleDate } from "../../../shared/dates.ts";
import { fieldError } from "../../../shared/field-error.ts";

export const onlyTrainer = "Alleen een praktijkopleider kan werkprocessen beoordelen en ondertekenen.";
export const onlyManager = "Alleen een leidinggevende kan een beoordeling medeondertekenen.";

export const rating = z.enum(["MASTERED", "NOT_YET", "NOT_APPLICABLE"], {
  error: "Kies beheerst, nog niet of niet van toepassing.",
});
export const note = z.string().trim().min(1, "Schrijf kort op waarop je de beoordeling baseert.").max(1000);
export const assessedOn = plausibleDate("beoordelingsdatum", 0);

/** A rating is about work done for this employer, so it cannot predate the person's first employment here. */
export function refuseRatingBeforeEmployment(ratedOn: string, firstContractStart: Date | undefined): void {
  if (firstContractStart && ratedOn < isoDate(firstContractStart))
    throw fieldError(
      "assessedOn",
      `De beoordelingsdatum ligt vóór de start van het dienstverband (${dutchDate(isoDate(firstContractStart))}). Kies een datum vanaf de startdatum.`,
    );
}
