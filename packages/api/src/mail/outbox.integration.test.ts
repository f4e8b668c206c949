import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadIds, MATRIX } from "../authorization-matrix.ts";
import { today } from "../shared/dates.ts";
import { recordNotificationMail } from "../shared/notifications/record-mail.ts";
import { loggedInClient } from "../test-client.ts";
import { sendOutbox } from "./outbox.ts";
import { memoryTransport } from "./transport.ts";
import { readUnsubscribeToken } from "./unsubscribe.ts";

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

const pendingFor = (userId: string) => db.prisma.mailOutbox.findMany({ where: { userId, sentAt: null } });

describe("the mail outbox", () => {
  it("holds a mail for the school once the employer's training request is committed", async () => {
    const ids = await loadIds(db.prisma);
    const hr = await (await loggedInClient(db, "hr@kinderrijk.demo", "outbox-hr")).call();
    const { id } = await hr.employer.paths.requestTraining(
      MATRIX["employer.paths.requestTraining"]!.input(ids) as { pathId: string; offerId: string },
    );
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
        expect(await recordNotificationMail(tx, schoolId, today())).toBeGreaterThan(0);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.prisma.mailOutbox.count()).toBe(before);
  });

  it("sends each mail once, without the learner's name, and audits it", async () => {
    const request = await db.prisma.$transaction(async (tx) => {
      const created = await newTrainingRequest(tx);
      await recordNotificationMail(tx, schoolId, today());
      return created;
    });
    // Recording again (another change in the school) does not mail the same request twice.
    await db.prisma.$transaction((tx) => recordNotificationMail(tx, schoolId, today()));
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
    await db.prisma.$transaction(async (tx) => {
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
      await recordNotificationMail(tx, schoolId, today());
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
    await db.prisma.$transaction(async (tx) => {
      await newTrainingRequest(tx);
      await recordNotificationMail(tx, schoolId, today());
    });
    const refusing = { send: () => Promise.reject(new Error("421 service not available")) };
    expect(await sendOutbox(db, refusing, "IMMEDIATE")).toBe(0);
    const row = (await pendingFor(adviserId)).find((pending) => pending.kind === "trainingRequest");
    expect(row).toMatchObject({ attempts: 1, lastError: "421 service not available" });
    expect(await sendOutbox(db, memoryTransport(), "IMMEDIATE")).toBeGreaterThan(0);
    expect((await pendingFor(adviserId)).filter((pending) => pending.id === row!.id)).toEqual([]);
  });
});
