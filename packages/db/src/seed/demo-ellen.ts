/**
 * Ellen, the first persona: groepshulp with household tasks, working towards a praktijkverklaring
 * (step 7, enrolled, most werkprocessen already judged, her funding granted and applied for).
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { at, day } from "./dates.ts";
import type { DemoRefs } from "./demo-refs.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";

export async function seedDemoEllen(
  tx: Prisma.TransactionClient,
  { employer, school, boomhut, pvHzw, trainer, manager, teacher }: DemoRefs,
): Promise<void> {
  const ellen = await tx.person.create({
    data: {
      kind: "STAFF",
      givenName: "Ellen",
      familyName: "de Graaf",
      email: "ellen.degraaf@example.org",
      employerOrganizationId: employer.id,
      profile: { languageLevel: "2F", priorEducation: [], experienceYears: 0, vogRegistered: true },
      employments: {
        create: {
          employerOrganizationId: employer.id,
          locationId: boomhut.id,
          functionId: "groepshulp",
          hoursPerWeek: 24,
          contractStart: day("2026-03-01"),
          contractEnd: day("2027-08-31"),
        },
      },
    },
  });
  const ellenPath = await tx.developmentPath.create({
    data: {
      personId: ellen.id,
      employerOrganizationId: employer.id,
      workplaceTrainerUserId: trainer,
      currentStep: 7,
      careerPerspective: "Groepshulp op de babygroep; later meer taken met de kinderen.",
      ambition: "Laten zien wat ik in de praktijk al kan.",
      goalFunctionId: "groepshulp",
      goalCredentialId: "pv-helpende-zorg-welzijn",
      chosenRoute: "pv-helpende-zorg-welzijn",
      learningRoute: "DERDE_LEERWEG",
      learningHoursPerWeek: 2,
      trainerHoursPerWeek: 1,
      startedAt: at("2026-03-02T09:00:00Z"),
      nextReviewAt: day("2027-01-15"),
      stepRecords: {
        create: [1, 2, 3, 4, 5, 6].map((step) => ({
          step,
          completedAt: at(`2026-0${3 + Math.floor(step / 3)}-1${step}T10:00:00Z`),
          completedByUserId: trainer,
        })),
      },
    },
  });
  const ellenRequest = await tx.trainingRequest.create({
    data: {
      employerOrganizationId: employer.id,
      schoolOrganizationId: school.id,
      personId: ellen.id,
      developmentPathId: ellenPath.id,
      trainingOfferId: pvHzw.id,
      credentialId: "pv-helpende-zorg-welzijn",
      learningRoute: "DERDE_LEERWEG",
      status: "ACCEPTED",
      message: "Ellen werkt sinds maart op de babygroep.",
      responseNote: "Welkom, start 1 september.",
      createdAt: at("2026-06-01T10:00:00Z"),
      respondedAt: at("2026-06-20T12:00:00Z"),
    },
  });
  await tx.enrolment.create({
    data: {
      schoolOrganizationId: school.id,
      employerOrganizationId: employer.id,
      personId: ellen.id,
      trainingOfferId: pvHzw.id,
      trainingRequestId: ellenRequest.id,
      credentialId: "pv-helpende-zorg-welzijn",
      learningRoute: "DERDE_LEERWEG",
      locationId: boomhut.id,
      workplaceTrainerUserId: trainer,
      teacherUserId: teacher,
      pokSignedOn: day("2026-08-25"),
      pokStartDate: day("2026-09-01"),
      pokEndDate: day("2027-03-31"),
      pokHoursPerWeek: 2,
    },
  });
  const ellenJudged = [WP.hzw[0], WP.hzw[1], WP.hzw[3], WP.hzw[4], WP.hzw[6]];
  for (const [index, workProcessId] of ellenJudged.entries()) {
    await tx.evidence.create({
      data: {
        personId: ellen.id,
        developmentPathId: ellenPath.id,
        employerOrganizationId: employer.id,
        workProcessId,
        kind: "PRACTICE_ASSESSMENT",
        result: "MASTERED",
        assessorUserId: trainer,
        recordedByUserId: trainer,
        assessedOn: day(`2026-10-0${index + 1}`),
        signedAt: at(`2026-10-0${index + 1}T15:00:00Z`),
        signedByUserId: trainer,
        ...(index < 2
          ? { coSignedAt: at(`2026-10-0${index + 2}T09:00:00Z`), coSignedByUserId: manager }
          : {}),
        note: "Zelfstandig uitgevoerd tijdens de vroege dienst.",
      },
    });
  }
  await tx.evidence.create({
    data: {
      personId: ellen.id,
      developmentPathId: ellenPath.id,
      employerOrganizationId: employer.id,
      workProcessId: WP.hzw[7],
      kind: "PRACTICE_OBSERVATION",
      result: "NOT_YET",
      assessorUserId: trainer,
      recordedByUserId: trainer,
      assessedOn: day("2026-11-10"),
      note: "Helpt bij het uitje, maar bereidt het nog niet zelf voor.",
    },
  });
  await tx.fundingApplication.createMany({
    data: [
      {
        employerOrganizationId: employer.id,
        personId: ellen.id,
        developmentPathId: ellenPath.id,
        instrumentId: "praktijkleren-derde-leerweg",
        status: "GRANTED",
        amountRequestedCents: 270_000,
        amountGrantedCents: 270_000,
        submittedAt: at("2026-09-05T10:00:00Z"),
        decidedAt: at("2026-10-20T10:00:00Z"),
        externalReference: "PL-2026-004512",
      },
      {
        employerOrganizationId: employer.id,
        personId: ellen.id,
        developmentPathId: ellenPath.id,
        instrumentId: "subsidie-groepshulpen",
        status: "SUBMITTED",
        amountRequestedCents: 670_400,
        submittedAt: at("2026-11-03T10:00:00Z"),
      },
    ],
  });
}
