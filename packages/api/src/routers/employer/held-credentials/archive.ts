import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";
import { notFound } from "../../../shared/own.ts";

/** Takes off a record HR made (e.g. entered by mistake); it stays archived with the reason. */
export const archive = employerProcedure
  .meta({ action: "employerMember" })
  .input(
    z.object({
      heldCredentialId: z.string().min(1),
      reason: z.string().trim().min(3, "Geef een reden op.").max(500),
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const held = await ctx.prisma.heldCredential.findFirst({
      where: { id: input.heldCredentialId, ...scopeOwnedByEmployer(ctx.organizationId), archivedAt: null },
    });
    if (!held) throw notFound("heldCredential");
    await ctx.prisma.$transaction(async (tx) => {
      await tx.heldCredential.update({
        where: { id: held.id },
        data: { archivedAt: new Date(), archivedReason: input.reason },
      });
      await audit(tx, ctx, "heldCredential.archive", {
        entity: "HeldCredential",
        entityId: held.id,
        details: { personId: held.personId, reason: input.reason },
      });
    });
    return { ok: true as const };
  });
