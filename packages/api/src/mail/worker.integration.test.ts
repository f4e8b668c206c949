import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { addDays, formatISO } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateColumn, today } from "../shared/dates.ts";
import { startJobQueue, type JobQueue } from "./queue.ts";
import { MAIL_JOBS, recordReminders, startMailWorker } from "./worker.ts";
import { memoryTransport } from "./transport.ts";

let db: Database;
let queue: JobQueue | undefined;
let pathLink: string;

const daysAhead = (days: number) => formatISO(addDays(dateColumn(today()), days), { representation: "date" });

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  // A Kinderrijk path whose review is 40 days away: not yet within the 30 days a review is due in.
  const path = await db.prisma.developmentPath.findFirstOrThrow({
    where: { status: "ACTIVE", person: { archivedAt: null, employer: { name: "Kinderrijk" } } },
  });
  await db.prisma.developmentPath.update({
    where: { id: path.id },
    data: { nextReviewAt: dateColumn(daysAhead(40)) },
  });
  pathLink = `/werkgever/personen/${path.personId}/ontwikkelpad?stap=8`;
});
afterAll(async () => {
  await queue?.stop();
  await db.close();
});

const reviewMails = () => db.prisma.mailOutbox.findMany({ where: { kind: "review", link: pathLink } });

describe("reminders", () => {
  it("mail a review once the clock reaches its horizon, once", async () => {
    await recordReminders(db, today());
    expect(await reviewMails()).toEqual([]);
    await recordReminders(db, daysAhead(15));
    await recordReminders(db, daysAhead(16));
    const mails = await reviewMails();
    expect(mails.length).toBeGreaterThan(0);
    // One mail per recipient (the admin, the leidinggevende, the path's praktijkopleider), not per run.
    expect(new Set(mails.map((m) => m.userId)).size).toBe(mails.length);
  });

  it("run as a job of the queue on the embedded database and send what they recorded", async () => {
    await db.prisma.mailOutbox.deleteMany({ where: { kind: "review", link: pathLink } });
    queue = await startJobQueue(db, { pollingIntervalSeconds: 0.5 });
    const transport = memoryTransport();
    await startMailWorker(db, queue, transport, () => daysAhead(20));
    await queue.send(MAIL_JOBS.remind.name);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !transport.sent.some((m) => m.text.includes(pathLink))) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(transport.sent.filter((m) => m.text.includes(pathLink)).length).toBe((await reviewMails()).length);
    expect((await reviewMails()).every((m) => m.sentAt !== null)).toBe(true);
  });
});
