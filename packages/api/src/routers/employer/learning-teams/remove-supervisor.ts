import { scopeLearningTeamsHostedBy } from "@ontwikkelpad/db";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { requireOpen, requireSupervisorManager } from "../../../shared/learning-teams.ts";
import { own } from "../../../shared/own.ts";
import { employerProcedure } from "../../../trpc.ts";

/** The host removes a practice supervisor from a team it hosts (another host's supervisor is NOT_FOUND). */
export const removeSupervisor = employerProcedure
  .meta({ action: "manageLearningTeamSupervisors" })
  .input(z.object({ supervisorId: z.string().min(1) }))
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const supervisor = own(
      await ctx.prisma.learningTeamSupervisor.findFirst({
        where: { id: input.supervisorId, learningTeam: scopeLearningTeamsHostedBy(ctx.organizationId) },
        include: { learningTeam: { select: { closedAt: true } } },
      }),
      "learningTeamSupervisor",
    );
    requireSupervisorManager(ctx);
    requireOpen(supervisor.learningTeam);
    return ctx.prisma.$transaction(async (tx) => {
      await tx.learningTeamSupervisor.delete({ where: { id: supervisor.id } });
      await audit(tx, ctx, "learningTeam.removeSupervisor", {
        entity: "LearningTeamSupervisor",
        entityId: supervisor.id,
        details: { learningTeamId: supervisor.learningTeamId },
      });
      return { id: supervisor.id };
    });
  });
