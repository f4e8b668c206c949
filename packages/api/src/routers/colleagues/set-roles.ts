import { keepsAnAdmin } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import { notFound } from "../../shared/own.ts";
import { staffProcedure } from "../../trpc.ts";
import {
  LAST_ADMIN,
  MANAGE_ACTIONS,
  requireAdmin,
  requireRolesOfKind,
  staffRoleSchema,
} from "./_shared/people.ts";

/**
 * An admin changes a member's roles, or with no roles removes their access to the organisation. The
 * organisation always keeps an admin (core's `keepsAnAdmin`): the change that would leave none is
 * refused, judged in the change's transaction.
 */
export const setRoles = staffProcedure
  .meta({ action: MANAGE_ACTIONS })
  .input(z.object({ userId: z.string().min(1), roles: z.array(staffRoleSchema).max(4) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const roles = [...new Set(input.roles)];
    await ctx.prisma.$transaction(async (tx) => {
      const memberships = await tx.membership.findMany({
        where: { organizationId: ctx.organizationId, user: { disabledAt: null } },
      });
      const current = memberships.filter((m) => m.userId === input.userId);
      if (current.length === 0) throw notFound("colleague");
      requireAdmin(ctx);
      requireRolesOfKind(ctx.organizationKind, roles, "roles");
      const members = [...new Set(memberships.map((m) => m.userId))].map((userId) => ({
        userId,
        roles: memberships.filter((m) => m.userId === userId).map((m) => m.role),
      }));
      if (!keepsAnAdmin(ctx.organizationKind, members, { userId: input.userId, roles }))
        throw new TRPCError({ code: "BAD_REQUEST", message: LAST_ADMIN[ctx.organizationKind] });
      await tx.membership.deleteMany({
        where: { organizationId: ctx.organizationId, userId: input.userId, role: { notIn: roles } },
      });
      for (const role of roles)
        if (!current.some((m) => m.role === role))
          await tx.membership.create({
            data: { organizationId: ctx.organizationId, userId: input.userId, role },
          });
      await audit(tx, ctx, roles.length === 0 ? "membership.remove" : "membership.setRoles", {
        entity: "User",
        entityId: input.userId,
        details: { from: current.map((m) => m.role), to: roles },
      });
    });
    return { ok: true as const };
  });
