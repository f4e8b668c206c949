import { scopeLearningTeamsHostedBy } from "@ontwikkelpad/db";
import { z } from "zod";
import {
  learningTeamSummary,
  learningTeamSummarySchema,
  learningTeamSummarySelect,
} from "../../../shared/learning-teams.ts";
import { employerProcedure } from "../../../trpc.ts";

/** The learning teams the organisation hosts (a childcare centre, a primary school, a welfare team), open ones first. */
export const list = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.void())
  .output(z.array(learningTeamSummarySchema))
  .query(async ({ ctx }) => {
    const teams = await ctx.prisma.learningTeam.findMany({
      where: scopeLearningTeamsHostedBy(ctx.organizationId),
      select: learningTeamSummarySelect,
      orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { startsOn: "desc" }, { name: "asc" }],
    });
    return teams.map(learningTeamSummary);
  });
