import { ROLES } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";
import { employerRoleSchema, onlyAdmin } from "./schemas.ts";
import { notFound } from "../../../shared/own.ts";

const LAST_ADMIN = "De organisatie houdt minstens één beheerder. Maak eerst een andere collega beheerder.";

/**
 * An admin changes a colleague's roles, or with no roles removes their access to the organisation.
 * The organisation always keeps an admin.
 */
export const setRoles = employerProcedure
  .meta({ action: "manageColleagues" })
  .input(z.object({ userId: z.string().min(1), roles: z.array(employerRoleSchema).max(3) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, onlyAdmin);
    const current = await ctx.prisma.membership.findMany({
      where: { organizationId: ctx.organizationId, userId: input.userId },
    });
    if (current.length === 0) throw notFound("colleague");
    const roles = new Set(input.roles);
    if (!roles.has(ROLES.ADMIN) && current.some((m) => m.role === ROLES.ADMIN)) {
      const admins = await ctx.prisma.membership.count({
        where: { organizationId: ctx.organizationId, role: ROLES.ADMIN, user: { disabledAt: null } },
      });
      if (admins <= 1) throw new TRPCError({ code: "BAD_REQUEST", message: LAST_ADMIN });
    }
    await ctx.prisma.$transaction(async (tx) => {
      await tx.membership.deleteMany({
        where: {
          organizationId: ctx.organizationId,
          userId: input.userId,
          role: { notIn: [...roles] },
        },
      });
      for (const role of roles)
        if (!current.some((m) => m.role === role))
          await tx.membership.create({
            data: { organizationId: ctx.organizationId, userId: input.userId, role },
          });
      await audit(tx, ctx, roles.size === 0 ? "membership.remove" : "membership.setRoles", {
        entity: "User",
        entityId: input.userId,
        details: { from: current.map((m) => m.role), to: [...roles] },
      });
    });
    return { ok: true as const };
  });
