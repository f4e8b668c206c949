import type { MailDelivery, MailOutbox, Prisma } from "@ontwikkelpad/db";
import { hashToken } from "../context.ts";
import { INVITATION_MAIL_KIND } from "../shared/notifications/record-mail.ts";

export type ClaimedMail = MailOutbox & { user: { email: string } | null };
/** A claimed mail that goes out now; an invitation with what its mail says of it. */
export type SendableMail = ClaimedMail & { invitation: { organization: string; expiresAt: Date } | null };

/** The token at the end of a mail's link (an invitation's or an employee's own-view link). */
export const linkToken = (link: string) => link.slice(link.lastIndexOf("/") + 1);

/**
 * Which of the claimed mails go out in this round, decided when they are sent rather than when they
 * were written: a notification by its recipient's choice for its kind now (turned off since: dropped;
 * moved to the daily digest since: kept for the digest), an invitation only while the link it carries
 * still opens it (not withdrawn, accepted, expired or replaced by a new link: dropped, token and all).
 * The rest are changed in `tx`, the transaction that claimed them.
 */
export async function settleClaimedMail(
  tx: Prisma.TransactionClient,
  rows: readonly ClaimedMail[],
  delivery: MailDelivery,
): Promise<SendableMail[]> {
  const invitationHashes = rows
    .filter((row) => row.kind === INVITATION_MAIL_KIND)
    .map((row) => hashToken(linkToken(row.link)));
  const [preferences, invitations] = await Promise.all([
    tx.mailPreference.findMany({
      where: { userId: { in: rows.flatMap((row) => (row.userId ? [row.userId] : [])) } },
    }),
    invitationHashes.length > 0
      ? tx.invitation.findMany({
          where: {
            tokenHash: { in: invitationHashes },
            acceptedAt: null,
            revokedAt: null,
            expiresAt: { gt: new Date() },
          },
          select: { tokenHash: true, expiresAt: true, organization: { select: { name: true } } },
        })
      : [],
  ]);
  const dropped: string[] = [];
  const postponed: string[] = [];
  const sendable: SendableMail[] = [];
  for (const row of rows) {
    if (row.kind === INVITATION_MAIL_KIND) {
      const invitation = invitations.find((i) => i.tokenHash === hashToken(linkToken(row.link)));
      if (invitation)
        sendable.push({
          ...row,
          invitation: { organization: invitation.organization.name, expiresAt: invitation.expiresAt },
        });
      else dropped.push(row.id);
      continue;
    }
    const choice = row.userId
      ? (preferences.find((p) => p.userId === row.userId && p.kind === row.kind)?.delivery ?? "IMMEDIATE")
      : delivery;
    if (choice === "NEVER") dropped.push(row.id);
    else if (choice === "DAILY_DIGEST" && delivery === "IMMEDIATE") postponed.push(row.id);
    else sendable.push({ ...row, invitation: null });
  }
  if (dropped.length > 0) await tx.mailOutbox.deleteMany({ where: { id: { in: dropped } } });
  if (postponed.length > 0)
    await tx.mailOutbox.updateMany({ where: { id: { in: postponed } }, data: { delivery: "DAILY_DIGEST" } });
  return sendable;
}
