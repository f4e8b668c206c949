import type { Prisma } from "@ontwikkelpad/db";
import { dateColumn } from "../dates.ts";
import { PORTAL_PATHS, readOrganizationNotifications } from "./read.ts";

/**
 * Notes, in the transaction `tx` of a change that may have made something wait for a member of
 * `organizationId`, that its notifications of `date` are to be mailed: one small insert, so the change's
 * transaction stays short. The mail worker writes the mails (`writeNotificationMail`) from the state it
 * then reads; a rolled-back change leaves no note and mails nothing, a committed one is mailed even if
 * the process dies right after the commit.
 */
export async function recordNotificationMail(
  tx: Prisma.TransactionClient,
  organizationId: string,
  date: string,
): Promise<void> {
  await tx.notificationMailCheck.create({ data: { organizationId, date: dateColumn(date) } });
}

/**
 * Writes a mail to the outbox for every notification that waits for a member of `organizationId` on
 * `date`. Each notification is mailed once (its `dedupeKey`; once more when it becomes overdue), at once
 * or in the daily digest as the member chose for its kind; never when they turned the kind off (the
 * outbox reads the choice again when it sends). Returns how many mails it added.
 */
export async function writeNotificationMail(
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

/** The kind of the mail that brings someone invited to an organisation the link to accept it. */
export const INVITATION_MAIL_KIND = "invitation";

/** The accept page of an invitation's `token` on the portal of the organisation's `kind`. */
export const invitationPath = (kind: keyof typeof PORTAL_PATHS, token: string) =>
  `${PORTAL_PATHS[kind]}/uitnodiging/${token}`;

/**
 * Writes the mail that brings the invitee the link with `token` to the outbox, in the transaction `tx`
 * that made the link (an invitation or a new link for it): at once, to the invited address. The outbox
 * sends it only while that link still opens the invitation (not withdrawn, accepted, expired or replaced).
 */
export async function recordInvitationMail(
  tx: Prisma.TransactionClient,
  invitation: { id: string; email: string; organizationId: string; tokenHash: string },
  organizationKind: keyof typeof PORTAL_PATHS,
  token: string,
): Promise<void> {
  await tx.mailOutbox.create({
    data: {
      dedupeKey: `${INVITATION_MAIL_KIND}|${invitation.id}|${invitation.tokenHash}`,
      email: invitation.email,
      organizationId: invitation.organizationId,
      kind: INVITATION_MAIL_KIND,
      delivery: "IMMEDIATE",
      link: invitationPath(organizationKind, token),
    },
  });
}
