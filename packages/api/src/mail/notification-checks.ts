import type { Database } from "@ontwikkelpad/db";
import { isoDate } from "../shared/dates.ts";
import { writeNotificationMail } from "../shared/notifications/record-mail.ts";

/**
 * Takes up the notes the changes left (`recordNotificationMail`): for each organisation and date noted,
 * writes the mail of what now waits there to the outbox and removes the notes it read, in one
 * transaction per organisation and date. Notes are claimed with `FOR UPDATE SKIP LOCKED`, so several
 * server processes share the work; a note committed meanwhile stays for the next round. Returns the
 * mails added.
 */
export async function writeNotedNotificationMail(db: Database): Promise<number> {
  let added = 0;
  for (;;) {
    const round = await db.prisma.$transaction(
      async (tx) => {
        const [first] = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "NotificationMailCheck" ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!first) return null;
        const { organizationId, date } = await tx.notificationMailCheck.findUniqueOrThrow({
          where: { id: first.id },
        });
        const same = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "NotificationMailCheck"
          WHERE "organizationId" = ${organizationId} AND date = ${isoDate(date)}::date
          FOR UPDATE SKIP LOCKED`;
        const count = await writeNotificationMail(tx, organizationId, isoDate(date));
        await tx.notificationMailCheck.deleteMany({
          where: { id: { in: [first.id, ...same.map((row) => row.id)] } },
        });
        return count;
      },
      // Reading an organisation's notifications may take a while on a busy server; it holds no change up.
      { timeout: 120_000, maxWait: 30_000 },
    );
    if (round === null) return added;
    added += round;
  }
}
