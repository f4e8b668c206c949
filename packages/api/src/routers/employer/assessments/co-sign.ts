import { awaitedSignature } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownEvidence } from "../_shared/access.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { ratingSignatures } from "../../../shared/rating-signatures.ts";
import { employerProcedure } from "../../../trpc.ts";
import { onlyManager } from "./schemas.ts";

/** The leidinggevende confirms signed ratings. */
export const coSign = employerProcedure
  .meta({ action: "coSignRatings" })
  .input(
    z.object({ evidenceIds: z.array(z.string().min(1)).min(1, "Kies minstens één beoordeling.").max(200) }),
  )
  .output(z.object({ coSigned: z.number() }))
  .mutation(async ({ ctx, input }) => {
    const rows = await ownEvidence(ctx, input.evidenceIds);
    requireAction(ctx, onlyManager);
    // Four eyes: whoever signed a rating cannot also confirm it, whatever roles they hold.
    if (rows.some((e) => e.signedByUserId === ctx.session.userId))
      throw new TRPCError({
        code: "FORBIDDEN",
        message:
          "Je hebt een of meer van deze beoordelingen zelf ondertekend. Laat een andere leidinggevende medeondertekenen.",
      });
    if (rows.some((e) => awaitedSignature(ratingSignatures(e, ctx.session.userId)) !== "coSign")) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Alleen ondertekende, nog niet medeondertekende en niet gecorrigeerde praktijkbeoordelingen kunnen worden medeondertekend.",
      });
    }
    await ctx.prisma.$transaction(async (tx) => {
      for (const e of rows)
        await tx.evidence.update({
          where: { id: e.id },
          data: { coSignedAt: new Date(), coSignedByUserId: ctx.session.userId },
        });
      await audit(tx, ctx, "evidence.coSign", {
        entity: "Evidence",
        details: { evidenceIds: input.evidenceIds },
      });
    });
    return { coSigned: rows.length };
  });
