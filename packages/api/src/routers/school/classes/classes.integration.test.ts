import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let classId: string;
let rijnmondId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  classId = (await db.prisma.schoolClass.findFirstOrThrow({ where: { name: "PMK-BBL Rijnmond 2026" } })).id;
  rijnmondId = (await db.prisma.organization.findFirstOrThrow({ where: { regionCode: "AM22" } })).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `classes-${email}`)).call();
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const docent = () => as("docent@maasoever.demo");
const orgId = async (name: string) => (await db.prisma.organization.findFirstOrThrow({ where: { name } })).id;
const userId = async (email: string) => (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id;

describe("classes", () => {
  it("lists the school's classes with learners and adopting employers, and the school's regions", async () => {
    const { classes, regions } = await (await advisor()).school.classes.list();
    expect(classes).toContainEqual(
      expect.objectContaining({
        id: classId,
        learners: 4,
        employers: ["Kinderopvang Zonnebloem", "Kinderrijk"],
        region: "Arbeidsmarktregio Rijnmond",
      }),
    );
    expect(regions).toEqual([{ id: rijnmondId, name: "Arbeidsmarktregio Rijnmond" }]);
  });

  it("shows the class's skill gap from the learners' ratings, the notes and the mentor team", async () => {
    const page = await (await docent()).school.classes.get({ classId });
    expect(page.skillGaps[0]).toMatchObject({ rated: 4, struggling: 3, lastSentOn: null });
    expect(page.skillGaps.map((g) => g.struggling)).toEqual([3, 1]);
    expect(page.notes).toHaveLength(5);
    expect(page.team.map((m) => m.role).toSorted()).toEqual([
      "TEACHER",
      "WORKPLACE_TRAINER",
      "WORKPLACE_TRAINER",
    ]);
    expect(page).toMatchObject({ canWrite: true, canManage: false });
    expect(page.employerOptions.map((e) => e.name)).not.toContain("Kinderrijk");
  });

  it("refuses another school's opleidingsadviseur and an employer", async () => {
    await expect(
      (await as("opleidingsadviseur@hofstad.demo")).school.classes.get({ classId }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect((await as("hr@kinderrijk.demo")).school.classes.get({ classId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      (await as("opleidingsadviseur@hofstad.demo")).school.classes.sendSignal({
        classId,
        workProcessId: "x",
        comment: "Een signaal van een andere school.",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets the opleidingsadviseur create a class in the school's region only, and no docent", async () => {
    const input = {
      name: "HZW derde leerweg 2027",
      credentialId: "pv-helpende-zorg-welzijn",
      cohortYear: 2027,
    };
    await expect(
      (await docent()).school.classes.create({ ...input, regionOrganizationId: rijnmondId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await advisor()).school.classes.create({
        ...input,
        regionOrganizationId: await orgId("Arbeidsmarktregio Haaglanden"),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("regio van de school") });
    const { id } = await (
      await advisor()
    ).school.classes.create({ ...input, regionOrganizationId: rijnmondId });
    expect(await db.prisma.auditEvent.count({ where: { entityId: id, action: "schoolClass.create" } })).toBe(
      1,
    );

    // Ellen follows the praktijkverklaring: she fits this class, not the PMK one.
    const ellen = await db.prisma.enrolment.findFirstOrThrow({ where: { person: { givenName: "Ellen" } } });
    const kevin = await db.prisma.enrolment.findFirstOrThrow({ where: { person: { givenName: "Kevin" } } });
    const c = await advisor();
    const options = (await c.school.classes.get({ classId: id })).learnerOptions.map((o) => o.enrolmentId);
    expect(options).toContain(ellen.id);
    expect(options).not.toContain(kevin.id);
    await expect(c.school.classes.addLearner({ classId, enrolmentId: ellen.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Praktijkverklaring Helpende zorg en welzijn"),
    });
    await expect(c.school.classes.addLearner({ classId: id, enrolmentId: kevin.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await c.school.classes.addLearner({ classId: id, enrolmentId: ellen.id });
    const page = await c.school.classes.get({ classId: id });
    expect(page.learners.map((l) => l.name)).toEqual(["Ellen de Graaf"]);
    // Kinderrijk employs Ellen: it is proposed to adopt the class first.
    expect(page.employerOptions[0]).toMatchObject({ name: "Kinderrijk", learners: 1 });
  });

  it("takes praktijkopleiders only from adopting employers, and keeps an adoption while its praktijkopleider is in the team", async () => {
    const c = await advisor();
    const { id } = await c.school.classes.create({
      name: "PMK-BBL Rijnmond 2027",
      credentialId: "PMK",
      cohortYear: 2027,
      regionOrganizationId: rijnmondId,
    });
    const kinderrijk = await orgId("Kinderrijk");
    const trainer = await userId("praktijkopleider2@kinderrijk.demo");
    await expect(c.school.classes.addMember({ classId: id, userId: trainer })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      c.school.classes.adopt({ classId: id, employerOrganizationId: await orgId("ROC Hofstad") }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await c.school.classes.adopt({ classId: id, employerOrganizationId: kinderrijk });
    expect((await c.school.classes.get({ classId: id })).memberOptions.map((m) => m.userId)).toContain(
      trainer,
    );
    await c.school.classes.addMember({ classId: id, userId: trainer });
    await c.school.classes.addMember({ classId: id, userId: await userId("docent@maasoever.demo") });
    await expect(
      c.school.classes.removeAdoption({ classId: id, employerOrganizationId: kinderrijk }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await c.school.classes.removeMember({ classId: id, userId: trainer });
    await c.school.classes.removeAdoption({ classId: id, employerOrganizationId: kinderrijk });
    const page = await c.school.classes.get({ classId: id });
    expect(page.adoptions).toEqual([]);
    expect(page.team.map((m) => m.name)).toEqual(["Ruben Koster"]);
    await expect(
      (await docent()).school.classes.addMember({ classId: id, userId: trainer }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets only the team's docent write a week's reflection with a learner of the class", async () => {
    const kevin = await db.prisma.enrolment.findFirstOrThrow({ where: { person: { givenName: "Kevin" } } });
    const ellen = await db.prisma.enrolment.findFirstOrThrow({ where: { person: { givenName: "Ellen" } } });
    const note = { classId, enrolmentId: kevin.id, isoWeek: "2026-W49", text: "Oudergesprek voorbereid." };
    await expect((await advisor()).school.classes.addNote(note)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await docent()).school.classes.addNote({ ...note, isoWeek: "2026-W60" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      (await docent()).school.classes.addNote({ ...note, enrolmentId: ellen.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Kies een deelnemer van deze klas.",
    });
    await (await docent()).school.classes.addNote(note);
    const notes = (await (await docent()).school.classes.get({ classId })).notes;
    expect(notes[0]).toMatchObject({ isoWeek: "2026-W49", learner: "Kevin Tromp", author: "Ruben Koster" });
  });

  it("sends a skill gap with its counts to the region's regiegroep, which sees it on its Signalen", async () => {
    const [gap] = (await (await docent()).school.classes.get({ classId })).skillGaps;
    await expect(
      (await advisor()).school.classes.sendSignal({
        classId,
        workProcessId: gap!.workProcessId,
        comment: "Graag bespreken.",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const notAGap = (
      await db.prisma.evidence.findFirstOrThrow({
        where: { result: "MASTERED", person: { givenName: "Amira" } },
      })
    ).workProcessId;
    await expect(
      (await docent()).school.classes.sendSignal({
        classId,
        workProcessId: notAGap,
        comment: "Dit gaat eigenlijk goed.",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const comment = "Drie van de vier deelnemers hebben hier nog begeleiding bij nodig.";
    const { id } = await (
      await docent()
    ).school.classes.sendSignal({ classId, workProcessId: gap!.workProcessId, comment });
    expect(await db.prisma.skillGapSignal.findUniqueOrThrow({ where: { id } })).toMatchObject({
      learnersRated: 4,
      learnersStruggling: 3,
      sentByUserId: await userId("docent@maasoever.demo"),
    });
    const region = await (await as("coordinator@rijnmond.demo")).region.signals.list();
    const sent = region.find((s) => s.id === id)!;
    expect(sent).toMatchObject({
      note: comment,
      schoolClass: "PMK-BBL Rijnmond 2026",
      sentBy: "Ruben Koster",
    });
    // 3 of 4 learners, protected for the region with the cell key method: each 0 or 5.
    expect([0, 5]).toContain(sent.learners!.struggling);
    expect([0, 5]).toContain(sent.learners!.rated);
    const other = await (await as("coordinator@haaglanden.demo")).region.signals.list();
    expect(other.map((s) => s.id)).not.toContain(id);
    const page = await (await docent()).school.classes.get({ classId });
    expect(page.signals[0]).toMatchObject({ id, rated: 4, struggling: 3, acknowledgedOn: null });
    expect(page.skillGaps[0]!.lastSentOn).not.toBeNull();
  });
});

const pmOf = async () =>
  (await (await advisor()).school.alignment.get()).functions.find(
    (f) => f.functionId === "pedagogisch-medewerker",
  )!;

describe("alignment", () => {
  it("shows per function in the school's regions the offers leading to it and the gaps, as counts only", async () => {
    const result = await (await advisor()).school.alignment.get();
    expect(result.regions).toEqual(["Arbeidsmarktregio Rijnmond"]);
    const byId = new Map(result.functions.map((f) => [f.functionId, f]));
    expect(byId.get("gespecialiseerd-pm")).toMatchObject({
      status: "gap",
      offers: [],
      missingCredentials: ["Gespecialiseerd pedagogisch medewerker kinderopvang"],
    });
    // One person at another employer: protected with the cell key method (0 or 5), never shown as 1.
    expect([0, 5]).toContain(byId.get("gespecialiseerd-pm")!.people);
    for (const f of result.functions) expect(f.people % 5).toBe(0);
    expect(result.functions[0]!.status).toBe("gap");
    const pm = byId.get("pedagogisch-medewerker")!;
    expect(pm.status).toBe("covered");
    expect(pm.offers.map((o) => o.title)).toContain("Pedagogisch medewerker kinderopvang (BBL)");
    expect(pm.vacancies).toBeGreaterThan(0);
    expect(byId.get("beroepskracht-in-opleiding")).toMatchObject({ status: "covered", employers: 1 });
    expect(JSON.stringify(result)).not.toContain("Ayla");
  });

  it("lets an offer lead to a function only when the school's offers together meet it, and shows the steps on the way apart", async () => {
    // The three kinderopvang certificates together qualify (cao Kinderopvang, kwalificatie-eisen).
    const certificates = await db.prisma.trainingOffer.findMany({
      where: { credentialId: { in: ["C0125", "C0123", "C0126"] }, school: { name: "ROC De Maasoever" } },
    });
    expect(certificates).toHaveLength(3);
    const together = await pmOf();
    for (const c of certificates) expect(together.offers.map((o) => o.id)).toContain(c.id);
    expect(together.contributing).toEqual([]);
    // Without C0126 on offer, C0125 and C0123 no longer lead there: each is a step on the way.
    const c0126 = certificates.find((c) => c.credentialId === "C0126")!;
    await db.prisma.trainingOffer.update({ where: { id: c0126.id }, data: { archivedAt: new Date() } });
    const apart = await pmOf();
    expect(apart.status).toBe("covered");
    expect(apart.offers.map((o) => o.title)).toEqual(["Pedagogisch medewerker kinderopvang (BBL)"]);
    const c0123 = certificates.find((c) => c.credentialId === "C0123")!;
    const c0125 = certificates.find((c) => c.credentialId === "C0125")!;
    expect(apart.contributing.map((o) => o.id).toSorted()).toEqual([c0123.id, c0125.id].toSorted());
    expect(apart.contributing.find((o) => o.id === c0123.id)!.stillMissing).toBe("C0126");
    expect(apart.contributing.find((o) => o.id === c0125.id)!.stillMissing).not.toBe("");
    await db.prisma.trainingOffer.update({ where: { id: c0126.id }, data: { archivedAt: null } });
  });

  it("is refused to an employer", async () => {
    await expect((await as("hr@kinderrijk.demo")).school.alignment.get()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
