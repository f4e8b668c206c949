import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownStudent } from "./own-student.ts";
import { requireTeamCoach } from "../../../shared/learning-teams.ts";

/** The school assesses a goal of one of its own students; no other school and not the host reads it. */
export const assessGoal = schoolProcedure
  .meta({ action: "coachLearningTeams" })
  .input(
    z.object({
      goalId: z.string().min(1),
      assessment: z
        .string()
        .trim()
        .min(5, "Schrijf wat de student liet zien.")
        .max(4000, "Houd de beoordeling korter dan 4000 tekens."),
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const member = await ownStudent(ctx, { goals: { some: { id: input.goalId } } }, "learningTeamGoal");
    requireTeamCoach(ctx);
    return ctx.prisma.$transaction(async (tx) => {
      await tx.learningTeamGoal.update({
        where: { id: input.goalId, memberId: member.id },
        data: { assessment: input.assessment, assessedAt: new Date() },
      });
      await audit(tx, ctx, "learningTeam.assessGoal", {
        entity: "LearningTeamGoal",
        entityId: input.goalId,
        details: { memberId: member.id },
      });
      return { ok: true as const };
    });
  });
