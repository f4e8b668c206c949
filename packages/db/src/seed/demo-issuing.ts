/**
 * The issuing part of the demo: two Kinderrijk groepshulpen in the BBL towards pedagogisch
 * medewerker at De Maasoever. Fleur has an established passing exam for every werkproces of
 * certificate C0125, so the examinator may issue it; Jesse still misses B1-K1-W7.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);
const at = (isoDateTime: string) => new Date(isoDateTime);

export interface DemoIssuingRefs {
  employer: { id: string };
  school: { id: string };
  location: { id: string };
  /** User ids of Kinderrijk's praktijkopleider and De Maasoever's examinator. */
  trainer: string;
  examiner: string;
}

/** The C0125 werkproces Jesse has no established result for yet. */
export const DEMO_MISSING_C0125 = "B1-K1-W7";

export async function seedDemoIssuing(tx: Prisma.TransactionClient, refs: DemoIssuingRefs): Promise<void> {
  const learners = [
    { givenName: "Fleur", familyName: "Bakker", passed: WP.c0125 },
    {
      givenName: "Jesse",
      familyName: "de Wit",
      passed: WP.c0125.filter((id) => !id.endsWith(`:${DEMO_MISSING_C0125}`)),
    },
  ];
  const own = { employerOrganizationId: refs.employer.id };
  for (const [index, learner] of learners.entries()) {
    const person = await tx.person.create({
      data: {
        kind: "STAFF",
        givenName: learner.givenName,
        familyName: learner.familyName,
        ...own,
        profile: { languageLevel: "3F", priorEducation: ["havo"], experienceYears: 2, vogRegistered: true },
        employments: {
          create: {
            ...own,
            locationId: refs.location.id,
            functionId: "groepshulp",
            hoursPerWeek: 30,
            contractStart: day("2025-09-01"),
          },
        },
      },
    });
    await tx.enrolment.create({
      data: {
        schoolOrganizationId: refs.school.id,
        ...own,
        personId: person.id,
        credentialId: "PMK",
        learningRoute: "BBL",
        locationId: refs.location.id,
        workplaceTrainerUserId: refs.trainer,
        pokSignedOn: day("2026-01-20"),
        pokStartDate: day("2026-02-01"),
        pokEndDate: day("2028-01-31"),
        pokHoursPerWeek: 30,
        pokStatus: "SIGNED",
      },
    });
    // Results the examencommissie established: one passing FORMAL_EXAM record per werkproces.
    for (const [n, workProcessId] of learner.passed.entries()) {
      await tx.evidence.create({
        data: {
          personId: person.id,
          schoolOrganizationId: refs.school.id,
          workProcessId,
          kind: "FORMAL_EXAM",
          result: "PASSED",
          assessorUserId: refs.examiner,
          recordedByUserId: refs.examiner,
          assessedOn: day(`2026-11-0${n + 1 + index}`),
          signedAt: at(`2026-11-0${n + 1 + index}T16:00:00Z`),
          signedByUserId: refs.examiner,
        },
      });
    }
  }
}
