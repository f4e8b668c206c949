import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email)).call();
const candidateId = async (givenName: string) =>
  (await db.prisma.candidateRegistration.findFirstOrThrow({ where: { person: { givenName } } })).id;
const adviceInput = (id: string) => ({
  candidateId: id,
  goalFunctionId: "pedagogisch-medewerker",
  routeId: "PMK:DERDE_LEERWEG",
  adviceText: "PMK via de derde leerweg, naast werk als groepshulp op de BSO.",
  nextSteps: [{ description: "Intakegesprek bij de school", dueOn: "2026-12-20" }],
});
/** A candidate registered at the desk now, with or without the consent for advice. */
async function register(givenName: string, consentAdvice: boolean) {
  const lwl = await as("lwl@rijnmond.demo");
  const { id } = await lwl.region.candidates.register({
    givenName,
    familyName: "Adviestest",
    email: `${givenName.toLowerCase()}@example.org`,
    consentRegistration: true,
    consentAdvice,
    consentGivenOn: "2026-11-30",
  });
  return id;
}

describe("the LWL advice note", () => {
  it("stores a concept with core's route, duration and funding, gives it, and keeps it unchanged after", async () => {
    const id = await register("Amira", true);
    const lwl = await as("lwl@rijnmond.demo");
    const concept = await lwl.region.advice.save(adviceInput(id));
    expect(concept).toMatchObject({
      version: 1,
      status: "CONCEPT",
      routeTitle: "PMK via derde leerweg",
      learningRoute: "DERDE_LEERWEG",
      durationMonths: 18,
      adviserName: "Esra Yilmaz",
    });
    // The amounts are core's funding check, not input.
    const plan = await lwl.region.advice.get({ candidateId: id, goalFunctionId: "pedagogisch-medewerker" });
    const route = plan.routes.find((r) => r.id === "PMK:DERDE_LEERWEG")!;
    expect(concept.funding).toEqual(
      route.funding.map(({ instrumentId, title, status, amountEuro }) => ({
        instrumentId,
        title,
        status,
        amountEuro,
      })),
    );
    const edited = await lwl.region.advice.save({
      ...adviceInput(id),
      noteId: concept.id,
      adviceText: "Aangepast: eerst taal naar 3F, dan PMK via de derde leerweg.",
    });
    expect(edited.adviceText).toMatch(/^Aangepast/);

    const given = await lwl.region.advice.give({ noteId: concept.id });
    expect(given.status).toBe("GIVEN");
    expect(given.givenOn).not.toBeNull();
    await expect(
      lwl.region.advice.save({
        ...adviceInput(id),
        noteId: concept.id,
        adviceText: "Stil gewijzigd advies.",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(lwl.region.advice.give({ noteId: concept.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    // The database refuses the change too, whatever code tries it.
    await expect(
      db.prisma.adviceNote.update({ where: { id: concept.id }, data: { adviceText: "Overschreven." } }),
    ).rejects.toThrow(/is given and cannot change/);
    const audit = await db.prisma.auditEvent.findMany({ where: { entityId: concept.id } });
    expect(audit.map((e) => e.action).toSorted()).toEqual(["advice.give", "advice.save", "advice.save"]);
  });

  it("corrects a given advice with a new version and a reason; the old one stays readable", async () => {
    const id = await register("Bo", true);
    const lwl = await as("lwl@rijnmond.demo");
    const first = await lwl.region.advice.save(adviceInput(id));
    await lwl.region.advice.give({ noteId: first.id });
    await expect(lwl.region.advice.save(adviceInput(id))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const second = await lwl.region.advice.save({
      ...adviceInput(id),
      routeId: "C0125+C0123+C0126",
      correctionReason: "Bo wil in delen leren.",
    });
    expect(second).toMatchObject({ version: 2, supersedesId: first.id, status: "CONCEPT" });
    // Until the correction is given, the first advice holds.
    expect((await lwl.region.advice.notes({ candidateId: id })).currentId).toBe(first.id);
    await expect(lwl.region.advice.save(adviceInput(id))).rejects.toMatchObject({ code: "CONFLICT" });
    await lwl.region.advice.give({ noteId: second.id });
    const page = await lwl.region.advice.notes({ candidateId: id });
    expect(page.currentId).toBe(second.id);
    expect(page.notes.map((n) => [n.version, n.status, n.supersededById])).toEqual([
      [2, "GIVEN", null],
      [1, "GIVEN", second.id],
    ]);
    expect(page.notes[1]!.adviceText).toBe(first.adviceText);
    const followed = await lwl.region.advice.followUp({ noteId: second.id });
    expect(followed.status).toBe("FOLLOWED_UP");
    await expect(lwl.region.advice.followUp({ noteId: second.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("shares the given advice with the WSP-adviser under the advice consent, never the concept, and never writes", async () => {
    const wsp = await as("wsp@rijnmond.demo");
    const oksana = await wsp.region.advice.notes({ candidateId: await candidateId("Oksana") });
    expect(oksana.canWrite).toBe(false);
    expect(oksana.notes.map((n) => n.status)).toEqual(["GIVEN"]);
    expect(oksana.currentId).toBe(oksana.notes[0]!.id);
    // Noor's advice is a concept: the WSP does not see it.
    expect((await wsp.region.advice.notes({ candidateId: await candidateId("Noor") })).notes).toEqual([]);
    await expect(wsp.region.advice.save(adviceInput(await candidateId("Lisa")))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(wsp.region.advice.followUp({ noteId: oksana.notes[0]!.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses every read and write of advice without the advice consent, and from the moment it is withdrawn", async () => {
    const without = await register("Cor", false);
    const lwl = await as("lwl@rijnmond.demo");
    const wsp = await as("wsp@rijnmond.demo");
    await expect(lwl.region.advice.save(adviceInput(without))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(wsp.region.advice.notes({ candidateId: without })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const id = await register("Dirk", true);
    const note = await lwl.region.advice.save(adviceInput(id));
    await lwl.region.advice.give({ noteId: note.id });
    expect((await wsp.region.advice.notes({ candidateId: id })).notes).toHaveLength(1);
    await lwl.region.candidates.withdrawConsent({ candidateId: id, purpose: "ADVICE" });
    for (const reader of [wsp, lwl])
      await expect(reader.region.advice.notes({ candidateId: id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    await expect(lwl.region.advice.followUp({ noteId: note.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("erases the advice with the registration", async () => {
    const id = await register("Els", true);
    const lwl = await as("lwl@rijnmond.demo");
    const note = await lwl.region.advice.save(adviceInput(id));
    await lwl.region.advice.give({ noteId: note.id });
    const { removed } = await lwl.region.candidates.withdrawConsent({
      candidateId: id,
      purpose: "REGION_FOLLOW_UP",
    });
    expect(removed).toContain("1 LWL-advies(versies)");
    expect(await db.prisma.adviceNote.count({ where: { candidateRegistrationId: id } })).toBe(0);
  });

  it("answers another region NOT_FOUND for every advice procedure and changes nothing", async () => {
    const noor = await candidateId("Noor");
    const concept = await db.prisma.adviceNote.findFirstOrThrow({ where: { candidateRegistrationId: noor } });
    const haaglanden = await as("coordinator@haaglanden.demo");
    await expect(haaglanden.region.advice.notes({ candidateId: noor })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(haaglanden.region.advice.save(adviceInput(noor))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(haaglanden.region.advice.give({ noteId: concept.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(haaglanden.region.advice.followUp({ noteId: concept.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await db.prisma.adviceNote.findUniqueOrThrow({ where: { id: concept.id } })).status).toBe(
      "CONCEPT",
    );
  });
});
