import { childcareCatalog, findCredential, findCredentialCrebo } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, today } from "../../../shared/dates.ts";
import { offerStartsInclude, readOfferAvailability } from "../../../shared/training-offers.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { deliveryFormatSchema, learningRouteSchema } from "../../../shared/enums.ts";
import { notFound } from "../../../shared/own.ts";

const whole = (message: string) => z.number({ error: message }).int(message);

export const saveOfferInput = z
  .object({
    /** Absent for a new offer. */
    offerId: z.string().min(1).optional(),
    title: z.string().trim().min(3, "Geef het aanbod een naam van minstens 3 tekens.").max(200),
    description: z.string().trim().max(2000).optional(),
    credentialId: z.string().min(1, "Kies waartoe het aanbod leidt."),
    learningRoute: learningRouteSchema,
    format: deliveryFormatSchema,
    durationWeeks: whole("Vul de duur in hele weken in.").min(1, "De duur is minstens 1 week.").max(260),
    hoursPerWeek: z.number({ error: "Vul de uren per week in." }).min(0).max(40).nullable(),
    priceCents: whole("Vul de prijs in.").min(0, "De prijs kan niet negatief zijn.").nullable(),
    onDemand: z.boolean(),
    maxConcurrentLearners: whole("Vul het maximum in hele deelnemers in.").min(1).max(1000).nullable(),
    starts: z
      .array(
        z.object({
          startsOn: z.iso.date("Vul een geldige startdatum in."),
          capacity: whole("Vul de capaciteit in hele deelnemers in.")
            .min(1, "Een startmoment heeft minstens 1 plek.")
            .max(1000),
        }),
      )
      .max(24),
    regionCodes: z.array(z.string().min(1)).max(40),
    locations: z.array(z.string().trim().min(1).max(200)).max(20),
    contact: z.string().trim().max(200).optional(),
  })
  .superRefine((offer, ctx) => {
    if (!offer.onDemand && offer.starts.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["starts"],
        message: "Voeg een startmoment toe, of kies 'op afroep' met een maximum aantal deelnemers.",
      });
    if (offer.onDemand && offer.maxConcurrentLearners === null)
      ctx.addIssue({
        code: "custom",
        path: ["maxConcurrentLearners"],
        message: "Vul in hoeveel deelnemers tegelijk het aanbod op afroep volgen.",
      });
    const dates = offer.starts.map((s) => s.startsOn);
    if (new Set(dates).size !== dates.length)
      ctx.addIssue({ code: "custom", path: ["starts"], message: "Elk startmoment heeft een eigen datum." });
  });

/**
 * Creates or edits an offer with its start moments. A start moment that already has learners stays,
 * with at least their number of places.
 */
export const save = schoolProcedure
  .meta({ action: "manageOffers" })
  .input(saveOfferInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur beheert het scholingsaanbod.");
    const credential = findCredential(childcareCatalog, input.credentialId);
    if (!credential)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Kies een diploma, certificaat of praktijkverklaring uit de lijst.",
      });
    const knownRegions = await ctx.prisma.organization.count({
      where: { kind: "REGION", regionCode: { in: input.regionCodes } },
    });
    if (knownRegions !== new Set(input.regionCodes).size)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Kies de regio's uit de lijst." });
    const existing = input.offerId
      ? await ctx.prisma.trainingOffer.findFirst({
          where: { AND: [{ id: input.offerId, archivedAt: null }, scopeOwnedBySchool(ctx.organizationId)] },
          include: offerStartsInclude,
        })
      : null;
    if (input.offerId && !existing) throw notFound("offer");
    if (existing) {
      const occupancy = (await readOfferAvailability(ctx.prisma, [existing], today())).get(existing.id)!;
      for (const start of occupancy.starts.filter((s) => s.taken > 0)) {
        const kept = input.starts.find((s) => s.startsOn === start.startsOn);
        if (!kept || kept.capacity < start.taken)
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: `Het startmoment van ${start.startsOn} heeft al ${start.taken} deelnemer(s): houd het, met minstens zoveel plekken.`,
          });
      }
    }
    const data = {
      title: input.title,
      description: input.description || null,
      credentialId: credential.id,
      crebo: findCredentialCrebo(childcareCatalog, credential.id),
      learningRoute: input.learningRoute,
      format: input.format,
      durationWeeks: input.durationWeeks,
      hoursPerWeek: input.hoursPerWeek,
      priceCents: input.priceCents,
      onDemand: input.onDemand,
      maxConcurrentLearners: input.onDemand ? input.maxConcurrentLearners : null,
      regionCodes: [...new Set(input.regionCodes)],
      locations: input.locations,
      contact: input.contact || null,
    };
    return ctx.prisma.$transaction(async (tx) => {
      const offer = existing
        ? await tx.trainingOffer.update({ where: { id: existing.id }, data })
        : await tx.trainingOffer.create({ data: { ...data, schoolOrganizationId: ctx.organizationId } });
      const starts = input.onDemand ? [] : input.starts;
      await tx.trainingOfferStart.deleteMany({
        where: { trainingOfferId: offer.id, startsOn: { notIn: starts.map((s) => dateColumn(s.startsOn)) } },
      });
      for (const start of starts) {
        await tx.trainingOfferStart.upsert({
          where: {
            trainingOfferId_startsOn: { trainingOfferId: offer.id, startsOn: dateColumn(start.startsOn) },
          },
          create: {
            trainingOfferId: offer.id,
            startsOn: dateColumn(start.startsOn),
            capacity: start.capacity,
          },
          update: { capacity: start.capacity },
        });
      }
      await audit(tx, ctx, existing ? "trainingOffer.update" : "trainingOffer.create", {
        entity: "TrainingOffer",
        entityId: offer.id,
      });
      return { id: offer.id };
    });
  });
