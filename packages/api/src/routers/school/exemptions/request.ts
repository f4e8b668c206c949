import { childcareCatalog, exemptionScopeProblems } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { exemptionGroundSchema } from "../../../shared/enums.ts";
import { ownLearner } from "../_shared/school-learners.ts";
import { schoolProcedure } from "../../../trpc.ts";

/**
 * Records a learner's request for a vrijstelling for werkprocessen of a certificate or diploma, with
 * the grounds (EVC, another school's certificate, a foreign diploma) and what the proof is. It counts
 * for nothing until the examencommissie grants it.
 */
export const request = schoolProcedure
  .meta({ action: "requestExemptions" })
  .input(
    z.object({
      personId: z.string().min(1),
      credentialId: z.string().min(1),
      workProcessIds: z.array(z.string().min(1)).max(60),
      ground: exemptionGroundSchema,
      groundDetail: z.string().trim().min(1, "Beschrijf het bewijs: wat, van wie en van wanneer.").max(2000),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    await ownLearner(ctx, input.personId);
    requireAction(ctx, "Alleen medewerkers van de school leggen een verzoek om vrijstelling vast.");
    const problems = exemptionScopeProblems(childcareCatalog, input.credentialId, input.workProcessIds);
    if (problems.length) throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") });
    return ctx.prisma.$transaction(async (tx) => {
      const row = await tx.exemption.create({
        data: {
          schoolOrganizationId: ctx.organizationId,
          personId: input.personId,
          credentialId: input.credentialId,
          workProcessIds: input.workProcessIds,
          ground: input.ground,
          groundDetail: input.groundDetail,
          requestedByUserId: ctx.session.userId,
        },
      });
      await audit(tx, ctx, "exemption.request", {
        entity: "Exemption",
        entityId: row.id,
        details: { personId: input.personId, credentialId: input.credentialId, ground: input.ground },
      });
      return { id: row.id };
    });
  });
