/**
 * The school portal's part of the demo: a Kinderrijk groepshulp (Sanne) whose training request the
 * school has answered with a proposal the employer has yet to accept, and whose praktijkverklaring
 * request waits in the school's inbox.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";
import { day, at } from "./dates.ts";

export interface DemoSchoolRefs {
  employer: { id: string };
  school: { id: string };
  /** Sanne's location. */
  boomhut: { id: string };
  /** User ids of Kinderrijk's praktijkopleider and leidinggevende. */
  trainer: string;
  manager: string;
}

export async function seedDemoSchool(tx: Prisma.TransactionClient, refs: DemoSchoolRefs): Promise<void> {
  await seedOfferDetails(tx);
  // The seeded POKs carry a signing date: they are signed.
  await tx.enrolment.updateMany({ where: { pokSignedOn: { not: null } }, data: { pokStatus: "SIGNED" } });
  const own = { employerOrganizationId: refs.employer.id };
  const offer = await tx.trainingOffer.findFirstOrThrow({
    where: { schoolOrganizationId: refs.school.id, credentialId: "OIK" },
  });
  const sanne = await tx.person.create({
    data: {
      kind: "STAFF",
      givenName: "Sanne",
      familyName: "Visser",
      ...own,
      profile: {
        languageLevel: "2F",
        priorEducation: ["vmbo-kader"],
        experienceYears: 1,
        vogRegistered: true,
      },
      employments: {
        create: {
          ...own,
          locationId: refs.boomhut.id,
          functionId: "groepshulp",
          hoursPerWeek: 28,
          contractStart: day("2025-11-01"),
        },
      },
    },
  });
  const path = await tx.developmentPath.create({
    data: {
      personId: sanne.id,
      ...own,
      workplaceTrainerUserId: refs.trainer,
      currentStep: 7,
      careerPerspective: "Groepshulp op de peutergroep, daarna meer taken met de kinderen zelf.",
      ambition: "Activiteiten met de peuters voorbereiden en begeleiden.",
      goalFunctionId: "groepshulp",
      goalCredentialId: "OIK",
      learningRoute: "DERDE_LEERWEG",
      learningHoursPerWeek: 4,
      trainerHoursPerWeek: 1,
      startedAt: at("2026-05-04T09:00:00Z"),
      nextReviewAt: day("2027-02-15"),
      stepRecords: {
        create: [1, 2, 3, 4, 5, 6].map((step) => ({
          step,
          completedAt: at(`2026-0${4 + Math.ceil(step / 2)}-1${step}T10:00:00Z`),
          completedByUserId: refs.trainer,
        })),
      },
    },
  });
  const judged = [WP.hzw[0], WP.hzw[2], WP.hzw[5]];
  for (const [index, workProcessId] of judged.entries()) {
    await tx.evidence.create({
      data: {
        personId: sanne.id,
        developmentPathId: path.id,
        ...own,
        workProcessId,
        kind: "PRACTICE_ASSESSMENT",
        result: "MASTERED",
        assessorUserId: refs.trainer,
        recordedByUserId: refs.trainer,
        assessedOn: day(`2026-09-1${index}`),
        signedAt: at(`2026-09-1${index}T15:00:00Z`),
        signedByUserId: refs.trainer,
        coSignedAt: at(`2026-09-2${index}T09:00:00Z`),
        coSignedByUserId: refs.manager,
        note: "Zelfstandig en zorgvuldig uitgevoerd.",
      },
    });
  }
  await tx.trainingRequest.create({
    data: {
      ...own,
      schoolOrganizationId: refs.school.id,
      personId: sanne.id,
      developmentPathId: path.id,
      trainingOfferId: offer.id,
      credentialId: "OIK",
      learningRoute: "DERDE_LEERWEG",
      message: "Sanne kan op donderdag naar school.",
      status: "ACCEPTED",
      responseNote: "Er is plek in de groep van januari.",
      proposedStartDate: day("2027-01-18"),
      proposedSchedule: "Donderdagmiddag les op de Maasoever, 4 uur per week",
      proposedPriceCents: 110_000,
      createdAt: at("2026-10-20T10:00:00Z"),
      respondedAt: at("2026-10-27T14:00:00Z"),
    },
  });
  await tx.credentialRequest.create({
    data: {
      ...own,
      schoolOrganizationId: refs.school.id,
      personId: sanne.id,
      developmentPathId: path.id,
      credentialId: "pv-helpende-zorg-welzijn",
      workProcessIds: judged,
      message: "Graag de praktijkverklaring voor wat Sanne al beheerst.",
      requestedByUserId: refs.trainer,
      createdAt: at("2026-10-28T10:00:00Z"),
    },
  });
}

/** Each seeded offer serves its school's region(s). */
async function seedOfferDetails(tx: Prisma.TransactionClient): Promise<void> {
  const offers = await tx.trainingOffer.findMany({
    include: {
      school: {
        select: {
          name: true,
          city: true,
          regionMemberships: { select: { region: { select: { regionCode: true } } } },
        },
      },
    },
  });
  for (const offer of offers) {
    const regionCodes = offer.school.regionMemberships.flatMap((m) =>
      m.region.regionCode ? [m.region.regionCode] : [],
    );
    await tx.trainingOffer.update({
      where: { id: offer.id },
      data: {
        regionCodes,
        contact: `Opleidingsadvies ${offer.school.name}`,
        locations: offer.school.city ? [offer.school.city] : [],
      },
    });
  }
}
