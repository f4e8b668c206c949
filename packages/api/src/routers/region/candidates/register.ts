import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate } from "../../../shared/dates.ts";
import { regionDeskProcedure } from "../_shared/region-desk.ts";

export const registerInput = z.object({
  givenName: z.string().trim().min(1, "Vul de voornaam in.").max(80),
  familyName: z.string().trim().min(1, "Vul de achternaam in.").max(120),
  email: z.union([z.literal(""), z.email("Vul een geldig e-mailadres in.")]).optional(),
  phone: z
    .union([
      z.literal(""),
      z
        .string()
        .trim()
        .regex(/^[0-9 +()-]{6,20}$/, "Vul een geldig telefoonnummer in."),
    ])
    .optional(),
  /** The registration consent is what makes the registration lawful: it must be given. */
  consentRegistration: z.literal(true, {
    error: "Zonder toestemming voor de aanmelding kun je niet aanmelden.",
  }),
  consentAdvice: z.boolean(),
  consentGivenOn: plausibleDate("datum van de toestemming", 0),
});

/**
 * A partner or the region's desk registers a job seeker with the consent per purpose, recording who
 * recorded it and when. The candidate belongs to the region; a partner keeps seeing its own.
 */
export const register = regionDeskProcedure
  .meta({ action: "regionDeskMember" })
  .input(registerInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const givenAt = dateColumn(input.consentGivenOn);
    const purposes = ["REGION_FOLLOW_UP", ...(input.consentAdvice ? (["ADVICE"] as const) : [])] as const;
    return ctx.prisma.$transaction(async (tx) => {
      const person = await tx.person.create({
        data: {
          kind: "CANDIDATE",
          givenName: input.givenName,
          familyName: input.familyName,
          email: input.email || null,
          phone: input.phone || null,
          registeredByOrganizationId: ctx.regionOrganizationId,
          consentRecords: {
            create: purposes.map((purpose) => ({
              organizationId: ctx.regionOrganizationId,
              purpose,
              givenAt,
              recordedByUserId: ctx.session.userId,
            })),
          },
          registration: {
            create: {
              regionOrganizationId: ctx.regionOrganizationId,
              partnerOrganizationId: ctx.partnerOrganizationId,
              registeredByUserId: ctx.session.userId,
            },
          },
        },
        include: { registration: { select: { id: true } } },
      });
      const id = person.registration!.id;
      await audit(tx, ctx, "candidate.register", {
        entity: "CandidateRegistration",
        entityId: id,
        details: { purposes: [...purposes] },
      });
      return { id };
    });
  });
