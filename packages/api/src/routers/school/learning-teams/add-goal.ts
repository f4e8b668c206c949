import { learningTeamGoalRefusal, programmeCatalog, SECTOR_CATALOGS } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownStudent } from "./own-student.ts";
import { requireTeamCoach } from "../../../shared/learning-teams.ts";

/**
 * A learning goal for one of the school's own students: a shared competence of the framework or a
 * werkproces of her own programme (core's `learningTeamGoalRefusal`).
 */
export const addGoal = schoolProcedure
  .meta({ action: "coachLearningTeams" })
  .input(
    z.object({
      memberId: z.string().min(1),
      goal: z.union([
        z.object({ competenceId: z.string().min(1, "Kies een gedeelde competentie.") }),
        z.object({ workProcessId: z.string().min(1, "Kies een werkproces.") }),
      ]),
      description: z
        .string()
        .trim()
        .min(5, "Beschrijf wat de student wil leren.")
        .max(2000, "Houd het leerdoel korter dan 2000 tekens."),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const member = await ownStudent(ctx, { id: input.memberId }, "learningTeamStudent");
    requireTeamCoach(ctx);
    const refusal = learningTeamGoalRefusal(
      programmeCatalog,
      SECTOR_CATALOGS,
      member.programmeId,
      input.goal,
    );
    if (refusal) throw new TRPCError({ code: "BAD_REQUEST", message: refusal });
    return ctx.prisma.$transaction(async (tx) => {
      const goal = await tx.learningTeamGoal.create({
        data: {
          memberId: member.id,
          competenceId: "competenceId" in input.goal ? input.goal.competenceId : null,
          workProcessId: "workProcessId" in input.goal ? input.goal.workProcessId : null,
          description: input.description,
        },
      });
      await audit(tx, ctx, "learningTeam.addGoal", {
        entity: "LearningTeamGoal",
        entityId: goal.id,
        details: { memberId: member.id, ...input.goal },
      });
      return { id: goal.id };
    });
  });
