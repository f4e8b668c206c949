import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { learningRouteSchema } from "../../shared/enums.ts";
import { router, schoolProcedure } from "../../trpc.ts";

const offer = z.object({
  id: z.string(),
  title: z.string(),
  credentialId: z.string(),
  learningRoute: learningRouteSchema,
  durationWeeks: z.number().int(),
  startDate: z.iso.date().nullable(),
  published: z.boolean(),
});

export const offersRouter = router({
  /** The school's own training offer (scholingsaanbod), archived offers left out. */
  list: schoolProcedure
    .input(z.void())
    .output(z.array(offer))
    .query(async ({ ctx }) => {
      const offers = await ctx.prisma.trainingOffer.findMany({
        where: { ...scopeOwnedBySchool(ctx.organizationId), archivedAt: null },
        orderBy: [{ title: "asc" }],
      });
      return offers.map((o) => ({
        id: o.id,
        title: o.title,
        credentialId: o.credentialId,
        learningRoute: o.learningRoute,
        durationWeeks: o.durationWeeks,
        startDate: o.startDate ? o.startDate.toISOString().slice(0, 10) : null,
        published: o.publishedAt !== null,
      }));
    }),
});
