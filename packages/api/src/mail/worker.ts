import type { Database } from "@ontwikkelpad/db";
import { today } from "../shared/dates.ts";
import { writeNotificationMail } from "../shared/notifications/record-mail.ts";
import { writeNotedNotificationMail } from "./notification-checks.ts";
import { sendOutbox } from "./outbox.ts";
import type { JobQueue } from "./queue.ts";
import type { MailTransport } from "./transport.ts";

export const MAIL_JOBS = {
  /** Every minute: the outbox's mails that go out at once. */
  send: { name: "mail-send", cron: "* * * * *" },
  /** Every morning: what waits by date (reviews, DUO deadlines) becomes mail in the outbox. */
  remind: { name: "notifications-remind", cron: "0 6 * * *" },
  /** After the reminders: one digest per recipient who chose the daily mail. */
  digest: { name: "mail-digest", cron: "0 7 * * *" },
} as const;

/**
 * Writes the mail of the changes noted since the last round (`writeNotedNotificationMail`), then sends
 * outbox rounds until one sends nothing; returns the mails sent.
 */
export async function drainOutbox(
  db: Database,
  transport: MailTransport,
  delivery: "IMMEDIATE" | "DAILY_DIGEST",
): Promise<number> {
  await writeNotedNotificationMail(db);
  let total = 0;
  for (
    let sent = await sendOutbox(db, transport, delivery);
    sent > 0;
    sent = await sendOutbox(db, transport, delivery)
  )
    total += sent;
  return total;
}

/**
 * The reminders of `date`: for every organisation, what waits by then (a review due within the
 * horizon or overdue, a diploma's DUO deadline) is written to the outbox, each notification once.
 */
export async function recordReminders(db: Database, date: string): Promise<number> {
  const organizations = await db.prisma.organization.findMany({ select: { id: true } });
  let added = 0;
  for (const { id } of organizations) {
    added += await db.prisma.$transaction((tx) => writeNotificationMail(tx, id, date));
  }
  return added;
}

/** What each mail job does; `clock` gives the date the reminders are about (a test sets it). */
export function mailJobHandlers(
  db: Database,
  transport: MailTransport,
  clock: () => string = today,
): Record<keyof typeof MAIL_JOBS, () => Promise<void>> {
  return {
    send: async () => void (await drainOutbox(db, transport, "IMMEDIATE")),
    digest: async () => void (await drainOutbox(db, transport, "DAILY_DIGEST")),
    remind: async () => {
      await recordReminders(db, clock());
      await drainOutbox(db, transport, "IMMEDIATE");
    },
  };
}

/** Runs the mail jobs on `queue`, each on its schedule. */
export async function startMailWorker(
  db: Database,
  queue: JobQueue,
  transport: MailTransport,
  clock: () => string = today,
): Promise<void> {
  const handlers = mailJobHandlers(db, transport, clock);
  for (const key of Object.keys(MAIL_JOBS) as (keyof typeof MAIL_JOBS)[]) {
    await queue.work(MAIL_JOBS[key].name, handlers[key]);
    await queue.schedule(MAIL_JOBS[key].name, MAIL_JOBS[key].cron);
  }
}
