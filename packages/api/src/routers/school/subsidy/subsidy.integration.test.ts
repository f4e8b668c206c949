import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let kevinPok: string;
let ellenPok: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  const pokOf = async (givenName: string) =>
    (await db.prisma.enrolment.findFirstOrThrow({ where: { person: { givenName }, pokStatus: "SIGNED" } }))
      .id;
  kevinPok = await pokOf("Kevin");
  ellenPok = await pokOf("Ellen");
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `subsidy-${email}`)).call();
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const teacher = () => as("docent@maasoever.demo");

describe("attendance register and coaching log", () => {
  it("records only on a signed POK, within its period", async () => {
    const kinderrijk = await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } });
    const draft = await db.prisma.enrolment.create({
      data: {
        schoolOrganizationId: (await db.prisma.enrolment.findUniqueOrThrow({ where: { id: ellenPok } }))
          .schoolOrganizationId,
        employerOrganizationId: kinderrijk.id,
        personId: (await db.prisma.person.findFirstOrThrow({ where: { givenName: "Sanne" } })).id,
        credentialId: "OIK",
        learningRoute: "DERDE_LEERWEG",
        pokStartDate: new Date("2026-09-01T00:00:00Z"),
      },
    });
    const c = await teacher();
    await expect(
      c.school.subsidy.recordAttendance({
        enrolmentId: draft.id,
        date: "2026-10-05",
        present: true,
        hoursPresent: 8,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("getekend") });
    expect((await c.school.subsidy.evidence({ enrolmentId: draft.id })).open).toBe(false);
    await expect(
      c.school.subsidy.recordAttendance({
        enrolmentId: kevinPok,
        date: "2026-08-20",
        present: true,
        hoursPresent: 8,
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining("startdatum") });
    await expect(
      c.school.subsidy.recordAttendance({
        enrolmentId: kevinPok,
        date: "2026-10-06",
        present: false,
        hoursPresent: 0,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("reden van afwezigheid"),
    });
  });

  it("corrects an entry with a new one superseding it, keeping both, and totals only what counts", async () => {
    const c = await teacher();
    const before = await c.school.subsidy.evidence({ enrolmentId: kevinPok });
    const month = (m: string) => before.months.find((t) => t.month === m);
    const { id } = await c.school.subsidy.recordAttendance({
      enrolmentId: kevinPok,
      date: "2026-11-30",
      present: true,
      hoursPresent: 8,
    });
    await expect(
      c.school.subsidy.recordAttendance({
        enrolmentId: kevinPok,
        date: "2026-11-30",
        present: true,
        hoursPresent: 6,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Corrigeer") });
    await expect(
      c.school.subsidy.recordAttendance({
        enrolmentId: kevinPok,
        date: "2026-11-30",
        present: false,
        hoursPresent: 0,
        absenceReason: "Ziek",
        correction: { supersedesId: id, reason: "" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const { id: correctionId } = await c.school.subsidy.recordAttendance({
      enrolmentId: kevinPok,
      date: "2026-11-30",
      present: false,
      hoursPresent: 0,
      absenceReason: "Ziek",
      correction: { supersedesId: id, reason: "Ziekmelding kwam later binnen." },
    });
    await expect(
      c.school.subsidy.recordAttendance({
        enrolmentId: kevinPok,
        date: "2026-11-30",
        present: true,
        hoursPresent: 4,
        correction: { supersedesId: id, reason: "Nogmaals" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("al gecorrigeerd") });
    const after = await c.school.subsidy.evidence({ enrolmentId: kevinPok });
    expect(after.attendance.find((a) => a.id === id)).toMatchObject({ superseded: true, hoursPresent: 8 });
    expect(after.attendance.find((a) => a.id === correctionId)).toMatchObject({
      superseded: false,
      present: false,
      absenceReason: "Ziek",
      supersedesId: id,
      correctionReason: "Ziekmelding kwam later binnen.",
      recordedBy: expect.any(String),
    });
    expect(after.months.find((t) => t.month === "2026-11")).toMatchObject({
      hoursPresent: month("2026-11")?.hoursPresent ?? 0,
      daysAbsent: (month("2026-11")?.daysAbsent ?? 0) + 1,
    });
    expect(
      await db.prisma.auditEvent.count({
        where: { entityId: correctionId, action: "pokAttendance.correct" },
      }),
    ).toBe(1);
  });

  it("records coaching by the praktijkopleider of the leerbedrijf or a docent, not someone else", async () => {
    const c = await advisor();
    const { coaches } = await c.school.subsidy.evidence({ enrolmentId: kevinPok });
    const trainer = coaches.find((p) => p.role === "WORKPLACE_TRAINER")!;
    const kinderrijkTrainer = await db.prisma.membership.findFirstOrThrow({
      where: { organization: { name: "Kinderrijk" }, role: "WORKPLACE_TRAINER" },
    });
    await expect(
      c.school.subsidy.recordCoaching({
        enrolmentId: kevinPok,
        date: "2026-11-25",
        minutes: 30,
        coachUserId: kinderrijkTrainer.userId,
        topic: "Overdracht",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("praktijkopleider") });
    const { id } = await c.school.subsidy.recordCoaching({
      enrolmentId: kevinPok,
      date: "2026-11-25",
      minutes: 45,
      coachUserId: trainer.id,
      topic: "Oudergesprek voorbereiden",
    });
    const { id: fixed } = await c.school.subsidy.recordCoaching({
      enrolmentId: kevinPok,
      date: "2026-11-25",
      minutes: 60,
      coachUserId: trainer.id,
      topic: "Oudergesprek voorbereiden",
      correction: { supersedesId: id, reason: "Duur verkeerd ingevuld." },
    });
    const log = (await c.school.subsidy.evidence({ enrolmentId: kevinPok })).coaching;
    expect(log.find((e) => e.id === id)?.superseded).toBe(true);
    expect(log.find((e) => e.id === fixed)).toMatchObject({ minutes: 60, coachRole: "WORKPLACE_TRAINER" });
  });

  it("refuses another school and an examinator's entry", async () => {
    await expect(
      (await as("opleidingsadviseur@hofstad.demo")).school.subsidy.evidence({ enrolmentId: kevinPok }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      (await as("examinator@maasoever.demo")).school.subsidy.recordAttendance({
        enrolmentId: kevinPok,
        date: "2026-10-07",
        present: true,
        hoursPresent: 8,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the RVO export", () => {
  it("exports learners with a signed POK in files of at most 5, with the period's totals", async () => {
    const c = await advisor();
    const learners = await c.school.subsidy.rvoLearners();
    expect(learners.map((l) => l.id)).toEqual(expect.arrayContaining([kevinPok, ellenPok]));
    expect(learners.every((l) => l.learningRoute !== "BOL")).toBe(true);
    const { files } = await c.school.subsidy.rvoExport({ from: "2026-11-01", to: "2026-11-30" });
    expect(files.every((f) => f.rows.length <= 5)).toBe(true);
    const rows = files.flatMap((f) =>
      f.rows.map((r) => Object.fromEntries(f.header.map((h, i) => [h, r[i]]))),
    );
    const kevin = rows.find((r) => r["Naam deelnemer"] === "Kevin Tromp")!;
    const evidence = await c.school.subsidy.evidence({ enrolmentId: kevinPok });
    const november = evidence.months.find((m) => m.month === "2026-11")!;
    expect(kevin).toMatchObject({
      Leerbedrijf: "Kinderopvang Zonnebloem",
      Crebo: "25696",
      Leerweg: "BBL",
      "Startdatum POK": "1-9-2026",
      "Periode van": "1-11-2026",
      "Periode tot en met": "30-11-2026",
      "Uren aanwezig": String(november.hoursPresent).replace(".", ","),
      "Dagen afwezig": november.daysAbsent,
      "Minuten begeleiding": november.coachingMinutes,
    });
    expect(rows.map((r) => r["Naam deelnemer"])).not.toContain("Sanne Visser");
  });

  it("leaves a chosen learner without a signed POK out with the reason, and refuses another school's learner", async () => {
    const c = await advisor();
    // One of Maasoever's own learners whose POK is still a draft (the demo has drafts at other schools too).
    const { schoolOrganizationId } = await db.prisma.enrolment.findUniqueOrThrow({ where: { id: kevinPok } });
    const draft = await db.prisma.enrolment.findFirstOrThrow({
      where: { pokStatus: "DRAFT", schoolOrganizationId },
      include: { person: true },
    });
    const { files, skipped } = await c.school.subsidy.rvoExport({
      from: "2026-09-01",
      to: today(),
      enrolmentIds: [kevinPok, draft.id],
    });
    expect(files.flatMap((f) => f.rows.map((r) => r[0]))).toEqual(["Kevin Tromp"]);
    expect(skipped).toEqual([
      {
        enrolmentId: draft.id,
        person: `${draft.person.givenName} ${draft.person.familyName}`,
        problem: expect.stringContaining("getekende POK"),
      },
    ]);
    await expect(
      c.school.subsidy.rvoExport({ from: "2026-09-01", to: today(), enrolmentIds: [draft.id] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("getekende POK") });
    await expect(
      (await as("opleidingsadviseur@hofstad.demo")).school.subsidy.rvoExport({
        from: "2026-09-01",
        to: today(),
        enrolmentIds: [kevinPok],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("exports the school's other learners when one POK was withdrawn after signing and one has no start date", async () => {
    const kevin = await db.prisma.enrolment.findUniqueOrThrow({ where: { id: kevinPok } });
    const poisoned = async (
      givenName: string,
      data: { pokStatus: "WITHDRAWN" | "SIGNED"; pokStartDate: Date | null },
    ) => {
      const person = await db.prisma.person.create({
        data: {
          kind: "STAFF",
          givenName,
          familyName: "Poging",
          employerOrganizationId: kevin.employerOrganizationId,
        },
      });
      return db.prisma.enrolment.create({
        data: {
          schoolOrganizationId: kevin.schoolOrganizationId,
          employerOrganizationId: kevin.employerOrganizationId,
          personId: person.id,
          credentialId: kevin.credentialId,
          learningRoute: "BBL",
          pokSignedOn: new Date("2026-08-20T00:00:00Z"),
          pokEndDate: new Date("2027-06-30T00:00:00Z"),
          ...data,
        },
      });
    };
    const withdrawn = await poisoned("Ingetrokken", {
      pokStatus: "WITHDRAWN",
      pokStartDate: new Date("2026-09-01T00:00:00Z"),
    });
    const undated = await poisoned("Ongedateerd", { pokStatus: "SIGNED", pokStartDate: null });
    const c = await advisor();

    const learners = await c.school.subsidy.rvoLearners();
    const problemOf = (id: string) => learners.find((l) => l.id === id)?.problem;
    expect(problemOf(withdrawn.id)).toContain("ingetrokken");
    expect(problemOf(undated.id)).toContain("startdatum");
    expect(problemOf(kevinPok)).toBeNull();

    const { files, skipped } = await c.school.subsidy.rvoExport({ from: "2026-09-01", to: "2026-11-30" });
    const names = files.flatMap((f) => f.rows.map((r) => r[0]));
    expect(names).toEqual(expect.arrayContaining(["Kevin Tromp", "Ellen de Graaf"]));
    expect(names).not.toContain("Ingetrokken Poging");
    expect(skipped).toEqual([
      {
        enrolmentId: withdrawn.id,
        person: "Ingetrokken Poging",
        problem: expect.stringContaining("ingetrokken"),
      },
    ]);
    const chosen = await c.school.subsidy.rvoExport({
      from: "2026-09-01",
      to: "2026-11-30",
      enrolmentIds: [kevinPok, undated.id],
    });
    expect(chosen.files.flatMap((f) => f.rows.map((r) => r[0]))).toEqual(["Kevin Tromp"]);
    expect(chosen.skipped.map((s) => s.problem)).toEqual([expect.stringContaining("startdatum")]);
    await db.prisma.enrolment.deleteMany({ where: { id: { in: [withdrawn.id, undated.id] } } });
  });
});
