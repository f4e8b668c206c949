import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { notFound } from "../../../shared/own.ts";

/** Publishes an offer to the employers in its regions, or withdraws it; requests already sent stay. */
export const publish = schoolProcedure
  .meta({ action: "manageOffers" })
  .input(z.object({ offerId: z.string().min(1), published: z.boolean() }))
  .output(z.object({ published: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur beheert het scholingsaanbod.");
    const offer = await ctx.prisma.trainingOffer.findFirst({
      where: { AND: [{ id: input.offerId, archivedAt: null }, scopeOwnedBySchool(ctx.organizationId)] },
    });
    if (!offer) throw notFound("offer");
    await ctx.prisma.$transaction(async (tx) => {
      await tx.trainingOffer.update({
        where: { id: offer.id },
        data: { publishedAt: input.published ? (offer.publishedAt ?? new Date()) : null },
      });
      await audit(tx, ctx, input.published ? "trainingOffer.publish" : "trainingOffer.withdraw", {
        entity: "TrainingOffer",
        entityId: offer.id,
      });
    });
    return { published: input.published };
  });
