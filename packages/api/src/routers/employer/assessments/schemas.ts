import type { Role } from "@ontwikkelpad/db";
import { z } from "zod";
import { today } from "../../../shared/dates.ts";

export const RATERS: Role[] = ["WORKPLACE_TRAINER"];
export const CO_SIGNERS: Role[] = ["MANAGER"];
export const onlyTrainer = "Alleen een praktijkopleider kan werkprocessen beoordelen en ondertekenen.";
export const onlyManager = "Alleen een leidinggevende kan een beoordeling medeondertekenen.";

export const rating = z.enum(["MASTERED", "NOT_YET", "NOT_APPLICABLE"], {
  error: "Kies beheerst, nog niet of niet van toepassing.",
});
export const note = z.string().trim().min(1, "Schrijf kort op waarop je de beoordeling baseert.").max(1000);
export const assessedOn = z.iso
  .date("Vul een geldige datum in.")
  .refine((d) => d <= today(), "De datum van de beoordeling kan niet in de toekomst liggen.");
