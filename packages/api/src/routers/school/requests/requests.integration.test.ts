import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let kinderrijkId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `school-${email}`)).call();
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const teacher = () => as("docent@maasoever.demo");
const examiner = () => as("examinator@maasoever.demo");
const otherSchool = () => as("opleidingsadviseur@hofstad.demo");
const hr = () => as("hr@kinderrijk.demo");
const personNamed = (givenName: string) =>
  db.prisma.person.findFirstOrThrow({ where: { givenName, employerOrganizationId: kinderrijkId } });
const requestOf = async (givenName: string) =>
  db.prisma.trainingRequest.findFirstOrThrow({
    where: { personId: (await personNamed(givenName)).id, status: "SUBMITTED" },
  });
const offerFor = (credentialId: string) =>
  db.prisma.trainingOffer.findFirstOrThrow({ where: { credentialId } });
const coSignedMastered = async (givenName: string) =>
  (
    await db.prisma.evidence.findMany({
      where: {
        personId: (await personNamed(givenName)).id,
        kind: "PRACTICE_ASSESSMENT",
        result: "MASTERED",
        coSignedAt: { not: null },
      },
    })
  )
    .map((e) => e.workProcessId)
    .toSorted();
/** The first start moment of an offer that still has room, as the school sees it. */
const openStart = async (requestId: string, credentialId: string) => {
  const view = await (await advisor()).school.requests.getTraining({ requestId });
  return view.offers.find((o) => o.credentialId === credentialId)!.openStarts[0]!;
};

describe("the inbox", () => {
  it("lists training and praktijkverklaring requests to this school only", async () => {
    const rows = await (await advisor()).school.requests.list();
    expect(rows).toContainEqual(
      expect.objectContaining({ kind: "TRAINING", person: "Milan Jovanović", status: "SUBMITTED" }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ kind: "CREDENTIAL", person: "Sanne Visser", status: "SUBMITTED" }),
    );
    expect(await (await otherSchool()).school.requests.list()).not.toContainEqual(
      expect.objectContaining({ person: "Milan Jovanović" }),
    );
  });

  it("shows the person's starting point and the gap towards the request, from core", async () => {
    const request = await requestOf("Milan");
    const view = await (await teacher()).school.requests.getTraining({ requestId: request.id });
    expect(view.learner.heldCredentials.map((c) => c.credentialId)).toContain("C0125");
    expect(view.learner.startingPoint.languageLevel).toBe("3F");
    expect(view.learner.gap).toMatchObject({ credentialId: "PMK", status: "missing" });
    expect(view.learner.gap.missingWorkProcessIds.length).toBeGreaterThan(0);
    expect(view.learner.goalFunction?.mayFill).toBe(false);
    expect(view.offers.some((o) => o.credentialId === "PMK")).toBe(true);
  });

  it("refuses another school's request by id", async () => {
    const request = await requestOf("Milan");
    await expect(
      (await otherSchool()).school.requests.getTraining({ requestId: request.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("answering a training request", () => {
  it("only an opleidingsadviseur answers, with an open start moment of an offer for the requested credential", async () => {
    const request = await requestOf("Milan");
    const pmk = await offerFor("PMK");
    const proposal = {
      requestId: request.id,
      offerId: pmk.id,
      schedule: "Dinsdag lesdag",
      priceCents: 275_000,
    };
    const start = await openStart(request.id, "PMK");
    await expect(
      (await teacher()).school.requests.acceptTraining({ ...proposal, startDate: start }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await advisor()).school.requests.acceptTraining({ ...proposal, startDate: "2020-01-01" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("startdatum") });
    await expect(
      (await advisor()).school.requests.acceptTraining({
        ...proposal,
        offerId: (await offerFor("C0123")).id,
        startDate: start,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Pedagogisch medewerker"),
    });
    const later = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
    await expect(
      (await advisor()).school.requests.acceptTraining({ ...proposal, startDate: later }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("startmoment") });
  });

  it("the employer sees the proposal, accepts it, and the path moves on to step 8", async () => {
    const request = await requestOf("Milan");
    const milan = await personNamed("Milan");
    const start = await openStart(request.id, "PMK");
    const c = await advisor();
    await c.school.requests.acceptTraining({
      requestId: request.id,
      offerId: (await offerFor("PMK")).id,
      startDate: start,
      schedule: "Dinsdag lesdag, 8 uur per week",
      priceCents: 275_000,
      note: "Vrijstelling voor C0125 is verwerkt.",
    });
    await expect(
      c.school.requests.declineTraining({ requestId: request.id, reason: "Toch geen plek meer." }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const before = await (await hr()).employer.paths.get({ personId: milan.id });
    const sent = before.path?.trainingRequests.find((r) => r.id === request.id);
    expect(sent).toMatchObject({
      status: "ACCEPTED",
      responseNote: "Vrijstelling voor C0125 is verwerkt.",
      proposal: {
        startDate: start,
        schedule: "Dinsdag lesdag, 8 uur per week",
        priceCents: 275_000,
        acceptedOn: null,
      },
    });
    expect(before.path?.currentStep).toBe(7);

    const accepted = await (await hr()).employer.trainingRequests.acceptProposal({ requestId: request.id });
    expect(accepted.currentStep).toBe(8);
    const after = await (await hr()).employer.paths.get({ personId: milan.id });
    expect(after.path?.currentStep).toBe(8);
    expect(after.path?.steps.find((s) => s.step === 7)?.completedOn).toBe(today());
    await expect(
      (await hr()).employer.trainingRequests.acceptProposal({ requestId: request.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(
      await db.prisma.auditEvent.count({ where: { action: "trainingRequest.accept", entityId: request.id } }),
    ).toBe(1);
  });

  it("declines with a reason the employer reads", async () => {
    const miriam = await personNamed("Miriam");
    const path = await db.prisma.developmentPath.findFirstOrThrow({ where: { personId: miriam.id } });
    const { id } = await (
      await hr()
    ).employer.paths.requestTraining({
      pathId: path.id,
      offerId: (await offerFor("OIK")).id,
    });
    await expect(
      (await advisor()).school.requests.declineTraining({ requestId: id, reason: "nee" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await (
      await advisor()
    ).school.requests.declineTraining({
      requestId: id,
      reason: "De groep van januari is vol; de volgende start is in september.",
    });
    const view = await (await hr()).employer.paths.get({ personId: miriam.id });
    expect(view.path?.trainingRequests.find((r) => r.id === id)).toMatchObject({
      status: "DECLINED",
      responseNote: expect.stringContaining("september"),
      proposal: null,
    });
  });
});

describe("issuing a requested praktijkverklaring", () => {
  it("lists exactly the co-signed mastered werkprocessen, once, and the employer sees it at once", async () => {
    const ellen = await personNamed("Ellen");
    const template = "pv-helpende-zorg-welzijn";
    const { id } = await (
      await hr()
    ).employer.assessments.requestPraktijkverklaring({
      personId: ellen.id,
      templateId: template,
      schoolId: (await offerFor(template)).schoolOrganizationId,
    });
    const expected = await coSignedMastered("Ellen");
    // Ellen has more werkprocessen judged mastered than co-signed: only the co-signed ones count.
    expect(
      await db.prisma.evidence.count({
        where: { personId: ellen.id, kind: "PRACTICE_ASSESSMENT", result: "MASTERED" },
      }),
    ).toBeGreaterThan(expected.length);
    const view = await (await examiner()).school.requests.getCredential({ requestId: id });
    expect(view.recognised).toBe(true);
    expect(view.issuableWorkProcessIds.toSorted()).toEqual(expected);

    await expect(
      (await teacher()).school.requests.issuePraktijkverklaring({ requestId: id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const issued = await (await examiner()).school.requests.issuePraktijkverklaring({ requestId: id });
    expect(issued.workProcessIds.toSorted()).toEqual(expected);
    await expect(
      (await examiner()).school.requests.issuePraktijkverklaring({ requestId: id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const path = await (await hr()).employer.paths.get({ personId: ellen.id });
    expect(path.heldCredentials).toContainEqual(
      expect.objectContaining({ credentialId: template, kind: "PRAKTIJKVERKLARING", issuedOn: today() }),
    );
    const assessments = await (await hr()).employer.assessments.get({ personId: ellen.id });
    expect(assessments.credentialRequests.find((r) => r.id === id)?.status).toBe("ISSUED");
  });

  it("refuses while the leerbedrijf has no recognition for the crebo, and declines with a reason", async () => {
    const request = await db.prisma.credentialRequest.findFirstOrThrow({
      where: { personId: (await personNamed("Sanne")).id, status: "SUBMITTED" },
    });
    const recognition = await db.prisma.sbbRecognition.findFirstOrThrow({
      where: { employerOrganizationId: kinderrijkId, crebo: "25498", status: "ACTIVE" },
    });
    await db.prisma.sbbRecognition.update({ where: { id: recognition.id }, data: { status: "WITHDRAWN" } });
    try {
      const view = await (await advisor()).school.requests.getCredential({ requestId: request.id });
      expect(view).toMatchObject({ recognised: false, issuableWorkProcessIds: [], crebo: "25498" });
      await expect(
        (await advisor()).school.requests.issuePraktijkverklaring({ requestId: request.id }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("SBB-erkenning") });
    } finally {
      await db.prisma.sbbRecognition.update({ where: { id: recognition.id }, data: { status: "ACTIVE" } });
    }
    await (
      await advisor()
    ).school.requests.declineCredential({
      requestId: request.id,
      reason: "Eerst de erkenning van SBB vernieuwen.",
    });
    const assessments = await (await hr()).employer.assessments.get({ personId: request.personId });
    expect(assessments.credentialRequests.find((r) => r.id === request.id)).toMatchObject({
      status: "DECLINED",
      responseNote: "Eerst de erkenning van SBB vernieuwen.",
    });
  });
});
