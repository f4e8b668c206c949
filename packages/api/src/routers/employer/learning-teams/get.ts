import { scopeLearningTeamsHostedBy } from "@ontwikkelpad/db";
import { z } from "zod";
import { learningTeamView, learningTeamViewSchema } from "../../../shared/learning-teams.ts";
import { employerProcedure } from "../../../trpc.ts";

/** A team the organisation hosts: its students' goals and the meetings, never the schools' assessments. */
export const get = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ teamId: z.string().min(1) }))
  .output(learningTeamViewSchema)
  .query(({ ctx, input }) =>
    learningTeamView(ctx, input.teamId, scopeLearningTeamsHostedBy(ctx.organizationId)),
  );
