import { protectCount, protectedCountSchema } from "@ontwikkelpad/core";
import { scopeLearningTeamsForRegionAggregates } from "@ontwikkelpad/db";
import { z } from "zod";
import { programmeTitle } from "../../shared/learning-teams.ts";
import { regionProcedure, router } from "../../trpc.ts";

/**
 * How many interprofessional learning teams the region's organisations host, running and closed, how
 * many host organisations and schools take part (organisations: exact), and their students in all and
 * per programme. The students are people in the schools' records, so their figures are protected with
 * core's cell key method, from each member's own fixed random record key.
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
        students: protectedCountSchema,
        byProgramme: z.array(
          z.object({ programmeId: z.string(), title: z.string(), students: protectedCountSchema }),
        ),
      }),
    )
    .query(async ({ ctx }) => {
      const teams = await ctx.prisma.learningTeam.findMany({
        where: scopeLearningTeamsForRegionAggregates(ctx.organizationId),
        select: {
          closedAt: true,
          hostOrganizationId: true,
          schools: { where: { status: "JOINED" }, select: { schoolOrganizationId: true } },
          members: { select: { recordKey: true, programmeId: true } },
        },
      });
      const members = teams.flatMap((t) => t.members);
      const programmeIds = [...new Set(members.map((m) => m.programmeId))];
      const keysOf = (which: readonly { recordKey: number }[]) => which.map((m) => m.recordKey);
      return {
        open: teams.filter((t) => t.closedAt === null).length,
        closed: teams.filter((t) => t.closedAt !== null).length,
        hosts: new Set(teams.map((t) => t.hostOrganizationId)).size,
        schools: new Set(teams.flatMap((t) => t.schools.map((s) => s.schoolOrganizationId))).size,
        students: protectCount(keysOf(members)),
        byProgramme: programmeIds
          .map((programmeId) => ({
            programmeId,
            title: programmeTitle(programmeId),
            students: protectCount(keysOf(members.filter((m) => m.programmeId === programmeId))),
          }))
          .toSorted((a, b) => a.title.localeCompare(b.title, "nl")),
      };
    }),
});
