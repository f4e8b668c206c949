import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./database.ts";
import { createTestDatabase } from "./testing.ts";

describe("the school's exam results, attendance and coaching are protected by the database", () => {
  let db: Database;
  let schoolId: string;
  let personId: string;
  let enrolmentId: string;
  let userId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const school = await db.prisma.organization.create({ data: { kind: "SCHOOL", name: "ROC Test" } });
    const employer = await db.prisma.organization.create({ data: { kind: "EMPLOYER", name: "Opvang Test" } });
    const person = await db.prisma.person.create({
      data: { kind: "STAFF", givenName: "Fleur", familyName: "Test", employerOrganizationId: employer.id },
    });
    const user = await db.prisma.user.create({
      data: { email: "examinator@test.demo", passwordHash: "x", displayName: "Examinator" },
    });
    const enrolment = await db.prisma.enrolment.create({
      data: {
        schoolOrganizationId: school.id,
        employerOrganizationId: employer.id,
        personId: person.id,
        credentialId: "C0125",
        learningRoute: "BBL",
      },
    });
    schoolId = school.id;
    personId = person.id;
    enrolmentId = enrolment.id;
    userId = user.id;
  });
  afterAll(async () => {
    await db.close();
  });

  const examResult = (extra: { supersedesId?: string; correctionReason?: string } = {}) =>
    db.prisma.examResult.create({
      data: {
        schoolOrganizationId: schoolId,
        personId,
        enrolmentId,
        credentialId: "C0125",
        workProcessIds: ["pedagogisch-werk-2021:B1-K1-W10"],
        title: "Praktijkexamen hygiëne",
        ...extra,
      },
    });

  it("lets a result move until it is established, and then only be marked corrected", async () => {
    const result = await examResult();
    await db.prisma.examResult.update({
      where: { id: result.id },
      data: { status: "ASSESSED", outcome: "PASSED", assessedOn: new Date("2026-11-20") },
    });
    await db.prisma.examResult.update({ where: { id: result.id }, data: { status: "ESTABLISHED" } });
    await expect(
      db.prisma.examResult.update({ where: { id: result.id }, data: { outcome: "FAILED" } }),
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(
      db.prisma.examResult.update({
        where: { id: result.id },
        data: { status: "CORRECTED", outcome: "FAILED" },
      }),
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.prisma.examResult.delete({ where: { id: result.id } })).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(examResult({ supersedesId: result.id })).rejects.toThrow(/ExamResult_correction_reason/);
    await examResult({ supersedesId: result.id, correctionReason: "Verkeerd werkproces gekozen." });
    await db.prisma.examResult.update({ where: { id: result.id }, data: { status: "CORRECTED" } });
    await expect(
      db.prisma.examResult.update({ where: { id: result.id }, data: { status: "ESTABLISHED" } }),
    ).rejects.toThrow(/is CORRECTED/);
    expect(await db.prisma.examResult.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      status: "CORRECTED",
      outcome: "PASSED",
    });
  });

  it("never changes a withdrawn result nor the log", async () => {
    const result = await examResult();
    await db.prisma.examResult.update({ where: { id: result.id }, data: { status: "WITHDRAWN" } });
    await expect(
      db.prisma.examResult.update({ where: { id: result.id }, data: { status: "REGISTERED" } }),
    ).rejects.toThrow(/is WITHDRAWN/);
    const event = await db.prisma.examResultEvent.create({
      data: { examResultId: result.id, fromStatus: "REGISTERED", toStatus: "WITHDRAWN", actorUserId: userId },
    });
    await expect(
      db.prisma.examResultEvent.update({ where: { id: event.id }, data: { reason: "Later bedacht." } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.prisma.examResultEvent.delete({ where: { id: event.id } })).rejects.toThrow(
      /append-only/,
    );
  });

  it("keeps the attendance register and the coaching log append-only, corrections with a reason", async () => {
    const day = await db.prisma.pokAttendance.create({
      data: {
        enrolmentId,
        date: new Date("2026-11-16"),
        present: true,
        hoursPresent: 8,
        recordedByUserId: userId,
      },
    });
    await expect(
      db.prisma.pokAttendance.update({ where: { id: day.id }, data: { hoursPresent: 6 } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.prisma.pokAttendance.delete({ where: { id: day.id } })).rejects.toThrow(/append-only/);
    const correction = {
      enrolmentId,
      date: new Date("2026-11-16"),
      present: true,
      hoursPresent: 6,
      recordedByUserId: userId,
      supersedesId: day.id,
    };
    await expect(db.prisma.pokAttendance.create({ data: correction })).rejects.toThrow(
      /PokAttendance_correction_reason/,
    );
    await db.prisma.pokAttendance.create({
      data: { ...correction, correctionReason: "Ging om 15 uur naar huis." },
    });

    const session = await db.prisma.pokCoaching.create({
      data: {
        enrolmentId,
        date: new Date("2026-11-17"),
        minutes: 45,
        coachUserId: userId,
        coachRole: "TEACHER",
        topic: "Bpv-bezoek",
        recordedByUserId: userId,
      },
    });
    await expect(
      db.prisma.pokCoaching.update({ where: { id: session.id }, data: { minutes: 60 } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.prisma.pokCoaching.delete({ where: { id: session.id } })).rejects.toThrow(/append-only/);
  });
});
