/**
 * Milan, the third persona: helps with outings, wants to run the BSO holiday programme → pedagogisch
 * medewerker; holds C0125 already; asked the school for the BBL route (step 7).
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { at, day } from "./dates.ts";
import type { DemoRefs } from "./demo-refs.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";

export async function seedDemoMilan(
  tx: Prisma.TransactionClient,
  { employer, school, ontdekkers, pmkBbl, examiner, userId }: DemoRefs,
): Promise<void> {
  const milan = await tx.person.create({
    data: {
      kind: "STAFF",
      givenName: "Milan",
      familyName: "Jovanović",
      email: "milan.jovanovic@example.org",
      employerOrganizationId: employer.id,
      profile: { languageLevel: "3F", priorEducation: ["havo"], experienceYears: 1, vogRegistered: true },
      employments: {
        create: {
          employerOrganizationId: employer.id,
          locationId: ontdekkers.id,
          functionId: "groepshulp",
          hoursPerWeek: 32,
          contractStart: day("2025-09-01"),
        },
      },
    },
  });
  const milanPath = await tx.developmentPath.create({
    data: {
      personId: milan.id,
      employerOrganizationId: employer.id,
      workplaceTrainerUserId: userId("praktijkopleider2@kinderrijk.demo"),
      currentStep: 7,
      careerPerspective: "Pedagogisch medewerker op de BSO, later het vakantieprogramma leiden.",
      ambition: "Het vakantieprogramma van de BSO organiseren.",
      goalFunctionId: "pedagogisch-medewerker",
      goalCredentialId: "PMK",
      chosenRoute: "PMK:BBL",
      learningRoute: "BBL",
      learningHoursPerWeek: 8,
      trainerHoursPerWeek: 2,
      startedAt: at("2026-01-10T09:00:00Z"),
      lastReviewedAt: at("2026-09-30T09:00:00Z"),
      nextReviewAt: day("2027-03-31"),
      stepRecords: {
        create: [1, 2, 3, 4, 5, 6].map((step) => ({
          step,
          completedAt: at(`2026-0${step + 1}-01T10:00:00Z`),
          completedByUserId: userId("praktijkopleider2@kinderrijk.demo"),
        })),
      },
    },
  });
  await tx.issuedCredential.create({
    data: {
      personId: milan.id,
      kind: "CERTIFICATE",
      credentialId: "C0125",
      workProcessIds: [...WP.c0125],
      schoolOrganizationId: school.id,
      employerOrganizationId: employer.id,
      issuedByUserId: examiner,
      issuedOn: day("2026-06-30"),
    },
  });
  for (const [index, workProcessId] of WP.c0125.entries()) {
    await tx.evidence.create({
      data: {
        personId: milan.id,
        schoolOrganizationId: school.id,
        workProcessId,
        kind: "FORMAL_EXAM",
        result: "PASSED",
        assessorUserId: examiner,
        recordedByUserId: examiner,
        assessedOn: day(`2026-06-1${index}`),
        signedAt: at(`2026-06-1${index}T16:00:00Z`),
        signedByUserId: examiner,
      },
    });
  }
  await tx.evidence.create({
    data: {
      personId: milan.id,
      developmentPathId: milanPath.id,
      employerOrganizationId: employer.id,
      workProcessId: WP.pw[1],
      kind: "PRACTICE_ASSESSMENT",
      result: "MASTERED",
      assessorUserId: userId("praktijkopleider2@kinderrijk.demo"),
      recordedByUserId: userId("praktijkopleider2@kinderrijk.demo"),
      assessedOn: day("2026-08-20"),
      signedAt: at("2026-08-20T17:00:00Z"),
      signedByUserId: userId("praktijkopleider2@kinderrijk.demo"),
      note: "Bereidde het uitje naar het Zuiderpark volledig voor.",
    },
  });
  await tx.trainingRequest.create({
    data: {
      employerOrganizationId: employer.id,
      schoolOrganizationId: school.id,
      personId: milan.id,
      developmentPathId: milanPath.id,
      trainingOfferId: pmkBbl.id,
      credentialId: "PMK",
      learningRoute: "BBL",
      status: "SUBMITTED",
      message: "Milan heeft C0125 al; graag vrijstelling voor die werkprocessen.",
    },
  });
}
