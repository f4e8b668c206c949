import { scopeLearningTeamsForSchool } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { findLearningTeam, requireOpen, requireTeamManager } from "../../../shared/learning-teams.ts";
import { schoolProcedure } from "../../../trpc.ts";

/** The invited partner school takes up its invitation: from now on it adds and assesses its own students. */
export const accept = schoolProcedure
  .meta({ action: "manageLearningTeams" })
  .input(z.object({ teamId: z.string().min(1) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const { team, access } = await findLearningTeam(
      ctx,
      input.teamId,
      scopeLearningTeamsForSchool(ctx.organizationId),
    );
    requireTeamManager(ctx);
    if (access !== "invitedSchool")
      throw new TRPCError({ code: "CONFLICT", message: "Je school werkt al mee in dit leerteam." });
    requireOpen(team);
    return ctx.prisma.$transaction(async (tx) => {
      await tx.learningTeamSchool.update({
        where: {
          learningTeamId_schoolOrganizationId: {
            learningTeamId: team.id,
            schoolOrganizationId: ctx.organizationId,
          },
        },
        data: { status: "JOINED" },
      });
      await audit(tx, ctx, "learningTeam.accept", { entity: "LearningTeam", entityId: team.id });
      return { ok: true as const };
    });
  });
