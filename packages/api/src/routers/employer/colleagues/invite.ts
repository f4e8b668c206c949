import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { addDays } from "date-fns";
import { z } from "zod";
import { hashToken } from "../../../context.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";
import { INVITATION_DAYS, employerRoleSchema, onlyAdmin } from "./schemas.ts";

/**
 * An admin invites a colleague by e-mail with a role. The answer holds the link's token once: the
 * admin copies the link to the colleague (only the token's hash is stored).
 */
export const invite = employerProcedure
  .meta({ action: "manageColleagues" })
  .input(
    z.object({
      email: z.email("Vul een geldig e-mailadres in.").transform((e) => e.trim().toLowerCase()),
      role: employerRoleSchema,
    }),
  )
  .output(z.object({ invitationId: z.string(), token: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, onlyAdmin);
    const already = await ctx.prisma.membership.findFirst({
      where: { organizationId: ctx.organizationId, role: input.role, user: { email: input.email } },
    });
    if (already)
      throw new TRPCError({
        code: "CONFLICT",
        message: "Deze collega heeft deze rol al. Wijzig de rollen in de lijst met collega's.",
      });
    const token = randomBytes(24).toString("base64url");
    const invitation = await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.invitation.create({
        data: {
          organizationId: ctx.organizationId,
          email: input.email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedByUserId: ctx.session.userId,
          expiresAt: addDays(new Date(), INVITATION_DAYS),
        },
      });
      await audit(tx, ctx, "invitation.create", {
        entity: "Invitation",
        entityId: created.id,
        details: { email: input.email, role: input.role },
      });
      return created;
    });
    return { invitationId: invitation.id, token };
  });
