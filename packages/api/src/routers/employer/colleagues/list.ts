import { z } from "zod";
import { isoDate } from "../../../shared/dates.ts";
import { employerProcedure } from "../../../trpc.ts";
import { employerRoleSchema } from "./schemas.ts";

/** The organisation's colleagues with their roles, and the invitations not yet accepted. */
export const list = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.void())
  .output(
    z.object({
      members: z.array(
        z.object({
          userId: z.string(),
          name: z.string(),
          email: z.string(),
          roles: z.array(employerRoleSchema),
          isSelf: z.boolean(),
        }),
      ),
      invitations: z.array(
        z.object({ id: z.string(), email: z.string(), role: employerRoleSchema, expiresOn: z.iso.date() }),
      ),
    }),
  )
  .query(async ({ ctx }) => {
    const [memberships, invitations] = await Promise.all([
      ctx.prisma.membership.findMany({
        where: { organizationId: ctx.organizationId, user: { disabledAt: null } },
        include: { user: true },
        orderBy: [{ user: { displayName: "asc" } }, { role: "asc" }],
      }),
      ctx.prisma.invitation.findMany({
        where: {
          organizationId: ctx.organizationId,
          acceptedAt: null,
          revokedAt: null,
          expiresAt: { gt: new Date() },
        },
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
      members: [...members.values()].map((m) => ({
        ...m,
        roles: m.roles.map((r) => employerRoleSchema.parse(r)),
        isSelf: m.userId === ctx.session.userId,
      })),
      invitations: invitations.map((i) => ({
        id: i.id,
        email: i.email,
        role: employerRoleSchema.parse(i.role),
        expiresOn: isoDate(i.expiresAt),
      })),
    };
  });
