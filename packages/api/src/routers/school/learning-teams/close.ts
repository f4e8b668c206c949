import { learningTeamCloseRefusal } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { isoDate, isoDateOrNull, today } from "../../../shared/dates.ts";
import { findJoinedLearningTeam, requireTeamManager } from "../../../shared/learning-teams.ts";
import { schoolProcedure } from "../../../trpc.ts";

/** A school of the team closes it with the product the team delivers to the host (core's `learningTeamCloseRefusal`). */
export const close = schoolProcedure
  .meta({ action: "manageLearningTeams" })
  .input(
    z.object({
      teamId: z.string().min(1),
      product: z.string().max(4000, "Houd de beschrijving van het product korter dan 4000 tekens."),
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    // Not `open`: core's `learningTeamCloseRefusal` says why a closed team is not closed again.
    const team = await findJoinedLearningTeam(ctx, input.teamId, {
      requireRole: requireTeamManager,
      open: false,
    });
    const refusal = learningTeamCloseRefusal(
      { startsOn: isoDate(team.startsOn), closedOn: isoDateOrNull(team.closedAt) },
      input.product,
      today(),
    );
    if (refusal) throw new TRPCError({ code: "CONFLICT", message: refusal });
    return ctx.prisma.$transaction(async (tx) => {
      await tx.learningTeam.update({
        where: { id: team.id, closedAt: null },
        data: { product: input.product.trim(), closedAt: new Date() },
      });
      await audit(tx, ctx, "learningTeam.close", { entity: "LearningTeam", entityId: team.id });
      return { ok: true as const };
    });
  });
