import { scopeLearningTeamsForSchool } from "@ontwikkelpad/db";
import { z } from "zod";
import {
  learningTeamSummary,
  learningTeamSummarySchema,
  learningTeamSummarySelect,
} from "../../../shared/learning-teams.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { organizationsOfOwnRegions } from "./region-organizations.ts";

const organizationChoice = z.object({ id: z.string(), name: z.string(), city: z.string().nullable() });

/**
 * The learning teams the school made, joined or is invited to, open ones first, with the school's own
 * students; and the organisations of the school's regions that may host a new team or join it as a
 * partner school.
 */
export const list = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(
    z.object({
      teams: z.array(
        learningTeamSummarySchema.extend({ invited: z.boolean(), ownStudents: z.number().int() }),
      ),
      hosts: z.array(organizationChoice),
      partnerSchools: z.array(organizationChoice),
    }),
  )
  .query(async ({ ctx }) => {
    const [hosts, partnerSchools] = await Promise.all([
      organizationsOfOwnRegions(ctx, "EMPLOYER"),
      organizationsOfOwnRegions(ctx, "SCHOOL"),
    ]);
    const teams = await ctx.prisma.learningTeam.findMany({
      where: scopeLearningTeamsForSchool(ctx.organizationId),
      select: {
        ...learningTeamSummarySelect,
        schools: {
          select: { schoolOrganizationId: true, status: true, school: { select: { name: true } } },
          orderBy: { createdAt: "asc" },
        },
        members: { where: { schoolOrganizationId: ctx.organizationId }, select: { id: true } },
      },
      orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { startsOn: "desc" }, { name: "asc" }],
    });
    return {
      teams: teams.map((team) => ({
        ...learningTeamSummary(team),
        invited: team.schools.some(
          (s) => s.schoolOrganizationId === ctx.organizationId && s.status === "INVITED",
        ),
        ownStudents: team.members.length,
      })),
      hosts,
      partnerSchools,
    };
  });
