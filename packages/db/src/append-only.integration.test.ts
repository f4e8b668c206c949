import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./database.ts";
import { createTestDatabase } from "./testing.ts";

describe("append-only records are protected by the database", () => {
  let db: Database;
  let personId: string;
  let schoolId: string;
  let userId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const school = await db.prisma.organization.create({ data: { kind: "SCHOOL", name: "ROC Test" } });
    const person = await db.prisma.person.create({
      data: { kind: "STAFF", givenName: "Ellen", familyName: "Test" },
    });
    const user = await db.prisma.user.create({
      data: { email: "t@test.demo", passwordHash: "x", displayName: "T" },
    });
    personId = person.id;
    schoolId = school.id;
    userId = user.id;
  });
  afterAll(async () => {
    await db.close();
  });

  const evidence = (signed: boolean) =>
    db.prisma.evidence.create({
      data: {
        personId,
        workProcessId: "pedagogisch-werk-2021:B1-K1-W1",
        kind: "PRACTICE_ASSESSMENT",
        result: "MASTERED",
        assessedOn: new Date("2026-10-01"),
        ...(signed ? { signedAt: new Date(), signedByUserId: userId } : {}),
      },
    });

  it("lets an unsigned record be edited, signed and deleted", async () => {
    const draft = await evidence(false);
    await db.prisma.evidence.update({ where: { id: draft.id }, data: { note: "Nog één keer zien." } });
    await db.prisma.evidence.update({
      where: { id: draft.id },
      data: { signedAt: new Date(), signedByUserId: userId },
    });
    const other = await evidence(false);
    await db.prisma.evidence.delete({ where: { id: other.id } });
    expect(await db.prisma.evidence.count({ where: { id: other.id } })).toBe(0);
  });

  it("refuses to change or delete signed evidence", async () => {
    const signed = await evidence(true);
    await expect(
      db.prisma.evidence.update({ where: { id: signed.id }, data: { result: "NOT_YET" } }),
    ).rejects.toThrow(/signed and cannot be changed/);
    await expect(db.prisma.evidence.delete({ where: { id: signed.id } })).rejects.toThrow(
      /signed and cannot be changed/,
    );
    expect(await db.prisma.evidence.findUniqueOrThrow({ where: { id: signed.id } })).toMatchObject({
      result: "MASTERED",
    });
  });

  it("accepts exactly one co-signature on signed evidence", async () => {
    const signed = await evidence(true);
    await db.prisma.evidence.update({
      where: { id: signed.id },
      data: { coSignedAt: new Date(), coSignedByUserId: userId },
    });
    await expect(
      db.prisma.evidence.update({ where: { id: signed.id }, data: { coSignedAt: new Date("2030-01-01") } }),
    ).rejects.toThrow(/signed and cannot be changed/);
  });

  it("records a correction as a new row that supersedes, and requires a reason", async () => {
    const signed = await evidence(true);
    await expect(
      db.prisma.evidence.create({
        data: {
          personId,
          workProcessId: signed.workProcessId,
          kind: "PRACTICE_ASSESSMENT",
          result: "NOT_YET",
          assessedOn: new Date("2026-10-02"),
          supersedesId: signed.id,
        },
      }),
    ).rejects.toThrow(/Evidence_correction_reason/);
    const correction = await db.prisma.evidence.create({
      data: {
        personId,
        workProcessId: signed.workProcessId,
        kind: "PRACTICE_ASSESSMENT",
        result: "NOT_YET",
        assessedOn: new Date("2026-10-02"),
        supersedesId: signed.id,
        correctionReason: "Verkeerde leerling geselecteerd.",
      },
    });
    const original = await db.prisma.evidence.findUniqueOrThrow({
      where: { id: signed.id },
      include: { supersededBy: true },
    });
    expect(original.supersededBy?.id).toBe(correction.id);
  });

  it("keeps issued credentials immutable, superseded once with a reason", async () => {
    const issue = () =>
      db.prisma.issuedCredential.create({
        data: {
          personId,
          kind: "CERTIFICATE",
          credentialId: "C0125",
          workProcessIds: ["pedagogisch-werk-2021:B1-K1-W1"],
          schoolOrganizationId: schoolId,
          issuedOn: new Date("2026-06-30"),
        },
      });
    const first = await issue();
    await expect(
      db.prisma.issuedCredential.update({ where: { id: first.id }, data: { credentialId: "C0123" } }),
    ).rejects.toThrow(/immutable/);
    await expect(db.prisma.issuedCredential.delete({ where: { id: first.id } })).rejects.toThrow(/immutable/);
    const second = await issue();
    await expect(
      db.prisma.issuedCredential.update({ where: { id: first.id }, data: { supersededById: second.id } }),
    ).rejects.toThrow(/immutable/);
    await db.prisma.issuedCredential.update({
      where: { id: first.id },
      data: {
        supersededById: second.id,
        supersededReason: "Datum van uitgifte was onjuist.",
        supersededAt: new Date(),
      },
    });
    const third = await issue();
    await expect(
      db.prisma.issuedCredential.update({
        where: { id: first.id },
        data: { supersededById: third.id, supersededReason: "Nogmaals." },
      }),
    ).rejects.toThrow(/immutable/);
  });

  it("refuses to change or delete audit events", async () => {
    const event = await db.prisma.auditEvent.create({
      data: { action: "person.create", entityType: "Person", entityId: personId, data: { by: "test" } },
    });
    await expect(
      db.prisma.auditEvent.update({ where: { id: event.id }, data: { action: "person.delete" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });

  it("keeps a development path within the eight steps", async () => {
    const employer = await db.prisma.organization.create({
      data: { kind: "EMPLOYER", name: "Kinderopvang Test" },
    });
    await expect(
      db.prisma.developmentPath.create({
        data: { personId, employerOrganizationId: employer.id, currentStep: 9 },
      }),
    ).rejects.toThrow(/DevelopmentPath_currentStep_range/);
  });
});
