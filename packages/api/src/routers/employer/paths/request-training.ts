import { scopePublishedTrainingOffers } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPath } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { OPEN_REQUEST } from "../_shared/path-state.ts";
import { readRegionCodes } from "../../../shared/training-offers.ts";
import { employerProcedure } from "../../../trpc.ts";
import { notFound } from "../../../shared/own.ts";
import { today } from "../../../shared/dates.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";

/** Step 7: asks a school to take the person on one of its published offers. */
export const requestTraining = employerProcedure
  .meta({ action: "employerMember" })
  .input(
    z.object({
      pathId: z.string().min(1),
      offerId: z.string().min(1),
      message: z.string().trim().max(2000).optional(),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const path = await ownPath(ctx, input.pathId);
    const offer = await ctx.prisma.trainingOffer.findFirst({
      where: {
        AND: [
          { id: input.offerId },
          scopePublishedTrainingOffers(await readRegionCodes(ctx.prisma, ctx.organizationId)),
        ],
      },
    });
    if (!offer) throw notFound("publishedOffer");
    return ctx.prisma.$transaction(async (tx) => {
      const pending = await tx.trainingRequest.findFirst({
        where: { developmentPathId: path.id, trainingOfferId: offer.id, status: { in: [...OPEN_REQUEST] } },
      });
      if (pending)
        throw new TRPCError({ code: "CONFLICT", message: "Voor dit aanbod is al een aanvraag verstuurd." });
      const request = await tx.trainingRequest.create({
        data: {
          employerOrganizationId: ctx.organizationId,
          schoolOrganizationId: offer.schoolOrganizationId,
          personId: path.personId,
          developmentPathId: path.id,
          trainingOfferId: offer.id,
          credentialId: offer.credentialId,
          learningRoute: offer.learningRoute,
          message: input.message || null,
        },
      });
      await audit(tx, ctx, "trainingRequest.create", { entity: "TrainingRequest", entityId: request.id });
      await recordNotificationMail(tx, offer.schoolOrganizationId, today());
      return { id: request.id };
    });
  });
