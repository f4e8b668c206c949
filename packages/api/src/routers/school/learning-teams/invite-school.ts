import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { findJoinedLearningTeam, requireTeamManager } from "../../../shared/learning-teams.ts";
import { notFound } from "../../../shared/own.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { organizationsOfOwnRegions } from "./region-organizations.ts";

/** A school of the team invites a partner school of its regions (an mbo or hbo school); the partner takes it up itself. */
export const inviteSchool = schoolProcedure
  .meta({ action: "manageLearningTeams" })
  .input(
    z.object({
      teamId: z.string().min(1),
      schoolOrganizationId: z.string().min(1, "Kies een partnerschool."),
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const team = await findJoinedLearningTeam(ctx, input.teamId, {
      requireRole: requireTeamManager,
      open: true,
    });
    const [partner] = await organizationsOfOwnRegions(ctx, "SCHOOL", input.schoolOrganizationId);
    if (!partner) throw notFound("learningTeamPartner");
    if (team.schools.some((s) => s.schoolOrganizationId === partner.id))
      throw new TRPCError({
        code: "CONFLICT",
        message: "Deze school hoort al bij het leerteam of is al uitgenodigd.",
      });
    return ctx.prisma.$transaction(async (tx) => {
      await tx.learningTeamSchool.create({
        data: { learningTeamId: team.id, schoolOrganizationId: partner.id, status: "INVITED" },
      });
      await audit(tx, ctx, "learningTeam.inviteSchool", {
        entity: "LearningTeam",
        entityId: team.id,
        details: { schoolOrganizationId: partner.id },
      });
      return { ok: true as const };
    });
  });
