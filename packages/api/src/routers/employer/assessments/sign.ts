import { awaitedSignature } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownEvidence } from "../_shared/access.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { ratingSignatures } from "../../../shared/rating-signatures.ts";
import { today } from "../../../shared/dates.ts";
import { employerProcedure } from "../../../trpc.ts";
import { onlyTrainer } from "./schemas.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";

/** Signing locks ratings: from then on only a co-signature or a correction can follow. */
export const sign = employerProcedure
  .meta({ action: "rateWorkProcesses" })
  .input(
    z.object({ evidenceIds: z.array(z.string().min(1)).min(1, "Kies minstens één beoordeling.").max(200) }),
  )
  .output(z.object({ signed: z.number() }))
  .mutation(async ({ ctx, input }) => {
    const rows = await ownEvidence(ctx, input.evidenceIds);
    requireAction(ctx, onlyTrainer);
    if (rows.some((e) => awaitedSignature(ratingSignatures(e, ctx.session.userId)) !== "sign"))
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Alleen nog niet ondertekende praktijkbeoordelingen kunnen worden ondertekend.",
      });
    await ctx.prisma.$transaction(async (tx) => {
      await tx.evidence.updateMany({
        where: { id: { in: input.evidenceIds }, signedAt: null },
        data: { signedAt: new Date(), signedByUserId: ctx.session.userId },
      });
      await audit(tx, ctx, "evidence.sign", {
        entity: "Evidence",
        details: { evidenceIds: input.evidenceIds },
      });
      // Signed ratings now wait for the leidinggevende's co-signature.
      await recordNotificationMail(tx, ctx.organizationId, today());
    });
    return { signed: rows.length };
  });
