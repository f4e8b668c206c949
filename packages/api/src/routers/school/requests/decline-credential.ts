import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { ownCredentialRequest } from "../_shared/school-access.ts";
import { declineReason } from "./decline-training.ts";

/** Declines a praktijkverklaring request, with the reason the employer will read. */
export const declineCredential = schoolProcedure
  .meta({ action: "issuePraktijkverklaringen" })
  .input(z.object({ requestId: z.string().min(1), reason: declineReason }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireAction(
      ctx,
      "Alleen een opleidingsadviseur of examinator beantwoordt een aanvraag voor een praktijkverklaring.",
    );
    const request = await ownCredentialRequest(ctx, input.requestId);
    await ctx.prisma.$transaction(async (tx) => {
      const { count } = await tx.credentialRequest.updateMany({
        where: { id: request.id, status: "SUBMITTED" },
        data: { status: "DECLINED", responseNote: input.reason, respondedAt: new Date() },
      });
      if (count === 0)
        throw new TRPCError({ code: "CONFLICT", message: "Deze aanvraag is al beantwoord of ingetrokken." });
      await audit(tx, ctx, "credentialRequest.decline", {
        entity: "CredentialRequest",
        entityId: request.id,
      });
    });
    return { ok: true as const };
  });
