/**
 * Miriam, the second persona: came in through the UWV and the region desk, hired as groepshulp at the
 * BSO on a vacancy the region referred her to; choosing the niveau-2 certificate (step 4).
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { at, day } from "./dates.ts";
import type { DemoRefs } from "./demo-refs.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";

/** Returns the BSO vacancy she was hired on: the region refers another candidate to it. */
export async function seedDemoMiriam(
  tx: Prisma.TransactionClient,
  { region, uwv, employer, ontdekkers, trainer, userId }: DemoRefs,
): Promise<{ groepshulpVacancy: { id: string } }> {
  const miriam = await tx.person.create({
    data: {
      kind: "STAFF",
      givenName: "Miriam",
      familyName: "Öztürk",
      email: "miriam.ozturk@example.org",
      employerOrganizationId: employer.id,
      registeredByOrganizationId: region.id,
      profile: {
        languageLevel: "2F",
        priorEducation: ["vmbo-basis"],
        experienceYears: 2,
        vogRegistered: true,
      },
      employments: {
        create: {
          employerOrganizationId: employer.id,
          locationId: ontdekkers.id,
          functionId: "groepshulp",
          hoursPerWeek: 20,
          contractStart: day("2026-08-15"),
          contractEnd: day("2027-08-14"),
        },
      },
      consentRecords: {
        create: [
          {
            organizationId: region.id,
            purpose: "REGION_FOLLOW_UP",
            givenAt: at("2026-05-12T10:00:00Z"),
            recordedByUserId: userId("lwl@rijnmond.demo"),
          },
          // Given with the referral to Kinderrijk, as every referral records it.
          {
            organizationId: employer.id,
            purpose: "SHARE_WITH_EMPLOYER",
            givenAt: at("2026-05-20T10:00:00Z"),
            recordedByUserId: userId("wsp@rijnmond.demo"),
          },
        ],
      },
    },
  });
  const groepshulpVacancy = await tx.vacancy.create({
    data: {
      employerOrganizationId: employer.id,
      locationId: ontdekkers.id,
      functionId: "groepshulp",
      title: "Groepshulp BSO (20 uur)",
      hoursPerWeek: 20,
      openings: 2,
      status: "OPEN",
      publishedAt: at("2026-04-01T08:00:00Z"),
      closesOn: day("2026-12-31"),
    },
  });
  await tx.referral.create({
    data: {
      regionOrganizationId: region.id,
      employerOrganizationId: employer.id,
      partnerOrganizationId: uwv.id,
      personId: miriam.id,
      vacancyId: groepshulpVacancy.id,
      status: "HIRED",
      reason: "Ervaring in de horeca, wil met kinderen werken; maakt graag gezonde tussendoortjes.",
      createdByUserId: userId("wsp@rijnmond.demo"),
      createdAt: at("2026-05-20T10:00:00Z"),
      respondedAt: at("2026-07-01T10:00:00Z"),
    },
  });
  const miriamPath = await tx.developmentPath.create({
    data: {
      personId: miriam.id,
      employerOrganizationId: employer.id,
      workplaceTrainerUserId: trainer,
      currentStep: 4,
      careerPerspective: "Groepshulp op de BSO, doorgroeien binnen de eigen locatie.",
      ambition: "Ik maak nu groentesnacks; ik wil de kinderen leren zelf hun boterham te smeren.",
      goalFunctionId: "groepshulp",
      goalCredentialId: "OIK",
      learningRoute: "DERDE_LEERWEG",
      startedAt: at("2026-09-01T09:00:00Z"),
      nextReviewAt: day("2026-12-15"),
      stepRecords: {
        create: [1, 2, 3].map((step) => ({
          step,
          completedAt: at(`2026-09-1${step}T10:00:00Z`),
          completedByUserId: trainer,
        })),
      },
    },
  });
  await tx.evidence.create({
    data: {
      personId: miriam.id,
      developmentPathId: miriamPath.id,
      employerOrganizationId: employer.id,
      workProcessId: WP.hzw[4],
      kind: "PRACTICE_OBSERVATION",
      result: "NOT_YET",
      assessorUserId: trainer,
      recordedByUserId: trainer,
      assessedOn: day("2026-10-14"),
      note: "Bereidt de groentesnacks zelfstandig en hygiënisch voor.",
    },
  });
  return { groepshulpVacancy };
}
