import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../../shared/dates.ts";
import { offerStartsInclude, readOfferAvailability } from "../../../shared/training-offers.ts";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let kevinPok: string;
let kinderrijkId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kevinPok = (await db.prisma.enrolment.findFirstOrThrow({ where: { person: { givenName: "Kevin" } } })).id;
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `change-${email}`)).call();
const advisor = () => as("opleidingsadviseur@maasoever.demo");

describe("a new POK on a change of employer", () => {
  it("is refused while the new leerbedrijf lacks the SBB recognition, and replaces the POK once it has it", async () => {
    const c = await advisor();
    const options = await c.school.employerChange.options({ enrolmentId: kevinPok });
    expect(options).toMatchObject({ replaceable: true, replaces: null, replacedBy: null });
    expect(options.employers.find((e) => e.id === kinderrijkId)).toMatchObject({ recognised: false });
    const change = { enrolmentId: kevinPok, employerOrganizationId: kinderrijkId, startDate: today() };
    await expect(c.school.employerChange.replace(change)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Kinderrijk heeft geen SBB-erkenning"),
    });
    await expect(
      (await as("docent@maasoever.demo")).school.employerChange.replace(change),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await db.prisma.sbbRecognition.create({
      data: { employerOrganizationId: kinderrijkId, crebo: "25696", learningRoute: "BBL", status: "ACTIVE" },
    });
    const { id } = await c.school.employerChange.replace(change);

    const old = await db.prisma.enrolment.findUniqueOrThrow({ where: { id: kevinPok } });
    const created = await db.prisma.enrolment.findUniqueOrThrow({ where: { id } });
    expect(old).toMatchObject({
      pokStatus: "ENDED",
      status: "COMPLETED",
      pokStatusReason: "Wisseling van leerbedrijf",
    });
    expect(created).toMatchObject({
      pokStatus: "DRAFT",
      employerOrganizationId: kinderrijkId,
      personId: old.personId,
      credentialId: old.credentialId,
      learningRoute: old.learningRoute,
      trainingOfferId: old.trainingOfferId,
      schoolClassId: old.schoolClassId,
      teacherUserId: old.teacherUserId,
      workplaceTrainerUserId: null,
      replacesEnrolmentId: kevinPok,
    });
    expect(created.pokStartDate?.toISOString().slice(0, 10)).toBe(today());
    // Both stay visible and point at each other.
    const listed = await c.school.enrolments.list();
    expect(
      listed
        .filter((e) => e.person === "Kevin Tromp")
        .map((e) => e.pokStatus)
        .toSorted(),
    ).toEqual(["DRAFT", "ENDED"]);
    expect((await c.school.employerChange.options({ enrolmentId: kevinPok })).replacedBy).toMatchObject({
      id,
      employer: "Kinderrijk",
    });
    expect(await c.school.employerChange.options({ enrolmentId: id })).toMatchObject({
      replaces: { id: kevinPok, employer: "Kinderopvang Zonnebloem", pokStatus: "ENDED" },
      replaceable: true,
    });
    expect(
      await db.prisma.auditEvent.findMany({
        where: {
          entityId: { in: [kevinPok, id] },
          action: { in: ["enrolment.pokStatus", "enrolment.replace"] },
        },
        select: { action: true },
      }),
    ).toHaveLength(2);

    await expect(c.school.employerChange.replace(change)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("al vervangen"),
    });
    // From the change on, attendance belongs to the new POK (a draft, so not yet); the old one keeps what went before.
    await expect(
      c.school.subsidy.recordAttendance({
        enrolmentId: kevinPok,
        date: today(),
        present: true,
        hoursPresent: 7,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("nieuwe POK") });
  });

  it("keeps the learner's one place on an on-demand offer: the new POK carries the accepted proposal", async () => {
    const amira = await db.prisma.enrolment.findFirstOrThrow({ where: { person: { givenName: "Amira" } } });
    const offer = await db.prisma.trainingOffer.create({
      data: {
        schoolOrganizationId: amira.schoolOrganizationId,
        title: "PMK bbl op afroep",
        credentialId: "PMK",
        learningRoute: "BBL",
        format: "HYBRID",
        durationWeeks: 104,
        onDemand: true,
        maxConcurrentLearners: 2,
      },
      include: offerStartsInclude,
    });
    const request = await db.prisma.trainingRequest.create({
      data: {
        employerOrganizationId: amira.employerOrganizationId,
        schoolOrganizationId: amira.schoolOrganizationId,
        personId: amira.personId,
        credentialId: "PMK",
        learningRoute: "BBL",
        status: "ACCEPTED",
        trainingOfferId: offer.id,
      },
    });
    await db.prisma.enrolment.update({
      where: { id: amira.id },
      data: { trainingOfferId: offer.id, trainingRequestId: request.id },
    });
    const openOnDemand = async () =>
      (await readOfferAvailability(db.prisma, [offer], today())).get(offer.id)!.open;
    expect(await openOnDemand()).toBe(true);

    const { id } = await (
      await advisor()
    ).school.employerChange.replace({
      enrolmentId: amira.id,
      employerOrganizationId: kinderrijkId,
      startDate: today(),
    });
    expect(await db.prisma.enrolment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      trainingOfferId: offer.id,
      trainingRequestId: request.id,
    });
    // One learner on an offer for two: a second place would have been counted for the new POK otherwise.
    expect(await openOnDemand()).toBe(true);
  });

  it("refuses another school's POK", async () => {
    await expect(
      (await as("opleidingsadviseur@hofstad.demo")).school.employerChange.options({ enrolmentId: kevinPok }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
