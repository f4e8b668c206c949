import { childcareCatalog, findWorkProcess, languageLevelSchema } from "@ontwikkelpad/core";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate } from "../../../shared/dates.ts";
import { locationTypeSchema } from "../../../shared/enums.ts";
import { findCandidate, regionDeskProcedure } from "../_shared/region-desk.ts";

export const intakeInput = z.object({
  candidateId: z.string().min(1),
  availableFrom: plausibleDate("beschikbaarheidsdatum", 2),
  hoursPerWeek: z
    .number({ error: "Vul het aantal uren per week in." })
    .positive("Vul meer dan 0 uur in.")
    .max(40, "Meer dan 40 uur per week kan niet."),
  city: z.string().trim().min(2, "Vul de woonplaats in.").max(80),
  postcodeArea: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{3}$/, "Vul de vier cijfers van de postcode in (bijv. 3024).")
    .optional()
    .or(z.literal("")),
  travelDistanceKm: z
    .number({ error: "Vul de reisafstand in kilometers in." })
    .int("Vul een heel aantal kilometers in.")
    .min(0)
    .max(200, "Meer dan 200 km is geen reisafstand voor dit werk."),
  locationTypes: z.array(locationTypeSchema),
  languageLevel: languageLevelSchema,
  experience: z.string().trim().max(2000).optional(),
  experienceYears: z
    .number({ error: "Vul het aantal jaren werkervaring in." })
    .min(0, "Vul 0 jaar of meer in.")
    .max(60, "Vul een aantal jaren tot 60 in.")
    .optional(),
  workProcessIds: z.array(
    z
      .string()
      .refine(
        (id) => findWorkProcess(childcareCatalog, id) !== undefined,
        "Kies een werkproces uit de lijst.",
      ),
  ),
  priorDiplomas: z.array(z.string().trim().min(2).max(120)).max(10),
});

/** Records (or corrects) the intake: what matching and advice need, nothing more. */
export const saveIntake = regionDeskProcedure
  .meta({ action: "regionDeskMember" })
  .input(intakeInput)
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const candidate = await findCandidate(ctx, input.candidateId);
    await ctx.prisma.$transaction(async (tx) => {
      await tx.candidateRegistration.update({
        where: { id: candidate.id },
        data: {
          intakeCompletedAt: candidate.intakeCompletedAt ?? new Date(),
          availableFrom: dateColumn(input.availableFrom),
          hoursPerWeek: input.hoursPerWeek,
          city: input.city,
          postcodeArea: input.postcodeArea || null,
          travelDistanceKm: input.travelDistanceKm,
          locationTypes: input.locationTypes,
          languageLevel: input.languageLevel,
          experience: input.experience || null,
          experienceYears: input.experienceYears ?? null,
          workProcessIds: input.workProcessIds,
          priorDiplomas: input.priorDiplomas,
        },
      });
      await audit(tx, ctx, "candidate.intake", { entity: "CandidateRegistration", entityId: candidate.id });
    });
    return { ok: true as const };
  });
