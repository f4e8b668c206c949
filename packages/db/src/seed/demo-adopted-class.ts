/**
 * An adopted class with its mentor team (the Rotterdam Rijnmond model): a skill-gap signal, a learner
 * of Zonnebloem enrolled in it, and Zonnebloem's draft funding application.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { day } from "./dates.ts";
import type { DemoRefs } from "./demo-refs.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";

export async function seedDemoAdoptedClass(
  tx: Prisma.TransactionClient,
  { region, employer, zonnebloem, school, delfshaven, pmkBbl, trainer, teacher, userId }: DemoRefs,
): Promise<void> {
  const schoolClass = await tx.schoolClass.create({
    data: {
      schoolOrganizationId: school.id,
      regionOrganizationId: region.id,
      name: "PMK-BBL Rijnmond 2026",
      credentialId: "PMK",
      cohortYear: 2026,
    },
  });
  const mentorTeam = await tx.mentorTeam.create({
    data: {
      schoolClassId: schoolClass.id,
      schoolOrganizationId: school.id,
      name: "Mentorteam Kinderrijk – De Maasoever",
      members: {
        create: [
          { userId: trainer, organizationId: employer.id },
          { userId: teacher, organizationId: school.id },
        ],
      },
    },
  });
  await tx.skillGapSignal.create({
    data: {
      mentorTeamId: mentorTeam.id,
      workProcessId: WP.pw[3],
      note: "Afstemmen met ouders bij de overdracht blijft lastig; meer oefenen met oudergesprekken.",
    },
  });
  await tx.enrolment.create({
    data: {
      schoolOrganizationId: school.id,
      employerOrganizationId: zonnebloem.id,
      personId: (
        await tx.person.create({
          data: {
            kind: "STAFF",
            givenName: "Kevin",
            familyName: "Tromp",
            employerOrganizationId: zonnebloem.id,
            employments: {
              create: {
                employerOrganizationId: zonnebloem.id,
                locationId: delfshaven.id,
                functionId: "beroepskracht-in-opleiding",
                hoursPerWeek: 30,
                contractStart: day("2026-09-01"),
                isFormativelyDeployed: true,
              },
            },
          },
        })
      ).id,
      schoolClassId: schoolClass.id,
      trainingOfferId: pmkBbl.id,
      credentialId: "PMK",
      learningRoute: "BBL",
      locationId: delfshaven.id,
      workplaceTrainerUserId: userId("praktijkopleider@zonnebloem.demo"),
      teacherUserId: teacher,
      pokSignedOn: day("2026-08-28"),
      pokStartDate: day("2026-09-01"),
      pokEndDate: day("2028-08-31"),
      pokHoursPerWeek: 30,
    },
  });
  await tx.fundingApplication.create({
    data: {
      employerOrganizationId: zonnebloem.id,
      instrumentId: "slim",
      status: "DRAFT",
      amountRequestedCents: 1_200_000,
    },
  });
}
