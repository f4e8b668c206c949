/**
 * The exam results' part of the demo: two Kinderrijk groepshulpen enrolled at De Maasoever for
 * certificate C0125. Fleur has every C0125 werkproces established except the last (hygiëne, B1-K1-W10),
 * which the examinator assessed as passed and which waits for the examencommissie: until it is
 * established, C0125 cannot be issued. Bram has no results yet, and his registration in the
 * Personenregister Kinderopvang is not linked to Kinderrijk: the demo's one person the portal shows as
 * "mag niet werken" with that reason (Wet kinderopvang art. 1.50).
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";
import { day, at } from "./dates.ts";

export interface DemoExamResultRefs {
  employer: { id: string };
  school: { id: string };
  /** The BSO location where both work. */
  location: { id: string };
  /** User ids of De Maasoever's examinator, examencommissie member and docent. */
  examiner: string;
  committee: string;
  teacher: string;
}

export async function seedDemoExamResults(
  tx: Prisma.TransactionClient,
  refs: DemoExamResultRefs,
): Promise<void> {
  const offer = await tx.trainingOffer.findFirstOrThrow({
    where: { schoolOrganizationId: refs.school.id, credentialId: "C0125" },
  });
  const learner = async (
    givenName: string,
    familyName: string,
    contractStart: string,
    vogRegistered: boolean,
  ) => {
    const person = await tx.person.create({
      data: {
        kind: "STAFF",
        givenName,
        familyName,
        employerOrganizationId: refs.employer.id,
        profile: {
          languageLevel: "3F",
          priorEducation: ["mbo-2 helpende"],
          experienceYears: 2,
          vogRegistered,
        },
        employments: {
          create: {
            employerOrganizationId: refs.employer.id,
            locationId: refs.location.id,
            functionId: "groepshulp",
            hoursPerWeek: 24,
            contractStart: day(contractStart),
          },
        },
      },
    });
    const enrolment = await tx.enrolment.create({
      data: {
        schoolOrganizationId: refs.school.id,
        employerOrganizationId: refs.employer.id,
        personId: person.id,
        trainingOfferId: offer.id,
        credentialId: "C0125",
        learningRoute: "DERDE_LEERWEG",
        locationId: refs.location.id,
        teacherUserId: refs.teacher,
        pokStatus: "SIGNED",
        pokSignedOn: day("2026-02-20"),
        pokStartDate: day("2026-03-02"),
        pokEndDate: day("2027-01-29"),
        pokHoursPerWeek: 4,
        pokDaysPerWeek: 1,
        pokTotalHours: 160,
      },
    });
    return { person, enrolment };
  };
  const fleur = await learner("Fleur", "Kuipers", "2024-09-01", true);
  await learner("Bram", "Hendriks", "2025-04-01", false);

  const [w1, w7, p5, w9, w10] = WP.c0125 as [string, string, string, string, string];
  const exams = [
    {
      title: "Praktijkexamen pedagogisch klimaat",
      workProcessIds: [w1, w7, w9],
      on: "2026-10-14",
      established: true,
    },
    { title: "Examen persoonlijke verzorging", workProcessIds: [p5], on: "2026-10-28", established: true },
    {
      title: "Examen hygiënische en gezonde omgeving",
      workProcessIds: [w10],
      on: "2026-11-18",
      established: false,
    },
  ];
  for (const exam of exams) {
    const assessedOn = day(exam.on);
    const evidenceIds: string[] = [];
    if (exam.established)
      for (const workProcessId of exam.workProcessIds) {
        const row = await tx.evidence.create({
          data: {
            personId: fleur.person.id,
            schoolOrganizationId: refs.school.id,
            workProcessId,
            kind: "FORMAL_EXAM",
            result: "PASSED",
            note: exam.title,
            assessorUserId: refs.examiner,
            recordedByUserId: refs.committee,
            assessedOn,
            signedAt: at(`${exam.on}T16:00:00Z`),
            signedByUserId: refs.committee,
          },
        });
        evidenceIds.push(row.id);
      }
    const moment = (hour: number) => at(`${exam.on}T${String(hour).padStart(2, "0")}:00:00Z`);
    await tx.examResult.create({
      data: {
        schoolOrganizationId: refs.school.id,
        personId: fleur.person.id,
        enrolmentId: fleur.enrolment.id,
        credentialId: "C0125",
        workProcessIds: exam.workProcessIds,
        title: exam.title,
        status: exam.established ? "ESTABLISHED" : "ASSESSED",
        outcome: "PASSED",
        assessedOn,
        evidenceIds,
        events: {
          create: [
            { fromStatus: null, toStatus: "REGISTERED", actorUserId: refs.examiner, occurredAt: moment(8) },
            {
              fromStatus: "REGISTERED",
              toStatus: "ASSESSED",
              actorUserId: refs.examiner,
              occurredAt: moment(12),
            },
            ...(exam.established
              ? [
                  {
                    fromStatus: "ASSESSED" as const,
                    toStatus: "ESTABLISHED" as const,
                    actorUserId: refs.committee,
                    occurredAt: moment(16),
                  },
                ]
              : []),
          ],
        },
      },
    });
  }
}
