import { childcareCatalog, trainingProposalProblems } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate, today } from "../../../shared/dates.ts";
import {
  lockOfferCapacity,
  offerStartsInclude,
  readOfferAvailability,
} from "../../../shared/training-offers.ts";
import { readMissingRecognition } from "../../../shared/recognition.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { ownTrainingRequest } from "../_shared/school-access.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";

export const acceptTrainingInput = z.object({
  requestId: z.string().min(1),
  offerId: z.string().min(1, "Kies het aanbod dat je voorstelt."),
  startDate: plausibleDate("startdatum", 2),
  schedule: z
    .string()
    .trim()
    .min(1, "Beschrijf het rooster, bijvoorbeeld: dinsdag lesdag, 8 uur per week.")
    .max(500),
  priceCents: z
    .number({ error: "Vul de prijs in euro's in." })
    .int()
    .min(0, "De prijs kan niet negatief zijn.")
    .nullable(),
  note: z.string().trim().max(2000).optional(),
});

/**
 * The opleidingsadviseur accepts a training request with a proposal: offer, start, schedule and price.
 * The answer says what the employer still lacks for an enrolment (an SBB recognition), so the school
 * hears it when it proposes rather than when it enrols.
 */
export const acceptTraining = schoolProcedure
  .meta({ action: "answerTrainingRequests" })
  .input(acceptTrainingInput)
  .output(z.object({ ok: z.literal(true), recognitionWarning: z.string().nullable() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur beantwoordt scholingsaanvragen.");
    const request = await ownTrainingRequest(ctx, input.requestId);
    const offer = await ctx.prisma.trainingOffer.findFirst({
      where: { AND: [{ id: input.offerId, archivedAt: null }, scopeOwnedBySchool(ctx.organizationId)] },
      include: offerStartsInclude,
    });
    if (!offer)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een aanbod van jouw school uit de lijst." });
    const date = today();
    await ctx.prisma.$transaction(async (tx) => {
      // Places are counted under the offer's lock: concurrent proposals never overbook a start moment.
      await lockOfferCapacity(tx, offer.id);
      const availability = (await readOfferAvailability(tx, [offer], date)).get(offer.id)!;
      const problems = trainingProposalProblems(
        childcareCatalog,
        {
          requestedCredentialId: request.credentialId,
          offerCredentialId: offer.credentialId,
          startDate: input.startDate,
          availability,
          onDemand: offer.onDemand,
        },
        date,
      );
      if (problems.length) throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") });
      // Only a request still waiting is answered: the condition sits in the update, so two answers cannot both win.
      const { count } = await tx.trainingRequest.updateMany({
        where: { id: request.id, status: "SUBMITTED" },
        data: {
          status: "ACCEPTED",
          trainingOfferId: offer.id,
          proposedStartDate: dateColumn(input.startDate),
          proposedSchedule: input.schedule,
          proposedPriceCents: input.priceCents,
          responseNote: input.note || null,
          respondedAt: new Date(),
        },
      });
      if (count === 0)
        throw new TRPCError({ code: "CONFLICT", message: "Deze aanvraag is al beantwoord of ingetrokken." });
      await audit(tx, ctx, "trainingRequest.accept", {
        entity: "TrainingRequest",
        entityId: request.id,
        details: { offerId: offer.id, startDate: input.startDate, priceCents: input.priceCents },
      });
      // The employer hears of the proposal.
      await recordNotificationMail(tx, request.employerOrganizationId, date);
    });
    const missingRecognition = await readMissingRecognition(ctx.prisma, request, date);
    return { ok: true as const, recognitionWarning: missingRecognition?.school ?? null };
  });
