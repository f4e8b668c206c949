import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { recordInvitationMail } from "../../shared/notifications/record-mail.ts";
import { staffProcedure } from "../../trpc.ts";
import {
  MANAGE_ACTIONS,
  newInvitationLink,
  requireAdmin,
  requireRolesOfKind,
  staffRoleSchema,
} from "./_shared/people.ts";

/**
 * An admin invites someone by e-mail with one of the organisation's roles: the invitee is mailed the
 * link, and the answer holds the link's token once, for the admin to pass on as well (only the token's
 * hash is stored).
 */
export const invite = staffProcedure
  .meta({ action: MANAGE_ACTIONS })
  .input(
    z.object({
      email: z.email("Vul een geldig e-mailadres in.").transform((e) => e.trim().toLowerCase()),
      role: staffRoleSchema,
    }),
  )
  .output(z.object({ invitationId: z.string(), token: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAdmin(ctx);
    requireRolesOfKind(ctx.organizationKind, [input.role], "role");
    const already = await ctx.prisma.membership.findFirst({
      where: { organizationId: ctx.organizationId, role: input.role, user: { email: input.email } },
    });
    if (already)
      throw new TRPCError({
        code: "CONFLICT",
        message: "Deze persoon heeft deze rol al. Wijzig de rollen in de lijst met collega's.",
      });
    const { token, tokenHash, expiresAt } = newInvitationLink();
    const invitation = await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.invitation.create({
        data: {
          organizationId: ctx.organizationId,
          email: input.email,
          role: input.role,
          tokenHash,
          invitedByUserId: ctx.session.userId,
          expiresAt,
        },
      });
      await audit(tx, ctx, "invitation.create", {
        entity: "Invitation",
        entityId: created.id,
        details: { email: input.email, role: input.role },
      });
      await recordInvitationMail(tx, created, ctx.organizationKind, token);
      return created;
    });
    return { invitationId: invitation.id, token };
  });
