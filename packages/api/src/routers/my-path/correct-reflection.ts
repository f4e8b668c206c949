import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { openEmployeeViewLink } from "../../shared/employee-view.ts";
import { reflectionText } from "../../shared/learning-team-students.ts";
import { publicProcedure } from "../../trpc.ts";
import { myOpenMember } from "./_shared/my-learning-teams.ts";

/**
 * The student corrects one of her reflections: a new reflection that supersedes it, about the same
 * goal, with her reason; the first stays as it was written. A reflection is corrected once: a later
 * correction corrects the newest.
 */
export const correctReflection = publicProcedure
  .input(
    z.object({
      token: z.string().min(10).max(100),
      reflectionId: z.string().min(1),
      text: reflectionText,
      reason: z
        .string()
        .trim()
        .min(5, "Schrijf waarom je je reflectie corrigeert.")
        .max(500, "Houd de reden korter dan 500 tekens."),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const link = await openEmployeeViewLink(ctx.prisma, input.token);
    const member = await myOpenMember(ctx.prisma, link.developmentPath.personId, {
      reflections: { some: { id: input.reflectionId } },
    });
    const corrected = member.reflections.find((r) => r.id === input.reflectionId)!;
    if (corrected.supersededBy)
      throw new TRPCError({
        code: "CONFLICT",
        message: "Deze reflectie is al gecorrigeerd: corrigeer de nieuwste versie.",
      });
    return ctx.prisma.$transaction(async (tx) => {
      const reflection = await tx.learningTeamReflection.create({
        data: {
          memberId: member.id,
          schoolOrganizationId: member.schoolOrganizationId,
          goalId: corrected.goalId,
          text: input.text,
          supersedesId: corrected.id,
          correctionReason: input.reason,
        },
      });
      await audit(
        tx,
        { ...ctx, session: null, organizationId: member.schoolOrganizationId },
        "learningTeam.correctReflection",
        {
          entity: "LearningTeamReflection",
          entityId: reflection.id,
          details: { memberId: member.id, supersedesId: corrected.id, linkId: link.id },
        },
      );
      return { id: reflection.id };
    });
  });
