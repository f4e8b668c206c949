import { childcareCatalog, findCertificate, findQualification } from "@ontwikkelpad/core";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `exam-${email}`)).call();
const examiner = () => as("examinator@maasoever.demo");
const committee = () => as("examencommissie@maasoever.demo");
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const otherSchool = () => as("opleidingsadviseur@hofstad.demo");
const [W1, W7, , , W10] = findCertificate(childcareCatalog, "C0125")!.workProcessIds as [
  string,
  string,
  string,
  string,
  string,
];

const learner = async (givenName: string) => {
  const { learners } = await (await examiner()).school.examResults.candidates();
  return learners.find((l) => l.person.startsWith(givenName))!;
};
const c0125Standing = async (personId: string) =>
  (await (await advisor()).school.learners.get({ personId })).credentials.find(
    (c) => c.credentialId === "C0125",
  )!;
const formalExams = (personId: string) =>
  db.prisma.evidence.findMany({ where: { personId, kind: "FORMAL_EXAM" }, orderBy: { createdAt: "asc" } });

describe("exam results", () => {
  it("lists the school's learners with their results awaiting the examencommissie and established", async () => {
    const rows = await (await advisor()).school.learners.list();
    expect(rows.find((r) => r.person === "Fleur Kuipers")).toMatchObject({
      employer: "Kinderrijk",
      aims: ["Pedagogisch klimaat in de kinderopvang"],
      awaitingEstablishment: 1,
      established: 2,
    });
    // Milan is the school's learner through his training request.
    expect(rows.map((r) => r.person)).toContain("Milan Jovanović");
  });

  it("offers the school's enrolled learners and the werkprocessen of their credential by kerntaak", async () => {
    const { learners, credentials } = await (await examiner()).school.examResults.candidates();
    expect(learners.map((l) => l.person)).toEqual(expect.arrayContaining(["Fleur Kuipers", "Bram Hendriks"]));
    // Ellen aims at a praktijkverklaring: the school does not examine that.
    expect(learners.map((l) => l.person)).not.toContain("Ellen de Graaf");
    const c0125 = credentials.find((c) => c.id === "C0125")!;
    expect(c0125.coreTasks.flatMap((t) => t.workProcesses.map((w) => w.id)).toSorted()).toEqual(
      findCertificate(childcareCatalog, "C0125")!.workProcessIds.toSorted(),
    );
  });

  it("counts a result only once the examencommissie establishes it, with evidence signed by the member", async () => {
    const bram = await learner("Bram");
    const { ids } = await (
      await examiner()
    ).school.examResults.register({
      credentialId: "C0125",
      workProcessIds: [W1],
      title: "Observatie-examen",
      assessedOn: null,
      entries: [{ personId: bram.personId, enrolmentId: bram.enrolmentId, outcome: null, note: null }],
    });
    const id = ids[0]!;
    await expect(
      (await committee()).school.examResults.move({ examResultId: id, move: "establish" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("aangemeld") });
    await (
      await examiner()
    ).school.examResults.move({
      examResultId: id,
      move: "assess",
      outcome: "PASSED",
      assessedOn: "2026-11-25",
      note: "Goed voorbereid.",
    });
    expect((await c0125Standing(bram.personId)).missingWorkProcessIds).toContain(W1);
    await expect(
      (await examiner()).school.examResults.move({ examResultId: id, move: "establish" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await (await committee()).school.examResults.move({ examResultId: id, move: "establish" });

    expect((await c0125Standing(bram.personId)).missingWorkProcessIds).not.toContain(W1);
    const evidence = await formalExams(bram.personId);
    const member = await db.prisma.user.findUniqueOrThrow({
      where: { email: "examencommissie@maasoever.demo" },
    });
    expect(evidence).toEqual([
      expect.objectContaining({ workProcessId: W1, result: "PASSED", signedByUserId: member.id }),
    ]);
    const log = await (await advisor()).school.examResults.history({ examResultId: id });
    expect(log.map((e) => [e.from, e.to, e.by])).toEqual([
      [null, "REGISTERED", "Hanneke Smit"],
      ["REGISTERED", "ASSESSED", "Hanneke Smit"],
      ["ASSESSED", "ESTABLISHED", "Wilma Hoekstra"],
    ]);
    expect(await db.prisma.auditEvent.count({ where: { entityType: "ExamResult", entityId: id } })).toBe(3);
  });

  it("refuses withdrawing without a reason or after establishing, and keeps the reason in the log", async () => {
    const bram = await learner("Bram");
    const { ids } = await (
      await examiner()
    ).school.examResults.register({
      credentialId: "C0125",
      workProcessIds: [W7],
      title: "Herkansing",
      assessedOn: null,
      entries: [{ personId: bram.personId, enrolmentId: null, outcome: null, note: null }],
    });
    const id = ids[0]!;
    await expect(
      (await examiner()).school.examResults.move({ examResultId: id, move: "withdraw" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Geef de reden op." });
    await (
      await committee()
    ).school.examResults.move({ examResultId: id, move: "withdraw", reason: "Afgemeld wegens ziekte" });
    const log = await (await examiner()).school.examResults.history({ examResultId: id });
    expect(log.at(-1)).toMatchObject({ to: "WITHDRAWN", reason: "Afgemeld wegens ziekte" });
    await expect(
      (await examiner()).school.examResults.move({
        examResultId: id,
        move: "assess",
        outcome: "PASSED",
        assessedOn: "2026-11-25",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const established = (await (await advisor()).school.examResults.list()).find(
      (r) => r.status === "ESTABLISHED" && r.person === "Fleur Kuipers",
    )!;
    await expect(
      (await examiner()).school.examResults.move({
        examResultId: established.id,
        move: "withdraw",
        reason: "x",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("corrects an established result with a new one that supersedes it and its evidence, both staying visible", async () => {
    const fleur = await learner("Fleur");
    const before = (await (await committee()).school.examResults.list()).find(
      (r) => r.personId === fleur.personId && r.title === "Examen persoonlijke verzorging",
    )!;
    expect(before.moves).toEqual(["correct"]);
    await expect(
      (await examiner()).school.examResults.correct({
        examResultId: before.id,
        outcome: "FAILED",
        assessedOn: "2026-10-28",
        note: null,
        reason: "Verkeerde uitslag ingevoerd",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await (
      await committee()
    ).school.examResults.correct({
      examResultId: before.id,
      outcome: "FAILED",
      assessedOn: "2026-10-28",
      note: null,
      reason: "Verkeerde uitslag ingevoerd",
    });
    const rows = await (await advisor()).school.examResults.list();
    expect(rows.find((r) => r.id === before.id)).toMatchObject({ status: "CORRECTED", supersededById: id });
    expect(rows.find((r) => r.id === id)).toMatchObject({
      status: "ESTABLISHED",
      outcome: "FAILED",
      supersedesId: before.id,
      correctionReason: "Verkeerde uitslag ingevoerd",
    });
    const [p5] = before.workProcessIds;
    const evidence = (await formalExams(fleur.personId)).filter((e) => e.workProcessId === p5);
    expect(evidence).toHaveLength(2);
    expect(evidence[1]).toMatchObject({ result: "FAILED", supersedesId: evidence[0]!.id });
    expect((await c0125Standing(fleur.personId)).missingWorkProcessIds).toContain(p5);
  });

  it("saves a group's results in one transaction: one refused learner saves none", async () => {
    const [fleur, bram] = [await learner("Fleur"), await learner("Bram")];
    const count = () => db.prisma.examResult.count();
    const before = await count();
    const entries = [
      { personId: fleur.personId, enrolmentId: fleur.enrolmentId, outcome: "PASSED" as const, note: null },
      {
        personId: bram.personId,
        enrolmentId: bram.enrolmentId,
        outcome: "FAILED" as const,
        note: "Herkansen",
      },
    ];
    const input = {
      credentialId: "C0125",
      workProcessIds: [W10],
      title: "Groepsexamen hygiëne",
      assessedOn: "2026-11-30",
    };
    const { ids } = await (await examiner()).school.examResults.register({ ...input, entries });
    expect(ids).toHaveLength(2);
    const rows = (await (await examiner()).school.examResults.list()).filter((r) => ids.includes(r.id));
    expect(rows.map((r) => [r.person, r.status, r.outcome]).toSorted()).toEqual([
      ["Bram Hendriks", "ASSESSED", "FAILED"],
      ["Fleur Kuipers", "ASSESSED", "PASSED"],
    ]);

    const ellen = await db.prisma.person.findFirstOrThrow({ where: { givenName: "Ellen" } });
    const after = await count();
    // A learner of the school with a werkproces from another credential: nothing saved.
    await expect(
      (await examiner()).school.examResults.register({
        ...input,
        workProcessIds: [
          W10,
          findCertificate(childcareCatalog, "C0123")!.workProcessIds.find((w) => w !== W10)!,
        ],
        entries: [{ personId: ellen.id, enrolmentId: null, outcome: null, note: null }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // An outcome without a date: nothing saved.
    await expect(
      (await examiner()).school.examResults.register({ ...input, assessedOn: null, entries }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await count()).toBe(after);
    expect(after).toBe(before + 2);
  });

  it("keeps another school out: its learners, results and the learner pages", async () => {
    const fleur = await learner("Fleur");
    const result = (await (await advisor()).school.examResults.list())[0]!;
    await expect(
      (await otherSchool()).school.learners.get({ personId: fleur.personId }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      (await otherSchool()).school.examResults.history({ examResultId: result.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await (await otherSchool()).school.examResults.list()).toEqual([]);
    expect((await (await otherSchool()).school.learners.list()).map((l) => l.person)).not.toContain(
      "Fleur Kuipers",
    );
    // A person with neither an enrolment nor a request at the school is not its learner.
    const staff = await db.prisma.person.findFirstOrThrow({ where: { givenName: "Lotte" } });
    await expect(
      (await examiner()).school.examResults.register({
        credentialId: "C0125",
        workProcessIds: [W1],
        title: "Examen",
        assessedOn: null,
        entries: [{ personId: staff.id, enrolmentId: null, outcome: null, note: null }],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a learner's page", () => {
  it("shows progress per kerntaak and werkproces, and what is still missing for C0125", async () => {
    const fleur = await learner("Fleur");
    const view = await (await advisor()).school.learners.get({ personId: fleur.personId });
    expect(view.name).toBe("Fleur Kuipers");
    const c0125 = view.credentials.find((c) => c.credentialId === "C0125")!;
    const rows = c0125.coreTasks.flatMap((t) => t.workProcesses);
    expect(rows.find((w) => w.id === W1)).toMatchObject({
      counted: true,
      examResults: [expect.objectContaining({ status: "ESTABLISHED", outcome: "PASSED" })],
    });
    expect(rows.find((w) => w.id === W10)!.counted).toBe(false);
    expect(c0125.missingWorkProcessIds).toContain(W10);
  });

  it("shows the praktijkopleider's signed ratings read-only", async () => {
    const ellen = await db.prisma.person.findFirstOrThrow({ where: { givenName: "Ellen" } });
    const view = await (await advisor()).school.learners.get({ personId: ellen.id });
    const rated = view.credentials
      .flatMap((c) => c.coreTasks.flatMap((t) => t.workProcesses))
      .filter((w) => w.ratings.length);
    expect(rated.length).toBeGreaterThan(0);
    expect(rated[0]!.ratings[0]).toMatchObject({ result: "MASTERED", signedBy: "Sanne de Vries" });
    expect(rated.some((w) => w.ratings.some((r) => r.coSignedBy === "Mohamed Bouzid"))).toBe(true);
  });
});

describe("what a learner aims at", () => {
  it("is one answer on the Deelnemers list, the learner's page and Uitgeven, also for a goal only an active path names", async () => {
    const fleur = await db.prisma.person.findFirstOrThrow({ where: { givenName: "Fleur" } });
    // Fleur asked the school for C0125 only; her employer's active path aims at the diploma.
    await db.prisma.developmentPath.create({
      data: {
        personId: fleur.id,
        employerOrganizationId: fleur.employerOrganizationId!,
        goalCredentialId: "PMK",
      },
    });
    const listed = await (await advisor()).school.learners.list();
    const onUitgeven = new Set(
      (await (await examiner()).school.credentials.learners()).map((l) => l.personId),
    );
    expect(listed.length).toBeGreaterThan(1);
    expect(onUitgeven.has(fleur.id)).toBe(true);
    for (const row of listed) {
      const page = await (await advisor()).school.learners.get({ personId: row.personId });
      expect(row.aims).toEqual(page.credentials.map((c) => c.title));
      if (!onUitgeven.has(row.personId)) continue;
      const issuing = await (await examiner()).school.credentials.learner({ personId: row.personId });
      expect(issuing.aims.map((a) => a.credentialId)).toEqual(
        expect.arrayContaining(page.credentials.map((c) => c.credentialId)),
      );
    }
    expect(listed.find((r) => r.personId === fleur.id)!.aims).toEqual([
      "Pedagogisch klimaat in de kinderopvang",
      findQualification(childcareCatalog, "PMK")!.title,
    ]);
  });
});
