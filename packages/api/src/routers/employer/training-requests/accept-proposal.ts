import { transition } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { pathState } from "../_shared/path-state.ts";
import { employerProcedure } from "../../../trpc.ts";
import { notFound } from "../../../shared/own.ts";

/**
 * The employer agrees to the school's proposal. Step 7 (bepaal het scholingsaanbod) is then done:
 * a path waiting there moves on to step 8.
 */
export const acceptProposal = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ requestId: z.string().min(1) }))
  .output(z.object({ currentStep: z.number().nullable() }))
  .mutation(async ({ ctx, input }) => {
    const request = await ctx.prisma.trainingRequest.findFirst({
      where: { AND: [{ id: input.requestId }, scopeOwnedByEmployer(ctx.organizationId)] },
      include: {
        person: { select: { profile: true } },
        developmentPath: {
          include: {
            stepRecords: { where: { completedAt: { not: null } }, select: { step: true } },
            trainingRequests: { select: { status: true } },
          },
        },
      },
    });
    if (!request) throw notFound("sentRequest");
    if (request.status !== "ACCEPTED" || !request.proposedStartDate)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "De school heeft nog geen voorstel gedaan voor deze aanvraag.",
      });
    if (request.proposalAcceptedAt)
      throw new TRPCError({ code: "CONFLICT", message: "Dit voorstel is al geaccepteerd." });
    const path = request.developmentPath;
    const movesOn = path?.status === "ACTIVE" && path.currentStep === 7;
    const next = movesOn
      ? transition(
          pathState(
            {
              ...path,
              completedSteps: path.stepRecords.map((r) => r.step),
              trainingRequestStatuses: path.trainingRequests.map((r) => r.status),
            },
            request.person.profile !== null,
          ),
          8,
        )
      : null;
    await ctx.prisma.$transaction(async (tx) => {
      const { count } = await tx.trainingRequest.updateMany({
        where: { id: request.id, proposalAcceptedAt: null },
        data: { proposalAcceptedAt: new Date() },
      });
      if (count === 0) throw new TRPCError({ code: "CONFLICT", message: "Dit voorstel is al geaccepteerd." });
      if (path && next) {
        await tx.developmentPath.update({ where: { id: path.id }, data: { currentStep: next.step } });
        await tx.pathStepRecord.create({
          data: {
            developmentPathId: path.id,
            step: 7,
            completedAt: new Date(),
            completedByUserId: ctx.session.userId,
          },
        });
      }
      await audit(tx, ctx, "trainingRequest.acceptProposal", {
        entity: "TrainingRequest",
        entityId: request.id,
        details: next ? { pathMovedTo: next.step } : {},
      });
    });
    return { currentStep: next?.step ?? path?.currentStep ?? null };
  });
