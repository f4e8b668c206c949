import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { staffProcedure } from "../../trpc.ts";
import { findOpenInvitation, MANAGE_ACTIONS, requireAdmin } from "./_shared/people.ts";

/** An admin withdraws an invitation not yet accepted: its link stops working and its mail, if not sent yet, is not sent. */
export const revokeInvitation = staffProcedure
  .meta({ action: MANAGE_ACTIONS })
  .input(z.object({ invitationId: z.string().min(1) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    await ctx.prisma.$transaction(async (tx) => {
      const invitation = await findOpenInvitation(tx, ctx.organizationId, input.invitationId);
      requireAdmin(ctx);
      await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
      await audit(tx, ctx, "invitation.revoke", {
        entity: "Invitation",
        entityId: invitation.id,
        details: { email: invitation.email, role: invitation.role },
      });
    });
    return { ok: true as const };
  });
