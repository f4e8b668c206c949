import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { addDays, formatISO } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateColumn, today } from "../shared/dates.ts";
import { startJobQueue, type JobQueue } from "./queue.ts";
import { MAIL_JOBS, mailJobHandlers, startMailWorker } from "./worker.ts";
import { memoryTransport } from "./transport.ts";

let db: Database;
let queue: JobQueue | undefined;
let pathLink: string;
let diplomaLink: string;

const daysAhead = (days: number) => formatISO(addDays(dateColumn(today()), days), { representation: "date" });

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  // A Kinderrijk path whose review is 40 days away: not yet within the 14 days a review comes to its people.
  const path = await db.prisma.developmentPath.findFirstOrThrow({
    where: { status: "ACTIVE", person: { archivedAt: null, employer: { name: "Kinderrijk" } } },
  });
  await db.prisma.developmentPath.update({
    where: { id: path.id },
    data: { nextReviewAt: dateColumn(daysAhead(40)) },
  });
  pathLink = `/werkgever/personen/${path.personId}/ontwikkelpad`;
  // A diploma De Maasoever issued today, on a result of today: DUO must have it within 14 days.
  const rosa = await db.prisma.person.findFirstOrThrow({ where: { givenName: "Rosa" } });
  const school = await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } });
  const committee = await db.prisma.user.findUniqueOrThrow({
    where: { email: "examencommissie@maasoever.demo" },
  });
  await db.prisma.issuedCredential.create({
    data: {
      personId: rosa.id,
      kind: "DIPLOMA",
      credentialId: "PMK",
      workProcessIds: [],
      schoolOrganizationId: school.id,
      employerOrganizationId: rosa.employerOrganizationId,
      issuedByUserId: committee.id,
      issuedOn: dateColumn(today()),
      resultOn: dateColumn(today()),
    },
  });
  diplomaLink = `/school/uitgeven/${rosa.id}`;
});
afterAll(async () => {
  await queue?.stop();
  await db.close();
});

const mailsTo = (link: string) =>
  db.prisma.mailOutbox.findMany({ where: { link }, orderBy: { createdAt: "asc" } });

// The reminder job reads every organisation's notifications on each of the clock's days.
describe("reminders", { timeout: 300_000 }, () => {
  it("mail a review when it comes within 14 days and again when it is overdue, a DUO deadline likewise, each once on the clock's days", async () => {
    const transport = memoryTransport();
    let clock = today();
    const { remind } = mailJobHandlers(db, transport, () => clock);
    const runOn = async (date: string) => {
      clock = date;
      await remind();
      return { review: await mailsTo(pathLink), duo: await mailsTo(diplomaLink) };
    };
    const sentAbout = (link: string) => transport.sent.filter((m) => m.text.includes(link)).length;

    // Today: the review is 40 days away; the diploma's DUO deadline (14 days) is running.
    const first = await runOn(today());
    expect(first.review).toEqual([]);
    expect(first.duo.map((m) => m.kind)).not.toEqual([]);
    expect(first.duo.every((m) => m.kind === "duoReport" && m.sentAt)).toBe(true);
    expect(sentAbout(diplomaLink)).toBe(first.duo.length);

    // 25 days on the review is 15 days away: not yet. At 26 it is 14 days away: due, mailed once.
    expect((await runOn(daysAhead(25))).review).toEqual([]);
    const due = (await runOn(daysAhead(26))).review;
    // One mail per recipient (the admin, the leidinggevende, the path's praktijkopleider), not per run.
    expect(due.length).toBeGreaterThan(0);
    expect(new Set(due.map((m) => m.userId)).size).toBe(due.length);
    expect((await runOn(daysAhead(26))).review).toEqual(due);
    expect((await runOn(daysAhead(30))).review).toEqual(due);
    expect(sentAbout(pathLink)).toBe(due.length);

    // The day after the review it is overdue: one more mail to each, once; the DUO deadline has passed too.
    const late = await runOn(daysAhead(41));
    expect(late.review).toHaveLength(2 * due.length);
    expect(late.duo).toHaveLength(2 * first.duo.length);
    expect(await runOn(daysAhead(42))).toEqual(late);
    expect(sentAbout(pathLink)).toBe(2 * due.length);
    expect(sentAbout(diplomaLink)).toBe(2 * first.duo.length);
    expect((await mailsTo(pathLink)).every((m) => m.sentAt)).toBe(true);
  });

  it("run as a job of the queue on the embedded database and send what they recorded", async () => {
    await db.prisma.mailOutbox.deleteMany({ where: { link: pathLink } });
    queue = await startJobQueue(db, { pollingIntervalSeconds: 0.5 });
    const transport = memoryTransport();
    await startMailWorker(db, queue, transport, () => daysAhead(30));
    await queue.send(MAIL_JOBS.remind.name);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !transport.sent.some((m) => m.text.includes(pathLink))) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const mails = await mailsTo(pathLink);
    expect(mails.length).toBeGreaterThan(0);
    expect(transport.sent.filter((m) => m.text.includes(pathLink)).length).toBe(mails.length);
    expect(mails.every((m) => m.sentAt !== null)).toBe(true);
  });
});
