import { exemptionDecisionProblem } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { dateColumn, today } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { decisionInput, ownExemption } from "./exemption-view.ts";

/**
 * The examencommissie grants or refuses a request for a vrijstelling, once, with its motivation
 * (WEB art. 7.4.6). Only a granted one counts towards issuing; a decision is corrected by `correct`.
 */
export const decide = schoolProcedure
  .meta({ action: "decideExemptions" })
  .input(z.object({ exemptionId: z.string().min(1), ...decisionInput }))
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const row = await ownExemption(ctx, input.exemptionId);
    requireAction(ctx, "Alleen de examencommissie verleent of weigert een vrijstelling.");
    const problem = exemptionDecisionProblem({ status: row.status, supersededById: row.supersededBy?.id });
    if (problem) throw new TRPCError({ code: "CONFLICT", message: problem });
    return ctx.prisma.$transaction(async (tx) => {
      // Decided once: the condition sits in the update, so a second decision finds nothing to change.
      const { count } = await tx.exemption.updateMany({
        where: { id: row.id, status: "REQUESTED" },
        data: {
          status: input.decision,
          decidedByUserId: ctx.session.userId,
          decidedOn: dateColumn(today()),
          decisionNote: input.note,
        },
      });
      if (count === 0)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Over deze vrijstelling is intussen al besloten. Laad de pagina opnieuw.",
        });
      await audit(tx, ctx, "exemption.decide", {
        entity: "Exemption",
        entityId: row.id,
        details: { decision: input.decision, note: input.note },
      });
      return { id: row.id };
    });
  });
