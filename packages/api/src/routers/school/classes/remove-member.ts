import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownClass, requireClassManager } from "./own-class.ts";
import { notFound } from "../../../shared/own.ts";

/** Takes a member out of the class's mentor team; the notes and signals they wrote stay. */
export const removeMember = schoolProcedure
  .meta({ action: "manageClasses" })
  .input(z.object({ classId: z.string().min(1), userId: z.string().min(1) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireClassManager(ctx);
    const schoolClass = await ownClass(ctx, input.classId);
    await ctx.prisma.$transaction(async (tx) => {
      const member = await tx.mentorTeamMember.findFirst({
        where: { userId: input.userId, mentorTeam: { schoolClassId: schoolClass.id } },
      });
      if (!member) throw notFound("teamMember");
      await tx.mentorTeamMember.delete({ where: { id: member.id } });
      await audit(tx, ctx, "mentorTeam.removeMember", {
        entity: "MentorTeam",
        entityId: member.mentorTeamId,
        details: { userId: input.userId },
      });
    });
    return { ok: true as const };
  });
