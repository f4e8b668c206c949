import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { openEmployeeViewLink, readMyPath } from "../../shared/employee-view.ts";
import { publicProcedure } from "../../trpc.ts";

/**
 * The employee agrees to their Ontwikkelpad as the link shows it: their name, the moment, the step
 * and what they saw (goal, route, steps, next review) are kept on the link, audited in the same transaction. Agreeing again to a
 * later version takes a new link from HR.
 */
export const agree = publicProcedure
  .input(
    z.object({
      token: z.string().min(10).max(100),
      name: z.string().trim().min(2, "Vul je naam in om akkoord te geven.").max(100),
    }),
  )
  .output(z.object({ agreedOn: z.iso.date(), step: z.number() }))
  .mutation(async ({ ctx, input }) => {
    const link = await openEmployeeViewLink(ctx.prisma, input.token);
    if (link.agreedAt)
      throw new TRPCError({
        code: "CONFLICT",
        message:
          "Je hebt dit Ontwikkelpad al akkoord gegeven. Vraag je werkgever om een nieuwe link als het pad is gewijzigd.",
      });
    const path = link.developmentPath;
    const agreedAt = new Date();
    const view = await readMyPath(ctx.prisma, path);
    await ctx.prisma.$transaction(async (tx) => {
      await tx.employeeViewLink.update({
        where: { id: link.id },
        data: {
          agreedAt,
          agreedName: input.name,
          agreedStep: path.currentStep,
          agreedView: view,
        },
      });
      // The employee agrees through the link, without an account: no actor, the path's employer.
      await audit(
        tx,
        { ...ctx, session: null, organizationId: path.employerOrganizationId },
        "path.employee-agree",
        {
          entity: "DevelopmentPath",
          entityId: path.id,
          details: { linkId: link.id, name: input.name, step: path.currentStep },
        },
      );
    });
    return { agreedOn: agreedAt.toISOString().slice(0, 10), step: path.currentStep };
  });
