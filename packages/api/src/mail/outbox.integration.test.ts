import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadIds, MATRIX } from "../authorization-matrix.ts";
import { today } from "../shared/dates.ts";
import { recordNotificationMail } from "../shared/notifications/record-mail.ts";
import { loggedInClient } from "../test-client.ts";
import { writeNotedNotificationMail } from "./notification-checks.ts";
import { sendOutbox } from "./outbox.ts";
import { memoryTransport } from "./transport.ts";
import { readUnsubscribeToken, unsubscribe, unsubscribeToken } from "./unsubscribe.ts";

let db: Database;
let schoolId: string;
let adviserId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  schoolId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } })).id;
  adviserId = (
    await db.prisma.user.findUniqueOrThrow({ where: { email: "opleidingsadviseur@maasoever.demo" } })
  ).id;
});
afterAll(() => db.close());

/** A new training request to the school, as the employer's procedure writes it. */
async function newTrainingRequest(tx: Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0]) {
  const template = await tx.trainingRequest.findFirstOrThrow({ where: { schoolOrganizationId: schoolId } });
  return tx.trainingRequest.create({
    data: {
      employerOrganizationId: template.employerOrganizationId,
      schoolOrganizationId: schoolId,
      personId: template.personId,
      credentialId: template.credentialId,
      learningRoute: template.learningRoute,
    },
  });
}

/** Commits `change` with the note that mails what it made wait, and writes that mail as the worker does. */
async function commitWithMail(
  change: (tx: Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0]) => Promise<unknown>,
) {
  await db.prisma.$transaction(async (tx) => {
    await change(tx);
    await recordNotificationMail(tx, schoolId, today());
  });
  await writeNotedNotificationMail(db);
}

const pendingFor = (userId: string) => db.prisma.mailOutbox.findMany({ where: { userId, sentAt: null } });

describe("the mail outbox", () => {
  it("holds a mail for the school once the employer's training request is committed", async () => {
    const ids = await loadIds(db.prisma);
    const hr = await (await loggedInClient(db, "hr@kinderrijk.demo", "outbox-hr")).call();
    const { id } = await hr.employer.paths.requestTraining(
      MATRIX["employer.paths.requestTraining"]!.input(ids) as { pathId: string; offerId: string },
    );
    await writeNotedNotificationMail(db);
    const school = (await db.prisma.trainingRequest.findUniqueOrThrow({ where: { id } }))
      .schoolOrganizationId;
    const adviser = await db.prisma.membership.findFirstOrThrow({
      where: { organizationId: school, role: "TRAINING_ADVISOR" },
    });
    expect(await db.prisma.mailOutbox.findMany({ where: { userId: adviser.userId } })).toContainEqual(
      expect.objectContaining({
        kind: "trainingRequest",
        link: `/school/aanvragen/scholing/${id}`,
        sentAt: null,
      }),
    );
  });

  it("holds nothing of a change that was rolled back", async () => {
    const before = await db.prisma.mailOutbox.count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await newTrainingRequest(tx);
        await recordNotificationMail(tx, schoolId, today());
        expect(await tx.notificationMailCheck.count()).toBeGreaterThan(0);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.prisma.notificationMailCheck.count()).toBe(0);
    expect(await writeNotedNotificationMail(db)).toBe(0);
    expect(await db.prisma.mailOutbox.count()).toBe(before);
  });

  it("writes a change's mail once the worker takes up its note, in one small insert inside the change", async () => {
    const request = await db.prisma.$transaction(async (tx) => {
      const created = await newTrainingRequest(tx);
      const outboxBefore = await tx.mailOutbox.count();
      await recordNotificationMail(tx, schoolId, today());
      // Inside the change: a note, no mail yet.
      expect(await tx.mailOutbox.count()).toBe(outboxBefore);
      expect(await tx.notificationMailCheck.count()).toBe(1);
      return created;
    });
    expect(await writeNotedNotificationMail(db)).toBeGreaterThan(0);
    expect(await db.prisma.notificationMailCheck.count()).toBe(0);
    expect((await pendingFor(adviserId)).map((row) => row.link)).toContain(
      `/school/aanvragen/scholing/${request.id}`,
    );
  });

  it("sends each mail once, without the learner's name, and audits it", async () => {
    let request!: Awaited<ReturnType<typeof newTrainingRequest>>;
    await commitWithMail(async (tx) => (request = await newTrainingRequest(tx)));
    // Recording again (another change in the school) does not mail the same request twice.
    await commitWithMail(async () => {});
    const mine = (await pendingFor(adviserId)).filter((row) => row.link.endsWith(request.id));
    expect(mine).toHaveLength(1);

    const transport = memoryTransport();
    let sent = 0;
    for (
      let round = await sendOutbox(db, transport, "IMMEDIATE");
      round > 0;
      round = await sendOutbox(db, transport, "IMMEDIATE")
    )
      sent += round;
    expect(sent).toBe(transport.sent.length);
    const mail = transport.sent.find((m) => m.text.includes(`/school/aanvragen/scholing/${request.id}`));
    expect(mail?.to).toBe("opleidingsadviseur@maasoever.demo");
    const token = new URL(mail!.unsubscribeUrl!).searchParams.get("token")!;
    expect(readUnsubscribeToken(token)).toEqual({ userId: adviserId, kinds: ["trainingRequest"] });
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id: request.personId } });
    for (const m of transport.sent) {
      expect(`${m.subject}\n${m.text}`).not.toContain(person.familyName);
      expect(`${m.subject}\n${m.text}`).not.toContain(person.givenName);
    }
    expect(await pendingFor(adviserId)).toEqual([]);
    expect(
      await db.prisma.auditEvent.findFirst({ where: { action: "mail.send", entityId: mine[0]!.id } }),
    ).toMatchObject({
      organizationId: schoolId,
      data: expect.objectContaining({ recipientUserId: adviserId }),
    });
  });

  it("keeps a kind for the daily digest or leaves it out, as the user chose", async () => {
    await db.prisma.mailPreference.create({
      data: { userId: adviserId, kind: "trainingRequest", delivery: "DAILY_DIGEST" },
    });
    const examiner = await db.prisma.user.findUniqueOrThrow({
      where: { email: "examinator@maasoever.demo" },
    });
    await db.prisma.mailPreference.create({
      data: { userId: examiner.id, kind: "credentialRequest", delivery: "NEVER" },
    });
    await commitWithMail(async (tx) => {
      await newTrainingRequest(tx);
      const template = await tx.credentialRequest.findFirstOrThrow({
        where: { schoolOrganizationId: schoolId },
      });
      await tx.credentialRequest.create({
        data: {
          employerOrganizationId: template.employerOrganizationId,
          schoolOrganizationId: schoolId,
          personId: template.personId,
          credentialId: template.credentialId,
        },
      });
    });
    const adviserPending = await pendingFor(adviserId);
    expect(adviserPending.filter((row) => row.kind === "trainingRequest").map((row) => row.delivery)).toEqual(
      ["DAILY_DIGEST"],
    );
    // The other kinds keep their default: at once.
    expect(
      adviserPending.filter((row) => row.kind === "credentialRequest").map((row) => row.delivery),
    ).toEqual(["IMMEDIATE"]);
    expect((await pendingFor(examiner.id)).filter((row) => row.kind === "credentialRequest")).toEqual([]);

    const transport = memoryTransport();
    expect(await sendOutbox(db, transport, "DAILY_DIGEST")).toBe(1);
    expect(transport.sent[0]).toMatchObject({ to: "opleidingsadviseur@maasoever.demo" });
    expect(transport.sent[0]!.subject).toMatch(/^Ontwikkelpad: \d+ melding/);
  });

  it("keeps a mail the transport refused, with its error, for the next round", async () => {
    await db.prisma.mailPreference.deleteMany({ where: { userId: adviserId } });
    await commitWithMail(newTrainingRequest);
    const refusing = { send: () => Promise.reject(new Error("421 service not available")) };
    expect(await sendOutbox(db, refusing, "IMMEDIATE")).toBe(0);
    const row = (await pendingFor(adviserId)).find((pending) => pending.kind === "trainingRequest");
    expect(row).toMatchObject({ attempts: 1, lastError: "421 service not available" });
    expect(await sendOutbox(db, memoryTransport(), "IMMEDIATE")).toBeGreaterThan(0);
    expect((await pendingFor(adviserId)).filter((pending) => pending.id === row!.id)).toEqual([]);
  });

  it("reads the recipient's choice again when it sends: a kind turned off or moved to the digest since is not sent at once", async () => {
    await db.prisma.mailPreference.deleteMany({ where: { userId: adviserId } });
    let requestId = "";
    await commitWithMail(async (tx) => {
      requestId = (await newTrainingRequest(tx)).id;
      const template = await tx.credentialRequest.findFirstOrThrow({
        where: { schoolOrganizationId: schoolId },
      });
      await tx.credentialRequest.create({
        data: {
          employerOrganizationId: template.employerOrganizationId,
          schoolOrganizationId: schoolId,
          personId: template.personId,
          credentialId: template.credentialId,
        },
      });
    });
    const queued = (await pendingFor(adviserId)).filter((row) => row.delivery === "IMMEDIATE");
    const queuedKinds = new Set(queued.map((row) => row.kind));
    expect(queuedKinds).toEqual(new Set(["trainingRequest", "credentialRequest"]));
    const training = queued.find((row) => row.link === `/school/aanvragen/scholing/${requestId}`)!;
    expect(training).toBeDefined();

    // After the mail was queued: the adviser unsubscribes from training requests and moves the
    // praktijkverklaring requests to the daily digest in the settings.
    expect(await unsubscribe(db, unsubscribeToken(adviserId, ["trainingRequest"]), null)).not.toBeNull();
    const adviser = await (
      await loggedInClient(db, "opleidingsadviseur@maasoever.demo", "outbox-prefs")
    ).call();
    await adviser.account.mailPreferences.set({
      preferences: [{ kind: "credentialRequest", delivery: "DAILY_DIGEST" }],
    });

    const transport = memoryTransport();
    while ((await sendOutbox(db, transport, "IMMEDIATE")) > 0);
    expect(transport.sent.filter((mail) => mail.to === "opleidingsadviseur@maasoever.demo")).toEqual([]);
    // The unsubscribed kind is gone; the other waits for the digest.
    expect(await db.prisma.mailOutbox.findUnique({ where: { id: training.id } })).toBeNull();
    const waiting = await pendingFor(adviserId);
    expect(waiting.map((row) => [row.kind, row.delivery])).toEqual(
      queued.filter((row) => row.kind === "credentialRequest").map((row) => [row.kind, "DAILY_DIGEST"]),
    );
    expect(await sendOutbox(db, transport, "DAILY_DIGEST")).toBe(1);
    expect(transport.sent).toEqual([
      expect.objectContaining({
        to: "opleidingsadviseur@maasoever.demo",
        subject: expect.stringMatching(/^Ontwikkelpad: \d+ melding/),
      }),
    ]);
    expect(transport.sent[0]!.text).not.toContain(requestId);
  });
});
