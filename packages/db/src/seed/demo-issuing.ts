/**
 * The issuing part of the demo: Rosa, a Kinderrijk groepshulp enrolled at De Maasoever for
 * certificate C0125, has every C0125 werkproces established by the examencommissie, so the
 * examinator may issue the certificate (Fleur, of the exam results' demo, still waits for one).
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";
import { day, at } from "./dates.ts";

export interface DemoIssuingRefs {
  employer: { id: string };
  school: { id: string };
  location: { id: string };
  /** User ids of De Maasoever's examinator and examencommissie member. */
  examiner: string;
  committee: string;
}

export async function seedDemoIssuing(tx: Prisma.TransactionClient, refs: DemoIssuingRefs): Promise<void> {
  const own = { employerOrganizationId: refs.employer.id };
  const offer = await tx.trainingOffer.findFirstOrThrow({
    where: { schoolOrganizationId: refs.school.id, credentialId: "C0125" },
  });
  const rosa = await tx.person.create({
    data: {
      kind: "STAFF",
      givenName: "Rosa",
      familyName: "Brouwer",
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
  const enrolment = await tx.enrolment.create({
    data: {
      schoolOrganizationId: refs.school.id,
      ...own,
      personId: rosa.id,
      trainingOfferId: offer.id,
      credentialId: "C0125",
      learningRoute: "DERDE_LEERWEG",
      locationId: refs.location.id,
      pokStatus: "SIGNED",
      pokSignedOn: day("2026-02-20"),
      pokStartDate: day("2026-03-02"),
      pokEndDate: day("2027-01-29"),
      pokHoursPerWeek: 4,
      pokDaysPerWeek: 1,
      pokTotalHours: 160,
    },
  });
  const half = Math.ceil(WP.c0125.length / 2);
  const exams = [
    {
      title: "Praktijkexamen pedagogisch klimaat",
      workProcessIds: WP.c0125.slice(0, half),
      on: "2026-10-21",
    },
    { title: "Examen verzorging en hygiëne", workProcessIds: WP.c0125.slice(half), on: "2026-11-04" },
  ];
  for (const exam of exams)
    await seedEstablishedExam(
      tx,
      refs,
      { personId: rosa.id, enrolmentId: enrolment.id, credentialId: "C0125" },
      exam,
    );
}

/** One exam of a demo learner. */
export interface DemoExam {
  title: string;
  workProcessIds: string[];
  /** Instead of werkprocessen: the part of the generiek deel it covers. */
  generiekDeelPart?: string;
  on: string;
}

/**
 * An established, passed result, as the examencommissie leaves it: the log (registered, assessed,
 * established) and one FORMAL_EXAM row per werkproces.
 */
export async function seedEstablishedExam(
  tx: Prisma.TransactionClient,
  refs: Pick<DemoIssuingRefs, "school" | "examiner" | "committee">,
  learner: { personId: string; enrolmentId: string; credentialId: string },
  exam: DemoExam,
): Promise<void> {
  const moment = (hour: number) => at(`${exam.on}T${String(hour).padStart(2, "0")}:00:00Z`);
  const evidenceIds: string[] = [];
  for (const workProcessId of exam.workProcessIds) {
    const row = await tx.evidence.create({
      data: {
        personId: learner.personId,
        schoolOrganizationId: refs.school.id,
        workProcessId,
        kind: "FORMAL_EXAM",
        result: "PASSED",
        note: exam.title,
        assessorUserId: refs.examiner,
        recordedByUserId: refs.committee,
        assessedOn: day(exam.on),
        signedAt: moment(16),
        signedByUserId: refs.committee,
      },
    });
    evidenceIds.push(row.id);
  }
  await tx.examResult.create({
    data: {
      schoolOrganizationId: refs.school.id,
      personId: learner.personId,
      enrolmentId: learner.enrolmentId,
      credentialId: learner.credentialId,
      workProcessIds: exam.workProcessIds,
      generiekDeelPart: exam.generiekDeelPart ?? null,
      title: exam.title,
      status: "ESTABLISHED",
      outcome: "PASSED",
      assessedOn: day(exam.on),
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
          {
            fromStatus: "ASSESSED",
            toStatus: "ESTABLISHED",
            actorUserId: refs.committee,
            occurredAt: moment(16),
          },
        ],
      },
    },
  });
}
