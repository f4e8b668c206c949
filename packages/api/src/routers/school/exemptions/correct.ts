import { exemptionCorrectionProblem } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { dateColumn, today } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { decisionInput, ownExemption } from "./exemption-view.ts";

/**
 * Corrects a decision on a vrijstelling: a new decision for the same werkprocessen supersedes it,
 * with the reason. Nothing decided changes; both stay in the list.
 */
export const correct = schoolProcedure
  .meta({ action: "decideExemptions" })
  .input(
    z.object({
      exemptionId: z.string().min(1),
      ...decisionInput,
      reason: z.string().trim().min(1, "Geef de reden van de correctie op.").max(2000),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const old = await ownExemption(ctx, input.exemptionId);
    requireAction(ctx, "Alleen de examencommissie corrigeert een besluit over een vrijstelling.");
    const problem = exemptionCorrectionProblem({ status: old.status, supersededById: old.supersededBy?.id });
    if (problem) throw new TRPCError({ code: "CONFLICT", message: problem });
    return ctx.prisma.$transaction(async (tx) => {
      // One correction per decision: supersedesId is unique, so a second one fails instead of forking.
      const existing = await tx.exemption.findUnique({
        where: { supersedesId: old.id },
        select: { id: true },
      });
      if (existing)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Dit besluit is intussen al gecorrigeerd. Laad de pagina opnieuw.",
        });
      const row = await tx.exemption.create({
        data: {
          schoolOrganizationId: ctx.organizationId,
          personId: old.personId,
          credentialId: old.credentialId,
          workProcessIds: old.workProcessIds,
          ground: old.ground,
          groundDetail: old.groundDetail,
          requestedByUserId: old.requestedByUserId,
          status: input.decision,
          decidedByUserId: ctx.session.userId,
          decidedOn: dateColumn(today()),
          decisionNote: input.note,
          supersedesId: old.id,
          correctionReason: input.reason,
        },
      });
      await audit(tx, ctx, "exemption.correct", {
        entity: "Exemption",
        entityId: row.id,
        details: { supersedes: old.id, decision: input.decision, reason: input.reason },
      });
      return { id: row.id };
    });
  });
