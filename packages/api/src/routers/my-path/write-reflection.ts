import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { openEmployeeViewLink } from "../../shared/employee-view.ts";
import { reflectionText } from "../../shared/learning-team-students.ts";
import { publicProcedure } from "../../trpc.ts";
import { myOpenMember } from "./_shared/my-learning-teams.ts";

/**
 * The student writes a reflection on her team work in her own view, optionally about one of her own
 * goals; dated today, read only by her own school's staff, never changed after (a correction supersedes
 * it). Audited for her school, without an account.
 */
export const writeReflection = publicProcedure
  .input(
    z.object({
      token: z.string().min(10).max(100),
      memberId: z.string().min(1),
      goalId: z.string().min(1).nullable(),
      text: reflectionText,
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const link = await openEmployeeViewLink(ctx.prisma, input.token);
    const member = await myOpenMember(ctx.prisma, link.developmentPath.personId, { id: input.memberId });
    if (input.goalId !== null && !member.goals.some((goal) => goal.id === input.goalId))
      throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een van je eigen leerdoelen, of geen." });
    return ctx.prisma.$transaction(async (tx) => {
      const reflection = await tx.learningTeamReflection.create({
        data: {
          memberId: member.id,
          schoolOrganizationId: member.schoolOrganizationId,
          goalId: input.goalId,
          text: input.text,
        },
      });
      // The student writes through her link, without an account: no actor, her school's record.
      await audit(
        tx,
        { ...ctx, session: null, organizationId: member.schoolOrganizationId },
        "learningTeam.writeReflection",
        {
          entity: "LearningTeamReflection",
          entityId: reflection.id,
          details: { memberId: member.id, goalId: input.goalId, linkId: link.id },
        },
      );
      return { id: reflection.id };
    });
  });
