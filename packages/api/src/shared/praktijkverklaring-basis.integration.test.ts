import { childcareCatalog } from "@ontwikkelpad/core";
import { seedDemo, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../test-client.ts";

// Core alone decides what a praktijkverklaring lists: every caller passes every judgement with its
// signing state and lets core choose. So the employer's request, the employer's assessment page, the
// school's request page and the school's learner page list the same werkprocessen, whatever drafts,
// judgements awaiting a co-signature and corrected judgements the person has.
const TEMPLATE = "pv-helpende-zorg-welzijn";
let db: Database;
let ellen: { id: string; employerOrganizationId: string | null };
let added: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
  const kinderrijk = await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } });
  ellen = await db.prisma.person.findFirstOrThrow({
    where: { givenName: "Ellen", employerOrganizationId: kinderrijk.id },
    include: { evidence: true },
  });
  const trainer = await db.prisma.user.findUniqueOrThrow({
    where: { email: "praktijkopleider@kinderrijk.demo" },
  });
  const manager = await db.prisma.user.findUniqueOrThrow({
    where: { email: "leidinggevende@kinderrijk.demo" },
  });
  const judged = new Set(
    (await db.prisma.evidence.findMany({ where: { personId: ellen.id } })).map((e) => e.workProcessId),
  );
  const template = childcareCatalog.praktijkverklaringTemplates.find((t) => t.id === TEMPLATE)!;
  const dossier = childcareCatalog.qualifications.find((q) => q.id === template.qualificationId)!;
  added = dossier.workProcessIds.filter((id) => !judged.has(id)).slice(0, 3);
  const [draft, awaiting, corrected] = added as [string, string, string];
  const base = {
    personId: ellen.id,
    employerOrganizationId: kinderrijk.id,
    kind: "PRACTICE_ASSESSMENT" as const,
    result: "MASTERED" as const,
    assessorUserId: trainer.id,
    recordedByUserId: trainer.id,
    assessedOn: new Date("2026-10-20"),
  };
  const signed = { signedAt: new Date("2026-10-20T15:00:00Z"), signedByUserId: trainer.id };
  const coSigned = { ...signed, coSignedAt: new Date("2026-10-21T09:00:00Z"), coSignedByUserId: manager.id };
  await db.prisma.evidence.create({ data: { ...base, workProcessId: draft } });
  await db.prisma.evidence.create({ data: { ...base, ...signed, workProcessId: awaiting } });
  const wrong = await db.prisma.evidence.create({ data: { ...base, ...coSigned, workProcessId: corrected } });
  await db.prisma.evidence.create({
    data: {
      ...base,
      ...coSigned,
      workProcessId: corrected,
      result: "NOT_YET",
      supersedesId: wrong.id,
      correctionReason: "Nog niet zelfstandig uitgevoerd.",
    },
  });
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `pv-basis-${email}`)).call();

describe("what a praktijkverklaring lists, the same for every caller", () => {
  it("lists neither a draft, nor a judgement awaiting its co-signature, nor a corrected one, wherever it is asked", async () => {
    const hr = await as("hr@kinderrijk.demo");
    const school = await as("opleidingsadviseur@maasoever.demo");
    const maasoever = await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } });
    const request = await hr.employer.assessments.requestPraktijkverklaring({
      personId: ellen.id,
      templateId: TEMPLATE,
      schoolId: maasoever.id,
    });
    const requested = (await db.prisma.credentialRequest.findUniqueOrThrow({ where: { id: request.id } }))
      .workProcessIds;
    const onRequestPage = (await school.school.requests.getCredential({ requestId: request.id }))
      .issuableWorkProcessIds;
    const onLearnerPage = (await school.school.learners.get({ personId: ellen.id })).credentials
      .find((c) => c.credentialId === TEMPLATE)!
      .coreTasks.flatMap((t) => t.workProcesses)
      .filter((wp) => wp.counted)
      .map((wp) => wp.id);
    const onAssessmentPage = (
      await hr.employer.assessments.get({ personId: ellen.id })
    ).praktijkverklaringen.find((p) => p.templateId === TEMPLATE)!;

    expect(requested.length).toBeGreaterThan(0);
    for (const id of added) expect(requested).not.toContain(id);
    expect(onRequestPage.toSorted()).toEqual(requested.toSorted());
    expect(onLearnerPage.toSorted()).toEqual(requested.toSorted());
    expect(onAssessmentPage.workProcessCount).toBe(requested.length);
    expect(request.workProcessCount).toBe(requested.length);
  });
});
