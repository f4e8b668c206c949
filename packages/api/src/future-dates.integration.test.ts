import { childcareCatalog, findCertificate } from "@ontwikkelpad/core";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { addDays } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateColumn, isoDate } from "./shared/dates.ts";
import { loggedInClient } from "./test-client.ts";

/**
 * A date core would refuse when it judges a person later (evidence, an exam, a credential dated after
 * today; a POK that ends before it starts; a year outside core's calendar) is refused when it is
 * written, with a Dutch message, so no page ever meets it.
 */
let db: Database;
const tomorrow = () => isoDate(addDays(new Date(), 1));

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `dates-${email}`)).call();
const [W1] = findCertificate(childcareCatalog, "C0125")!.workProcessIds as [string];

describe("dates core would refuse are refused when written", () => {
  it("gives an exam dated after today no outcome and does not establish it", async () => {
    const examiner = await as("examinator@maasoever.demo");
    const { learners } = await examiner.school.examResults.candidates();
    const bram = learners.find((l) => l.person.startsWith("Bram"))!;
    const exam = (outcome: "PASSED" | null) => ({
      credentialId: "C0125",
      workProcessIds: [W1],
      title: "Gepland examen",
      assessedOn: tomorrow(),
      entries: [{ personId: bram.personId, enrolmentId: bram.enrolmentId, outcome, note: null }],
    });
    await expect(examiner.school.examResults.register(exam("PASSED"))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("na vandaag"),
    });
    // Registering a planned exam is fine; what it showed is recorded on or after its day.
    const [id] = (await examiner.school.examResults.register(exam(null))).ids as [string];
    await expect(
      examiner.school.examResults.move({
        examResultId: id,
        move: "assess",
        outcome: "PASSED",
        assessedOn: tomorrow(),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("toekomst") });

    // Assessed for a future day before this rule existed: the examencommissie cannot establish it yet.
    await db.prisma.examResult.update({
      where: { id },
      data: { status: "ASSESSED", outcome: "PASSED", assessedOn: dateColumn(tomorrow()) },
    });
    const committee = await as("examencommissie@maasoever.demo");
    await expect(
      committee.school.examResults.move({ examResultId: id, move: "establish" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("na vandaag") });
    expect(
      await db.prisma.evidence.count({ where: { personId: bram.personId, assessedOn: { gt: new Date() } } }),
    ).toBe(0);
  });

  it("refuses a POK that ends before it starts, or a year that cannot be meant, on the field", async () => {
    const advisor = await as("opleidingsadviseur@maasoever.demo");
    const school = await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } });
    const sanne = await db.prisma.person.findFirstOrThrow({ where: { givenName: "Sanne" } });
    const draft = await db.prisma.enrolment.create({
      data: {
        schoolOrganizationId: school.id,
        employerOrganizationId: sanne.employerOrganizationId!,
        personId: sanne.id,
        credentialId: "OIK",
        learningRoute: "DERDE_LEERWEG",
      },
    });
    const pok = await advisor.school.enrolments.get({ enrolmentId: draft.id });
    const fields = {
      enrolmentId: draft.id,
      locationId: pok.locations[0]!.id,
      workplaceTrainerUserId: pok.workplaceTrainers[0]!.id,
      teacherUserId: pok.teachers[0]!.id,
      startDate: "2027-01-01",
      endDate: "2026-12-31",
      totalHours: 104,
      hoursPerWeek: 4,
      daysPerWeek: 1,
    };
    const refusal = (field: string, text: string) => ({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ path: [field], message: expect.stringContaining(text) })] },
    });
    await expect(advisor.school.enrolments.update(fields)).rejects.toMatchObject(
      refusal("endDate", "niet vóór de startdatum"),
    );
    await expect(
      advisor.school.enrolments.update({ ...fields, startDate: "0001-01-01" }),
    ).rejects.toMatchObject(refusal("startDate", "jaartal"));
    await advisor.school.enrolments.update({ ...fields, endDate: "2027-06-30" });
  });

  it("refuses a credential HR records with a date after today", async () => {
    const hr = await as("hr@kinderrijk.demo");
    const person = await db.prisma.person.findFirstOrThrow({ where: { givenName: "Sanne" } });
    await expect(
      hr.employer.heldCredentials.add({
        personId: person.id,
        kind: "DIPLOMA",
        credentialId: "PMK",
        issuedOn: tomorrow(),
        institution: "ROC Maasoever",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("toekomst") });
  });

  it("has the database refuse what core cannot read, whoever writes it", async () => {
    const enrolment = await db.prisma.enrolment.findFirstOrThrow({ where: { pokStartDate: { not: null } } });
    await expect(
      db.prisma.enrolment.update({
        where: { id: enrolment.id },
        data: { pokEndDate: addDays(enrolment.pokStartDate!, -1) },
      }),
    ).rejects.toThrow(/Enrolment_pok_ends_after_start/);
    const evidence = await db.prisma.evidence.findFirstOrThrow();
    await expect(
      db.prisma.evidence.create({
        data: {
          personId: evidence.personId,
          workProcessId: evidence.workProcessId,
          kind: "PRACTICE_ASSESSMENT",
          result: "MASTERED",
          assessedOn: dateColumn("1850-06-01"),
        },
      }),
    ).rejects.toThrow(/Evidence_assessedOn_in_calendar/);
  });

  it("leaves no person the team overview or Uitgeven cannot judge", async () => {
    const team = await (await as("hr@kinderrijk.demo")).employer.persons.list();
    expect(team.filter((r) => r.problem !== null)).toEqual([]);
    const learners = await (await as("opleidingsadviseur@maasoever.demo")).school.credentials.learners();
    expect(learners.filter((r) => r.problem !== null)).toEqual([]);
  });
});
