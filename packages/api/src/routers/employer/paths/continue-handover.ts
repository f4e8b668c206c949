import { TRPCError } from "@trpc/server";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { notFound } from "../../../shared/own.ts";
import { employerProcedure } from "../../../trpc.ts";
import { ownPerson } from "../_shared/access.ts";
import { readHandovers } from "./handover.ts";

/**
 * Continues a path handed over by the person's former employer for one of this employer's own people
 * (the person as HR took them on): a new path here, at the step core's `pathHandover` resumes at, with
 * the goal, its route, perspective and ambition, linked to the old one. The old path stays ended at its
 * employer, which no longer changes it. Without the person's consent to share with this employer in
 * force now, the old path is NOT_FOUND.
 */
export const continueHandover = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ pathId: z.string().min(1), personId: z.string().min(1) }))
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    await ownPerson(ctx, input.personId);
    return ctx.prisma.$transaction(async (tx) => {
      const [found] = await readHandovers(tx, ctx.organizationId, input.pathId);
      if (!found) throw notFound("developmentPath");
      if (found.view.continuedByPathId)
        throw new TRPCError({ code: "CONFLICT", message: "Dit Ontwikkelpad wordt hier al voortgezet." });
      const running = await tx.developmentPath.findFirst({
        where: { ...scopeOwnedByEmployer(ctx.organizationId), personId: input.personId, status: "ACTIVE" },
      });
      if (running)
        throw new TRPCError({
          code: "CONFLICT",
          message:
            "Deze persoon heeft al een lopend Ontwikkelpad. Rond dat eerst af of stop het, en zet dan het meegenomen pad voort.",
        });
      const { handover } = found;
      const path = await tx.developmentPath.create({
        data: {
          personId: input.personId,
          employerOrganizationId: ctx.organizationId,
          continuesPathId: input.pathId,
          currentStep: handover.resumeStep,
          goalFunctionId: handover.goalFunctionId,
          goalCredentialId: handover.goalCredentialId,
          chosenRoute: handover.chosenRoute,
          learningRoute: found.view.learningRoute,
          careerPerspective: handover.careerPerspective,
          ambition: handover.ambition,
        },
      });
      await audit(tx, ctx, "path.continue", {
        entity: "DevelopmentPath",
        entityId: path.id,
        details: { continuesPathId: input.pathId, resumeStep: handover.resumeStep },
      });
      return { id: path.id };
    });
  });
