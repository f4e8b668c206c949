import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoDate, today } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let kinderrijkId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `enrol-${email}`)).call();
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const sanneRequest = async () =>
  db.prisma.trainingRequest.findFirstOrThrow({
    where: { person: { givenName: "Sanne" }, proposedStartDate: { not: null } },
  });

describe("enrolment and POK", () => {
  let enrolmentId: string;

  it("enrols only after the employer accepted, and only in a recognised leerbedrijf", async () => {
    const request = await sanneRequest();
    await expect(
      (await advisor()).school.enrolments.create({ trainingRequestId: request.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("voorstel heeft geaccepteerd"),
    });
    await (
      await as("hr@kinderrijk.demo")
    ).employer.trainingRequests.acceptProposal({ requestId: request.id });

    await db.prisma.sbbRecognition.updateMany({
      where: { employerOrganizationId: kinderrijkId, crebo: "25498" },
      data: { status: "WITHDRAWN" },
    });
    await expect(
      (await advisor()).school.enrolments.create({ trainingRequestId: request.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/Kinderrijk heeft geen SBB-erkenning .*crebo 25498/),
    });
    await (
      await as("hr@kinderrijk.demo")
    ).employer.organization.addRecognition({
      crebo: "25498",
      learningRoute: "DERDE_LEERWEG",
      status: "ACTIVE",
      recognisedFrom: "2026-01-01",
    });
    ({ id: enrolmentId } = await (
      await advisor()
    ).school.enrolments.create({ trainingRequestId: request.id }));
    await expect(
      (await advisor()).school.enrolments.create({ trainingRequestId: request.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const pok = await (await advisor()).school.enrolments.get({ enrolmentId });
    expect(pok.pok).toMatchObject({ status: "DRAFT", editable: true, recognised: true });
    expect(pok.startDate).toBe(request.proposedStartDate!.toISOString().slice(0, 10));
    expect(pok.pok.missing).toContain("Kies de bpv-docent.");
    // The hours at the workplace are the employment's; the offer's lesson hours are the hours at school.
    const employment = await db.prisma.employment.findFirstOrThrow({ where: { personId: request.personId } });
    const offer = await db.prisma.trainingOffer.findUniqueOrThrow({
      where: { id: request.trainingOfferId! },
    });
    expect(offer.hoursPerWeek).not.toBe(employment.hoursPerWeek);
    expect(pok).toMatchObject({
      hoursPerWeek: employment.hoursPerWeek,
      schoolHoursPerWeek: offer.hoursPerWeek,
      crebo: "25498",
      employerRegistryNumber: "90000001",
      schoolRegistryNumber: "99XA",
      schoolCity: "Rotterdam",
      workplaceAddress: expect.stringMatching(/\S/),
    });
  });

  it("moves draft → complete → sent → signed under core's rules, and a signed POK never changes", async () => {
    const c = await advisor();
    await expect(c.school.enrolments.setStatus({ enrolmentId, to: "COMPLETE" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("bpv-docent"),
    });
    const pok = await c.school.enrolments.get({ enrolmentId });
    const fields = {
      enrolmentId,
      locationId: pok.locations[0]!.id,
      workplaceTrainerUserId: pok.workplaceTrainers[0]!.id,
      teacherUserId: pok.teachers[0]!.id,
      startDate: pok.startDate,
      endDate: `${Number(pok.startDate!.slice(0, 4)) + 1}-06-30`,
      totalHours: 104,
      hoursPerWeek: 4,
      daysPerWeek: 1,
    };
    await expect(
      c.school.enrolments.update({ ...fields, teacherUserId: pok.workplaceTrainers[0]!.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("bpv-docent") });
    await c.school.enrolments.update(fields);
    await c.school.enrolments.setStatus({ enrolmentId, to: "COMPLETE" });
    await c.school.enrolments.setStatus({ enrolmentId, to: "SENT" });
    await expect(c.school.enrolments.update({ ...fields, totalHours: 200 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // WEB art. 7.2.8: signed only when the learner, the leerbedrijf and the school all signed.
    await expect(c.school.enrolments.setStatus({ enrolmentId, to: "SIGNED" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("de deelnemer, het leerbedrijf en de school"),
    });
    expect((await c.school.enrolments.get({ enrolmentId })).pok.next).not.toContain("SIGNED");
    const yesterday = isoDate(new Date(Date.now() - 86_400_000));
    const sign = (party: "LEARNER" | "EMPLOYER" | "SCHOOL", signedBy: string, signedOn: string) => ({
      enrolmentId,
      party,
      signedBy,
      signedOn,
    });
    await expect(
      c.school.enrolments.sign(sign("LEARNER", "Sanne Visser", isoDate(new Date(Date.now() + 86_400_000)))),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await c.school.enrolments.sign(sign("LEARNER", "Sanne Visser", yesterday))).toEqual({
      status: "SENT",
      signedOn: null,
    });
    await expect(c.school.enrolments.sign(sign("LEARNER", "Sanne Visser", yesterday))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "De deelnemer heeft al getekend.",
    });
    await c.school.enrolments.sign(sign("SCHOOL", "Opleidingsadviseur De Maasoever", today()));
    expect((await c.school.enrolments.get({ enrolmentId })).pok.status).toBe("SENT");
    const last = await (
      await as("docent@maasoever.demo")
    ).school.enrolments.sign(sign("EMPLOYER", "Kees Kinderrijk", yesterday));
    // Signed with the last signature, on the day of the latest of the three.
    expect(last).toEqual({ status: "SIGNED", signedOn: today() });
    const signed = await c.school.enrolments.get({ enrolmentId });
    expect(signed).toMatchObject({
      signedOn: today(),
      totalHours: 104,
      pok: {
        status: "SIGNED",
        editable: false,
        signatures: [
          { party: "LEARNER", signature: { by: "Sanne Visser", on: yesterday } },
          { party: "EMPLOYER", signature: { by: "Kees Kinderrijk", on: yesterday } },
          { party: "SCHOOL", signature: { by: "Opleidingsadviseur De Maasoever", on: today() } },
        ],
      },
    });
    expect(
      await db.prisma.auditEvent.count({ where: { entityId: enrolmentId, action: "enrolment.pokSigned" } }),
    ).toBe(3);
    await expect(c.school.enrolments.setStatus({ enrolmentId, to: "DRAFT" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("nieuwe POK"),
    });
    await expect(c.school.enrolments.setStatus({ enrolmentId, to: "WITHDRAWN" })).rejects.toMatchObject({
      message: expect.stringContaining("reden"),
    });
    await c.school.enrolments.setStatus({
      enrolmentId,
      to: "WITHDRAWN",
      reason: "Uit dienst bij de werkgever.",
    });
    expect((await c.school.enrolments.list()).find((e) => e.id === enrolmentId)?.pokStatus).toBe("WITHDRAWN");
    expect(
      await db.prisma.auditEvent.count({ where: { entityId: enrolmentId, action: "enrolment.pokStatus" } }),
    ).toBe(3);
  });

  it("refuses another school's enrolment, and an examinator the POK and its signatures", async () => {
    const signature = { enrolmentId, party: "LEARNER" as const, signedBy: "Sanne Visser", signedOn: today() };
    await expect(
      (await as("opleidingsadviseur@hofstad.demo")).school.enrolments.get({ enrolmentId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      (await as("opleidingsadviseur@hofstad.demo")).school.enrolments.sign(signature),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      (await as("examinator@maasoever.demo")).school.enrolments.setStatus({ enrolmentId, to: "ENDED" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await as("examinator@maasoever.demo")).school.enrolments.sign(signature),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps a POK signed before the signatures were recorded apart signed, by all three on its date", async () => {
    const ellen = await db.prisma.enrolment.findFirstOrThrow({
      where: { person: { givenName: "Ellen" }, pokStatus: "SIGNED" },
    });
    const pok = await (await advisor()).school.enrolments.get({ enrolmentId: ellen.id });
    expect(pok.pok.status).toBe("SIGNED");
    expect(pok.pok.signatures.map((s) => [s.party, s.signature])).toEqual([
      ["LEARNER", { by: "Ellen de Graaf", on: pok.signedOn }],
      ["EMPLOYER", { by: "Kinderrijk", on: pok.signedOn }],
      ["SCHOOL", { by: "ROC De Maasoever", on: pok.signedOn }],
    ]);
  });
});
