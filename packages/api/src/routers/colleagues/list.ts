import { can, PEOPLE_ACTIONS, ROLES_OF_KIND, STAFFED_KINDS } from "@ontwikkelpad/core";
import { z } from "zod";
import { isoDate } from "../../shared/dates.ts";
import { staffProcedure } from "../../trpc.ts";
import { MEMBER_ACTIONS, requireMember, staffRoleSchema } from "./_shared/people.ts";

/**
 * The organisation's people with their roles, the invitations not yet accepted or revoked (an expired
 * one can be sent again), the roles its kind gives and whether the caller manages them.
 */
export const list = staffProcedure
  .meta({ action: MEMBER_ACTIONS })
  .input(z.void())
  .output(
    z.object({
      kind: z.enum(STAFFED_KINDS),
      assignableRoles: z.array(staffRoleSchema),
      canManage: z.boolean(),
      members: z.array(
        z.object({
          userId: z.string(),
          name: z.string(),
          email: z.string(),
          roles: z.array(staffRoleSchema),
          isSelf: z.boolean(),
        }),
      ),
      invitations: z.array(
        z.object({
          id: z.string(),
          email: z.string(),
          role: staffRoleSchema,
          expiresOn: z.iso.date(),
          expired: z.boolean(),
        }),
      ),
    }),
  )
  .query(async ({ ctx }) => {
    requireMember(ctx);
    const now = new Date();
    const [memberships, invitations] = await Promise.all([
      ctx.prisma.membership.findMany({
        where: { organizationId: ctx.organizationId, user: { disabledAt: null } },
        include: { user: true },
        orderBy: [{ user: { displayName: "asc" } }, { role: "asc" }],
      }),
      ctx.prisma.invitation.findMany({
        where: { organizationId: ctx.organizationId, acceptedAt: null, revokedAt: null },
        orderBy: { createdAt: "desc" },
      }),
    ]);
    const members = new Map<string, { userId: string; name: string; email: string; roles: string[] }>();
    for (const m of memberships) {
      const member = members.get(m.userId) ?? {
        userId: m.userId,
        name: m.user.displayName,
        email: m.user.email,
        roles: [],
      };
      member.roles.push(m.role);
      members.set(m.userId, member);
    }
    return {
      kind: ctx.organizationKind,
      assignableRoles: [...ROLES_OF_KIND[ctx.organizationKind]],
      canManage: can(ctx.roles, PEOPLE_ACTIONS[ctx.organizationKind].manage),
      members: [...members.values()].map((m) => ({
        ...m,
        roles: m.roles.map((r) => staffRoleSchema.parse(r)),
        isSelf: m.userId === ctx.session.userId,
      })),
      invitations: invitations.map((i) => ({
        id: i.id,
        email: i.email,
        role: staffRoleSchema.parse(i.role),
        expiresOn: isoDate(i.expiresAt),
        expired: i.expiresAt <= now,
      })),
    };
  });
