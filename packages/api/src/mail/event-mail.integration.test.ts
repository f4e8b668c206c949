import { childcareCatalog, findQualification, reviewNoticeUntil } from "@ontwikkelpad/core";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { addDays } from "date-fns";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadIds, MATRIX, type Ids } from "../authorization-matrix.ts";
import { dateColumn, isoDate, today } from "../shared/dates.ts";
import { NOTIFICATION_KINDS, type NotificationKind } from "../shared/notifications/notification.ts";
import { PORTAL_PATHS } from "../shared/notifications/read.ts";
import { loggedInClient } from "../test-client.ts";
import { writeNotedNotificationMail } from "./notification-checks.ts";
import { recordReminders } from "./worker.ts";

let db: Database;
let ids: Ids;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  ids = await loadIds(db.prisma);
});
afterAll(() => db.close());
// Each kind starts from an empty outbox: only its cause writes to it.
beforeEach(async () => {
  await db.prisma.notificationMailCheck.deleteMany();
  await db.prisma.mailOutbox.deleteMany();
});

const as = async (email: string) => (await loggedInClient(db, email, `event-mail-${email}`)).call();
const inputOf = <T>(procedure: string) => MATRIX[procedure]!.input(ids) as T;
const daysAgo = (days: number) => isoDate(addDays(dateColumn(today()), -days));

/** Rates one of Milan's werkprocessen as his praktijkopleider: a draft that waits for a signature. */
async function rateMilan() {
  return (await as("praktijkopleider@kinderrijk.demo")).employer.assessments.rate(
    inputOf<{
      personId: string;
      workProcessId: string;
      result: "MASTERED";
      note: string;
      assessedOn: string;
    }>("employer.assessments.rate"),
  );
}

/** Milan at De Maasoever, with every part of the PMK diploma passed and established. */
async function establishPmkResults(milan: string) {
  const pmk = findQualification(childcareCatalog, "PMK")!;
  const scopes = [
    { workProcessIds: pmk.workProcessIds, generiekDeelPart: null },
    ...pmk.generiekDeel.map((part) => ({ workProcessIds: [], generiekDeelPart: part })),
  ];
  for (const scope of scopes) {
    const {
      ids: [id],
    } = await (
      await as("examinator@maasoever.demo")
    ).school.examResults.register({
      credentialId: "PMK",
      ...scope,
      title: scope.generiekDeelPart ?? "Proeve van bekwaamheid PMK",
      assessedOn: daysAgo(3),
      entries: [{ personId: milan, enrolmentId: null, outcome: "PASSED", note: null }],
    });
    await (
      await as("examencommissie@maasoever.demo")
    ).school.examResults.move({
      examResultId: id!,
      move: "establish",
    });
  }
}

/**
 * What makes each kind of notification wait for someone, done as its people do it, and who is then
 * to be mailed about which page. The record has to name every kind: a new kind without its cause
 * does not compile, and the walk below fails on it.
 */
const CAUSES: Record<NotificationKind, () => Promise<{ to: string; link: string }>> = {
  sign: async () => {
    await rateMilan();
    return {
      to: "praktijkopleider@kinderrijk.demo",
      link: `/werkgever/personen/${ids.personId}/beoordeling`,
    };
  },
  coSign: async () => {
    const { id } = await rateMilan();
    await db.prisma.mailOutbox.deleteMany();
    await (await as("praktijkopleider@kinderrijk.demo")).employer.assessments.sign({ evidenceIds: [id] });
    return { to: "leidinggevende@kinderrijk.demo", link: `/werkgever/personen/${ids.personId}/beoordeling` };
  },
  // A review waits by date: the morning's reminder job finds it once it is near.
  review: async () => {
    await db.prisma.developmentPath.update({
      where: { id: ids.pathId },
      data: { nextReviewAt: dateColumn(reviewNoticeUntil(today())) },
    });
    await recordReminders(db, today());
    return { to: "hr@kinderrijk.demo", link: `/werkgever/personen/${ids.personId}/ontwikkelpad` };
  },
  // The school's proposal (or refusal) reaches the employer.
  schoolAnswer: async () => {
    const input = inputOf<
      Parameters<Awaited<ReturnType<typeof as>>["school"]["requests"]["acceptTraining"]>[0]
    >("school.requests.acceptTraining");
    await (await as("opleidingsadviseur@maasoever.demo")).school.requests.acceptTraining(input);
    const { personId } = await db.prisma.trainingRequest.findUniqueOrThrow({
      where: { id: input.requestId },
    });
    return { to: "hr@kinderrijk.demo", link: `/werkgever/personen/${personId}/ontwikkelpad` };
  },
  // The vacancy's employer hears of the candidate the region desk proposes.
  referral: async () => {
    await (
      await as("coordinator@rijnmond.demo")
    ).region.referrals.send(
      inputOf<{ candidateId: string; vacancyId: string; reason: string; consentToShare: true }>(
        "region.referrals.send",
      ),
    );
    const admin = await db.prisma.membership.findFirstOrThrow({
      where: { role: "ADMIN", organization: { vacancies: { some: { id: ids.regionVacancyId } } } },
      select: { user: { select: { email: true } } },
    });
    return { to: admin.user.email, link: "/werkgever/vacatures" };
  },
  trainingRequest: async () => {
    const { id } = await (
      await as("hr@kinderrijk.demo")
    ).employer.paths.requestTraining(
      inputOf<{ pathId: string; offerId: string }>("employer.paths.requestTraining"),
    );
    return { to: "opleidingsadviseur@maasoever.demo", link: `/school/aanvragen/scholing/${id}` };
  },
  credentialRequest: async () => {
    const { id } = await (
      await as("hr@kinderrijk.demo")
    ).employer.assessments.requestPraktijkverklaring(
      inputOf<{ personId: string; templateId: string; schoolId: string }>(
        "employer.assessments.requestPraktijkverklaring",
      ),
    );
    return { to: "examinator@maasoever.demo", link: `/school/aanvragen/verklaring/${id}` };
  },
  // A complete POK that the school sends out for signature waits for the school's own signature.
  pokToSign: async () => {
    const { id } = await db.prisma.enrolment.findFirstOrThrow({
      where: { school: { name: "ROC De Maasoever" }, pokStatus: "SIGNED", employer: { name: "Kinderrijk" } },
    });
    const userId = async (email: string) => (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id;
    // A POK with every field filled in, not signed yet.
    await db.prisma.enrolment.update({
      where: { id },
      data: {
        pokStatus: "COMPLETE",
        workplaceTrainerUserId: await userId("praktijkopleider@kinderrijk.demo"),
        teacherUserId: await userId("docent@maasoever.demo"),
        pokStartDate: dateColumn(daysAgo(-30)),
        pokEndDate: dateColumn(daysAgo(-400)),
        pokTotalHours: 104,
        pokHoursPerWeek: 4,
        pokDaysPerWeek: 1,
        pokSignedOn: null,
        pokSchoolSignedBy: null,
        pokSchoolSignedOn: null,
      },
    });
    await (
      await as("opleidingsadviseur@maasoever.demo")
    ).school.enrolments.setStatus({ enrolmentId: id, to: "SENT" });
    return { to: "opleidingsadviseur@maasoever.demo", link: `/school/inschrijvingen/${id}` };
  },
  duoReport: async () => {
    await establishPmkResults(ids.personId);
    await db.prisma.mailOutbox.deleteMany();
    await (
      await as("examencommissie@maasoever.demo")
    ).school.credentials.issue({
      personId: ids.personId,
      credentialId: "PMK",
    });
    return { to: "opleidingsadviseur@maasoever.demo", link: `/school/uitgeven/${ids.personId}` };
  },
  skillGapSignal: async () => {
    await (
      await as("docent@maasoever.demo")
    ).school.classes.sendSignal(
      inputOf<{ classId: string; workProcessId: string; comment: string }>("school.classes.sendSignal"),
    );
    return { to: "coordinator@rijnmond.demo", link: "/regio/signalen" };
  },
  referralAnswered: async () => {
    await (
      await as("hr@kinderrijk.demo")
    ).employer.referrals.respond({
      referralId: ids.referralId,
      decision: "decline",
      note: "Geen plek op de BSO.",
    });
    const { person } = await db.prisma.referral.findUniqueOrThrow({
      where: { id: ids.referralId },
      select: { person: { select: { registration: { select: { id: true } } } } },
    });
    return { to: "coordinator@rijnmond.demo", link: `/regio/kandidaten/${person.registration!.id}` };
  },
};

/** Each portal's path on the server and its router. */
const PORTALS = [
  [PORTAL_PATHS.EMPLOYER, "employer"],
  [PORTAL_PATHS.SCHOOL, "school"],
  [PORTAL_PATHS.REGION, "region"],
] as const;

describe("the mail of an event", () => {
  it("has a cause for every kind of notification", () => {
    expect(Object.keys(CAUSES).toSorted()).toEqual([...NOTIFICATION_KINDS].toSorted());
  });

  it.each(NOTIFICATION_KINDS)(
    "is in the recipient's bell and, once the worker has run, in the outbox once %s waits for them",
    async (kind) => {
      expect(await db.prisma.mailOutbox.count()).toBe(0);
      const { to, link } = await CAUSES[kind]();
      // The bell of the recipient's portal lists it, with the page the mail links to.
      const portal = PORTALS.find(([path]) => link.startsWith(`${path}/`))!;
      const recipientClient = await as(to);
      const bell = await recipientClient[portal[1]].notifications.list();
      expect(bell.map((n) => [n.kind, `${portal[0]}${n.link}`])).toContainEqual([kind, link]);

      await writeNotedNotificationMail(db);
      const recipient = await db.prisma.user.findUniqueOrThrow({ where: { email: to } });
      expect(await db.prisma.mailOutbox.findMany({ where: { kind, userId: recipient.id, link } })).toEqual([
        expect.objectContaining({ sentAt: null, delivery: "IMMEDIATE" }),
      ]);
    },
  );
});
