import { ROLES } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { mentorTeamOf, ownClass, requireClassManager } from "./own-class.ts";

/**
 * Adds a member to the class's mentor team: a praktijkopleider of an employer that adopted the class,
 * or a docent of the school.
 */
export const addMember = schoolProcedure
  .meta({ action: "manageClasses" })
  .input(
    z.object({
      classId: z.string().min(1),
      userId: z.string().min(1, "Kies een praktijkopleider of docent."),
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireClassManager(ctx);
    const schoolClass = await ownClass(ctx, input.classId, {
      adoptions: { select: { employerOrganizationId: true } },
    });
    const membership = await ctx.prisma.membership.findFirst({
      where: {
        userId: input.userId,
        user: { disabledAt: null },
        OR: [
          {
            organizationId: { in: schoolClass.adoptions.map((a) => a.employerOrganizationId) },
            role: ROLES.WORKPLACE_TRAINER,
          },
          { organizationId: ctx.organizationId, role: ROLES.TEACHER },
        ],
      },
      select: { organizationId: true },
    });
    if (!membership)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Kies een praktijkopleider van een werkgever die de klas adopteert, of een docent van de school.",
      });
    await ctx.prisma.$transaction(async (tx) => {
      const team = await mentorTeamOf(tx, schoolClass);
      const existing = await tx.mentorTeamMember.findUnique({
        where: { mentorTeamId_userId: { mentorTeamId: team.id, userId: input.userId } },
      });
      if (existing) return;
      await tx.mentorTeamMember.create({
        data: { mentorTeamId: team.id, userId: input.userId, organizationId: membership.organizationId },
      });
      await audit(tx, ctx, "mentorTeam.addMember", {
        entity: "MentorTeam",
        entityId: team.id,
        details: { userId: input.userId, organizationId: membership.organizationId },
      });
    });
    return { ok: true as const };
  });
