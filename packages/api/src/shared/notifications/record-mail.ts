import type { Prisma } from "@ontwikkelpad/db";
import { readOrganizationNotifications } from "./read.ts";

/**
 * Writes a mail to the outbox for every notification that now waits for a member of
 * `organizationId`, in the transaction `tx` of the change that caused it: a rolled-back change mails
 * nothing. Each notification is mailed once (its `dedupeKey`), at once or in the daily digest as the
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
              dedupeKey: [userId, n.kind, link, n.on ?? ""].join("|"),
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
