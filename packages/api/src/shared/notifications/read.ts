import type { Prisma } from "@ontwikkelpad/db";
import { readEmployerNotifications } from "./employer.ts";
import type { Notification } from "./notification.ts";
import { readRegionNotifications } from "./region.ts";
import { readSchoolNotifications } from "./school.ts";

/** Where each kind of organisation works: the portal's path on the server. */
export const PORTAL_PATHS = {
  EMPLOYER: "/werkgever",
  SCHOOL: "/school",
  REGION: "/regio",
  PARTNER: "/regio",
} as const;

/**
 * The notifications of every member of `organizationId` on `date`, each member with their own roles
 * there: what the mail outbox and the reminders send, from the same readers as the portals' bell.
 */
export async function readOrganizationNotifications(
  prisma: Prisma.TransactionClient,
  organizationId: string,
  date: string,
): Promise<{ userId: string; email: string; portalPath: string; notifications: Notification[] }[]> {
  const organization = await prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: {
      kind: true,
      memberships: {
        where: { user: { disabledAt: null } },
        select: { userId: true, role: true, user: true },
      },
    },
  });
  // A partner works for the region it joined first, as at the region desk.
  const partnerOf =
    organization.kind === "PARTNER"
      ? await prisma.regionMembership.findFirst({
          where: { organizationId, region: { kind: "REGION" } },
          orderBy: { createdAt: "asc" },
        })
      : null;
  const members = new Map<string, { email: string; roles: string[] }>();
  for (const m of organization.memberships) {
    const member = members.get(m.userId) ?? { email: m.user.email, roles: [] };
    member.roles.push(m.role);
    members.set(m.userId, member);
  }
  const read = (recipient: { organizationId: string; userId: string; roles: string[] }) => {
    switch (organization.kind) {
      case "EMPLOYER":
        return readEmployerNotifications(prisma, recipient, date);
      case "SCHOOL":
        return readSchoolNotifications(prisma, recipient, date);
      case "REGION":
        return readRegionNotifications(
          prisma,
          { ...recipient, regionOrganizationId: organizationId, partnerOrganizationId: null },
          date,
        );
      case "PARTNER":
        return partnerOf
          ? readRegionNotifications(
              prisma,
              {
                ...recipient,
                regionOrganizationId: partnerOf.regionOrganizationId,
                partnerOrganizationId: organizationId,
              },
              date,
            )
          : Promise.resolve([]);
    }
  };
  const result = [];
  for (const [userId, { email, roles }] of members) {
    result.push({
      userId,
      email,
      portalPath: PORTAL_PATHS[organization.kind],
      notifications: await read({ organizationId, userId, roles }),
    });
  }
  return result;
}
