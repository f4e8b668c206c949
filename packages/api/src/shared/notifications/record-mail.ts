import type { Prisma } from "@ontwikkelpad/db";
import { PORTAL_PATHS, readOrganizationNotifications } from "./read.ts";

/**
 * Writes a mail to the outbox for every notification that now waits for a member of
 * `organizationId`, in the transaction `tx` of the change that caused it: a rolled-back change mails
 * nothing. Each notification is mailed once (its `dedupeKey`; once more when it becomes overdue), at once or in the daily digest as the
 * member chose for its kind; never when they turned the kind off. Returns how many mails it added.
 */
export async function recordNotificationMail(
  tx: Prisma.TransactionClient,
  organizationId: string,
  date: string,
): Promise<number> {
  const members = await readOrganizationNotifications(tx, organizationId, date);
  const preferences = await tx.mailPreference.findMany({
    where: { userId: { in: members.map((m) => m.userId) } },
  });
  const deliveryOf = (userId: string, kind: string) =>
    preferences.find((p) => p.userId === userId && p.kind === kind)?.delivery ?? "IMMEDIATE";
  const rows = members.flatMap(({ userId, portalPath, notifications }) =>
    notifications.flatMap((n) => {
      const delivery = deliveryOf(userId, n.kind);
      const link = `${portalPath}${n.link}`;
      return delivery === "NEVER"
        ? []
        : [
            {
              // Overdue is news of its own: a review or deadline is mailed when due and once more when late.
              dedupeKey: [userId, n.kind, link, n.on ?? "", n.overdue ? "overdue" : ""].join("|"),
              userId,
              organizationId,
              kind: n.kind,
              delivery,
              link,
            },
          ];
    }),
  );
  const { count } = await tx.mailOutbox.createMany({ data: rows, skipDuplicates: true });
  return count;
}

/** The kind of the mail that brings an employee the link to their own path. */
export const EMPLOYEE_LINK_MAIL_KIND = "employeeLink";

/** The employee's own-view page behind `token`, on the employer portal. */
export const employeeLinkPath = (token: string) => `${PORTAL_PATHS.EMPLOYER}/mijn-pad/${token}`;

/**
 * Writes the mail that brings an employee the link to their own path to the outbox, in the transaction
 * `tx` that created the link: at once, to the address HR knows, greeting them by first name only.
 */
export async function recordEmployeeLinkMail(
  tx: Prisma.TransactionClient,
  link: { id: string; email: string; firstName: string; organizationId: string; token: string },
): Promise<void> {
  await tx.mailOutbox.create({
    data: {
      dedupeKey: `${EMPLOYEE_LINK_MAIL_KIND}|${link.id}`,
      email: link.email,
      firstName: link.firstName,
      organizationId: link.organizationId,
      kind: EMPLOYEE_LINK_MAIL_KIND,
      delivery: "IMMEDIATE",
      link: employeeLinkPath(link.token),
    },
  });
}
