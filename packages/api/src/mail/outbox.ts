import type { Database } from "@ontwikkelpad/db";
import { audit } from "../shared/audit.ts";
import { publicUrl } from "../shared/credentials/settings.ts";
import { z } from "zod";
import { EMPLOYEE_VIEW_DAYS } from "../shared/employee-view.ts";
import { NOTIFICATION_KINDS } from "../shared/notifications/notification.ts";
import { EMPLOYEE_LINK_MAIL_KIND, INVITATION_MAIL_KIND } from "../shared/notifications/record-mail.ts";
import { settleClaimedMail, type SendableMail } from "./settle.ts";
import {
  renderDigest,
  renderEmployeeLink,
  renderImmediate,
  renderInvitation,
  type MailLink,
} from "./templates.ts";
import { unsubscribeUrl } from "./unsubscribe.ts";
import type { MailTransport, OutgoingMail } from "./transport.ts";

/** After this many failed attempts a mail stays in the outbox with its last error: the dead letters. */
export const MAX_ATTEMPTS = 5;
/** How many mails one round claims. */
const BATCH = 20;

const kindSchema = z.enum(NOTIFICATION_KINDS);
const asLink = (row: { kind: string; link: string }): MailLink => ({
  kind: kindSchema.parse(row.kind),
  url: `${publicUrl()}${row.link}`,
});

/** The rows per key, in their order (Node 20 has no `Map.groupBy`). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups.values()];
}

/** The mails whose link carries a token that opens something without a login. */
const TOKEN_MAIL_KINDS: readonly string[] = [EMPLOYEE_LINK_MAIL_KIND, INVITATION_MAIL_KIND];

/**
 * The mail for one group of outbox rows: the link HR made for an employee, an invitation's link, or the
 * notifications with a link that stops their kinds (a digest's link stops every kind it holds).
 */
function composeMail(group: readonly SendableMail[], delivery: "IMMEDIATE" | "DAILY_DIGEST"): OutgoingMail {
  const first = group[0]!;
  if (first.invitation)
    return {
      to: first.email!,
      ...renderInvitation(
        first.invitation.organization,
        `${publicUrl()}${first.link}`,
        first.invitation.expiresAt,
      ),
    };
  if (first.kind === EMPLOYEE_LINK_MAIL_KIND)
    return {
      to: first.email!,
      ...renderEmployeeLink(first.firstName!, `${publicUrl()}${first.link}`, EMPLOYEE_VIEW_DAYS),
    };
  const links = group.map(asLink);
  const unsubscribe = unsubscribeUrl(
    first.userId!,
    links.map((link) => link.kind),
  );
  return {
    to: first.user!.email,
    ...(delivery === "IMMEDIATE"
      ? renderImmediate(links[0]!, unsubscribe)
      : renderDigest(links, unsubscribe)),
    unsubscribeUrl: unsubscribe,
  };
}

/**
 * Sends what waits in the outbox with `delivery`: each IMMEDIATE mail apart, the DAILY_DIGEST ones in
 * one mail per recipient; what was turned off, moved to the digest or withdrawn since it was written is
 * settled first (`settleClaimedMail`). Rows are claimed with `FOR UPDATE SKIP LOCKED` in the transaction
 * that marks them sent and audits each mail, so several server processes on one database send each mail
 * once; a failed send counts an attempt and keeps the row for the next round. Returns the mails sent.
 */
export async function sendOutbox(
  db: Database,
  transport: MailTransport,
  delivery: "IMMEDIATE" | "DAILY_DIGEST",
): Promise<number> {
  return db.prisma.$transaction(
    async (tx) => {
      // A round whose claimed mails were all dropped or kept for the digest claims the next ones.
      let rows: SendableMail[] = [];
      for (let claimedAny = true; rows.length === 0 && claimedAny;) {
        const claimed = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "MailOutbox"
          WHERE "sentAt" IS NULL AND delivery = ${delivery}::"MailDelivery" AND attempts < ${MAX_ATTEMPTS}
          ORDER BY "createdAt"
          LIMIT ${delivery === "IMMEDIATE" ? BATCH : 10 * BATCH}
          FOR UPDATE SKIP LOCKED`;
        claimedAny = claimed.length > 0;
        rows = await settleClaimedMail(
          tx,
          await tx.mailOutbox.findMany({
            where: { id: { in: claimed.map((c) => c.id) } },
            include: { user: { select: { email: true } } },
            orderBy: { createdAt: "asc" },
          }),
          delivery,
        );
      }
      const groups =
        delivery === "IMMEDIATE"
          ? rows.map((row) => [row])
          : groupBy(rows, (row) => `${row.userId}|${row.organizationId}`);
      let sent = 0;
      for (const group of groups) {
        const first = group[0]!;
        const ids = group.map((row) => row.id);
        const mail = composeMail(group, delivery);
        try {
          await transport.send(mail);
        } catch (error) {
          await tx.mailOutbox.updateMany({
            where: { id: { in: ids } },
            data: {
              attempts: { increment: 1 },
              lastError: error instanceof Error ? error.message : String(error),
            },
          });
          continue;
        }
        await tx.mailOutbox.updateMany({
          where: { id: { in: ids } },
          data: {
            sentAt: new Date(),
            attempts: { increment: 1 },
            lastError: null,
            // The token opens a path or an invitation: once sent, the outbox keeps no copy of it.
            ...(TOKEN_MAIL_KINDS.includes(first.kind)
              ? { link: first.link.slice(0, first.link.lastIndexOf("/") + 1) }
              : {}),
          },
        });
        // What was sent to whom and when; never the mail's text.
        await audit(tx, { session: null, organizationId: first.organizationId, ip: null }, "mail.send", {
          entity: "MailOutbox",
          entityId: first.id,
          details: {
            recipientUserId: first.userId,
            ...(first.email ? { recipientEmail: first.email } : {}),
            kinds: group.map((row) => row.kind),
            delivery,
          },
        });
        sent++;
      }
      return sent;
      // An SMTP server may take its time: the claim holds until the round is done.
    },
    // A round waits for a connection rather than failing while other processes hold theirs.
    { timeout: 120_000, maxWait: 30_000 },
  );
}
