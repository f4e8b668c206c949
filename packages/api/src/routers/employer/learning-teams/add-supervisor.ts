import { scopeLearningTeamsHostedBy } from "@ontwikkelpad/db";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { emailSchema } from "../../../shared/email.ts";
import { findLearningTeam, requireOpen, requireSupervisorManager } from "../../../shared/learning-teams.ts";
import { employerProcedure } from "../../../trpc.ts";

/**
 * The host names a practice supervisor on a team it hosts: who guides the students on its work floor,
 * with an optional function and e-mail address, which the team's schools read to know whom to contact.
 */
export const addSupervisor = employerProcedure
  .meta({ action: "manageLearningTeamSupervisors" })
  .input(
    z.object({
      teamId: z.string().min(1),
      name: z
        .string()
        .trim()
        .min(2, "Vul de naam van de praktijkbegeleider in.")
        .max(120, "Houd de naam korter dan 120 tekens."),
      jobTitle: z.string().trim().max(120, "Houd de functie korter dan 120 tekens.").optional(),
      email: emailSchema.optional(),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const { team } = await findLearningTeam(
      ctx,
      input.teamId,
      scopeLearningTeamsHostedBy(ctx.organizationId),
    );
    requireSupervisorManager(ctx);
    requireOpen(team);
    return ctx.prisma.$transaction(async (tx) => {
      const supervisor = await tx.learningTeamSupervisor.create({
        data: {
          learningTeamId: team.id,
          name: input.name,
          jobTitle: input.jobTitle || null,
          email: input.email ?? null,
        },
      });
      await audit(tx, ctx, "learningTeam.addSupervisor", {
        entity: "LearningTeamSupervisor",
        entityId: supervisor.id,
        details: { learningTeamId: team.id },
      });
      return { id: supervisor.id };
    });
  });
