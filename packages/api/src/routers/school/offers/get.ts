import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { today } from "../../../shared/dates.ts";
import { offerStartsInclude, readOfferAvailability } from "../../../shared/training-offers.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { offerViewSchema, toOfferView } from "./offer-view.ts";
import { notFound } from "../../../shared/own.ts";

/** One of the school's offers, with its start moments and how many learners each already has. */
export const get = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ offerId: z.string().min(1) }))
  .output(offerViewSchema)
  .query(async ({ ctx, input }) => {
    const offer = await ctx.prisma.trainingOffer.findFirst({
      where: { AND: [{ id: input.offerId, archivedAt: null }, scopeOwnedBySchool(ctx.organizationId)] },
      include: offerStartsInclude,
    });
    if (!offer) throw notFound("offer");
    const availability = await readOfferAvailability(ctx.prisma, [offer], today());
    return toOfferView(offer, availability.get(offer.id)!);
  });
