import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { today } from "../../../shared/dates.ts";
import { offerStartsInclude, readOfferAvailability } from "../../../shared/training-offers.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { offerViewSchema, toOfferView } from "./offer-view.ts";

/** The school's own training offer (scholingsaanbod), archived offers left out. */
export const list = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(z.array(offerViewSchema))
  .query(async ({ ctx }) => {
    const offers = await ctx.prisma.trainingOffer.findMany({
      where: { ...scopeOwnedBySchool(ctx.organizationId), archivedAt: null },
      include: offerStartsInclude,
      orderBy: [{ title: "asc" }],
    });
    const availability = await readOfferAvailability(ctx.prisma, offers, today());
    return offers.map((o) => toOfferView(o, availability.get(o.id)!));
  });
