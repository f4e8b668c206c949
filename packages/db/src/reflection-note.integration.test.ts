import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./database.ts";
import { createTestDatabase } from "./testing.ts";

describe("reflection notes are protected by the database", () => {
  let db: Database;
  let noteId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const school = await db.prisma.organization.create({ data: { kind: "SCHOOL", name: "ROC Test" } });
    const employer = await db.prisma.organization.create({ data: { kind: "EMPLOYER", name: "Opvang Test" } });
    const person = await db.prisma.person.create({
      data: { kind: "STAFF", givenName: "Kevin", familyName: "Test", employerOrganizationId: employer.id },
    });
    const user = await db.prisma.user.create({
      data: { email: "docent@test.demo", passwordHash: "x", displayName: "Docent" },
    });
    const schoolClass = await db.prisma.schoolClass.create({
      data: { schoolOrganizationId: school.id, name: "PMK 2026", credentialId: "PMK", cohortYear: 2026 },
    });
    const enrolment = await db.prisma.enrolment.create({
      data: {
        schoolOrganizationId: school.id,
        employerOrganizationId: employer.id,
        personId: person.id,
        schoolClassId: schoolClass.id,
        credentialId: "PMK",
        learningRoute: "BBL",
      },
    });
    noteId = (
      await db.prisma.reflectionNote.create({
        data: {
          enrolmentId: enrolment.id,
          schoolClassId: schoolClass.id,
          schoolOrganizationId: school.id,
          isoWeek: "2026-W49",
          text: "Oudergesprek geoefend.",
          authorUserId: user.id,
        },
      })
    ).id;
  });
  afterAll(async () => {
    await db.close();
  });

  it("refuses to change or delete a written note", async () => {
    await expect(
      db.prisma.reflectionNote.update({ where: { id: noteId }, data: { text: "Anders." } }),
    ).rejects.toThrow(/immutable/);
    await expect(db.prisma.reflectionNote.delete({ where: { id: noteId } })).rejects.toThrow(/immutable/);
    expect((await db.prisma.reflectionNote.findUniqueOrThrow({ where: { id: noteId } })).text).toBe(
      "Oudergesprek geoefend.",
    );
  });
});
