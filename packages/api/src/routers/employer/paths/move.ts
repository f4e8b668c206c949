import { stepMove, transition } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPath } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { loadedPathState, pathInclude } from "../_shared/path-state.ts";
import { employerProcedure } from "../../../trpc.ts";

/**
 * Moves to another step under core's rules: forward only when the current step is complete; 8 → 3 is
 * a review. Moving the path back changes what was agreed, so it needs a reason (kept in the audit);
 * looking at an earlier step is no move at all.
 */
export const move = employerProcedure
  .meta({ action: "employerMember" })
  .input(
    z.object({
      pathId: z.string().min(1),
      to: z.number().int().min(1).max(8),
      reason: z.string().trim().max(500).optional(),
    }),
  )
  .output(z.object({ currentStep: z.number() }))
  .mutation(async ({ ctx, input }) => {
    const path = await ownPath(ctx, input.pathId, { ...pathInclude, person: true });
    if (path.status !== "ACTIVE")
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Dit Ontwikkelpad is afgesloten en kan niet meer worden gewijzigd.",
      });
    let next;
    try {
      next = transition(loadedPathState(path, path.person), input.to);
    } catch (error) {
      throw new TRPCError({ code: "BAD_REQUEST", message: (error as Error).message, cause: error });
    }
    // transition() accepted the move, so core knows its kind: forward and review complete the step left.
    const kind = stepMove(path.currentStep, input.to)!.kind;
    const review = kind === "review";
    if (kind === "back" && (input.reason ?? "").length < 5)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Geef de reden waarom het Ontwikkelpad terug gaat naar stap ${input.to} (minstens 5 tekens).`,
      });
    await ctx.prisma.$transaction(async (tx) => {
      await tx.developmentPath.update({
        where: { id: path.id },
        data: { currentStep: next.step, ...(review ? { lastReviewedAt: new Date() } : {}) },
      });
      if (kind !== "back") {
        await tx.pathStepRecord.create({
          data: {
            developmentPathId: path.id,
            step: path.currentStep,
            completedAt: new Date(),
            completedByUserId: ctx.session.userId,
          },
        });
      }
      await audit(tx, ctx, review ? "path.review" : "path.move", {
        entity: "DevelopmentPath",
        entityId: path.id,
        details: {
          from: path.currentStep,
          to: next.step,
          ...(kind === "back" ? { reason: input.reason } : {}),
        },
      });
    });
    return { currentStep: next.step };
  });
