import { scopeLearningTeamsForRegionAggregates } from "@ontwikkelpad/db";
import { z } from "zod";
import { regionProcedure, router } from "../../trpc.ts";

/**
 * How many interprofessional learning teams the region's organisations host, open and closed, and how
 * many host organisations and schools take part: organisations, exact; the students are not counted here.
 */
export const learningTeamsRouter = router({
  count: regionProcedure
    .meta({ action: "regionMember" })
    .input(z.void())
    .output(
      z.object({
        open: z.number().int(),
        closed: z.number().int(),
        hosts: z.number().int(),
        schools: z.number().int(),
      }),
    )
    .query(async ({ ctx }) => {
      const teams = await ctx.prisma.learningTeam.findMany({
        where: scopeLearningTeamsForRegionAggregates(ctx.organizationId),
        select: {
          closedAt: true,
          hostOrganizationId: true,
          schools: { where: { status: "JOINED" }, select: { schoolOrganizationId: true } },
        },
      });
      return {
        open: teams.filter((t) => t.closedAt === null).length,
        closed: teams.filter((t) => t.closedAt !== null).length,
        hosts: new Set(teams.map((t) => t.hostOrganizationId)).size,
        schools: new Set(teams.flatMap((t) => t.schools.map((s) => s.schoolOrganizationId))).size,
      };
    }),
});
