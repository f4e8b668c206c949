import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { recordInvitationMail } from "../../shared/notifications/record-mail.ts";
import { staffProcedure } from "../../trpc.ts";
import { findOpenInvitation, MANAGE_ACTIONS, newInvitationLink, requireAdmin } from "./_shared/people.ts";

/**
 * An admin makes a new link for an invitation not yet accepted (also an expired one): the old link
 * stops working (a mail of it not sent yet is not sent), the new one is valid for the full term and is
 * mailed to the invitee. The answer holds the new token once.
 */
export const resendInvitation = staffProcedure
  .meta({ action: MANAGE_ACTIONS })
  .input(z.object({ invitationId: z.string().min(1) }))
  .output(z.object({ invitationId: z.string(), token: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const { token, tokenHash, expiresAt } = newInvitationLink();
    await ctx.prisma.$transaction(async (tx) => {
      const invitation = await findOpenInvitation(tx, ctx.organizationId, input.invitationId);
      requireAdmin(ctx);
      await tx.invitation.update({ where: { id: invitation.id }, data: { tokenHash, expiresAt } });
      await audit(tx, ctx, "invitation.resend", {
        entity: "Invitation",
        entityId: invitation.id,
        details: { email: invitation.email, role: invitation.role },
      });
      await recordInvitationMail(tx, { ...invitation, tokenHash }, ctx.organizationKind, token);
    });
    return { invitationId: input.invitationId, token };
  });
