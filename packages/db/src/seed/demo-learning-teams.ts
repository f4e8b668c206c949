/**
 * Interprofessional learning teams (seed 004). Deventer: Aventus made a team at Raster Kinderopvang and
 * invited Hogeschool Saxion, which joined; four students of three programmes (pedagogisch medewerker,
 * onderwijsassistent, pabo) work on Raster's question, each with goals assessed by her own school. Noa
 * Brinkman is Aventus's BBL learner at Raster: her member links to her enrolment, and her own-view link
 * (`DEMO_EMPLOYEE_VIEW_TOKEN`) shows her the team, where she wrote a reflection. The other three are
 * added by name. De Maasoever runs a small team at Kinderrijk in Rotterdam beside it.
 */
import { createHash } from "node:crypto";
import { childcareCatalog, findQualification } from "@ontwikkelpad/core";
import type { Prisma } from "../../generated/prisma/client.ts";
import { at, day } from "./dates.ts";
import type { DemoOrganizations, DemoUsers } from "./demo-refs.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";

const oaWorkProcess = findQualification(childcareCatalog, "OA")!.workProcessIds[0]!;

/**
 * The token of Noa Brinkman's link to her own view in the demo (`/werkgever/mijn-pad/<token>`): known,
 * like the demo accounts' password, so the demo and its browser tests open it. Only its hash is stored.
 */
export const DEMO_EMPLOYEE_VIEW_TOKEN = "demo-noa-brinkman-eigen-ontwikkelpad";

/** Noa: employed by Raster as a BBL learner, enrolled at Aventus, with a path and her own-view link. */
async function seedNoa(
  tx: Prisma.TransactionClient,
  { aventus, raster }: DemoOrganizations,
  { userId }: DemoUsers,
) {
  const noa = await tx.person.create({
    data: {
      kind: "STAFF",
      givenName: "Noa",
      familyName: "Brinkman",
      email: "noa.brinkman@example.org",
      employerOrganizationId: raster.id,
      // She works on the groups: registered in the Personenregister Kinderopvang like everyone there.
      profile: { languageLevel: "3F", priorEducation: [], experienceYears: 0, vogRegistered: true },
      employments: {
        create: {
          employerOrganizationId: raster.id,
          functionId: "pedagogisch-medewerker",
          hoursPerWeek: 24,
          contractStart: day("2026-08-15"),
        },
      },
    },
  });
  const path = await tx.developmentPath.create({
    data: {
      personId: noa.id,
      employerOrganizationId: raster.id,
      currentStep: 8,
      goalFunctionId: "pedagogisch-medewerker",
      goalCredentialId: "PMK",
      learningRoute: "BBL",
      startedAt: at("2026-06-01T09:00:00Z"),
      nextReviewAt: day("2027-01-18"),
    },
  });
  await tx.employeeViewLink.create({
    data: {
      developmentPathId: path.id,
      email: noa.email!,
      tokenHash: createHash("sha256").update(DEMO_EMPLOYEE_VIEW_TOKEN).digest("hex"),
      invitedByUserId: userId("hr@raster.demo"),
      expiresAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
    },
  });
  return tx.enrolment.create({
    data: {
      schoolOrganizationId: aventus.id,
      employerOrganizationId: raster.id,
      personId: noa.id,
      credentialId: "PMK",
      learningRoute: "BBL",
      pokStartDate: day("2026-09-01"),
      pokEndDate: day("2028-07-31"),
    },
  });
}

export async function seedDemoLearningTeams(
  tx: Prisma.TransactionClient,
  organizations: DemoOrganizations,
  users: DemoUsers,
): Promise<void> {
  const { aventus, saxion, raster, school, employer } = organizations;
  const noaEnrolment = await seedNoa(tx, organizations, users);
  const deventer = await tx.learningTeam.create({
    data: {
      ownerSchoolOrganizationId: aventus.id,
      hostOrganizationId: raster.id,
      name: "Leerteam Kind centraal Deventer",
      question:
        "Hoe signaleren we samen eerder dat een peuter extra ondersteuning nodig heeft, en hoe praten we daarover met de ouders?",
      teamCoachName: "Marieke Hulshof",
      startsOn: day("2026-09-01"),
      endsOn: day("2027-01-29"),
      supervisors: {
        create: {
          name: "Ilse Kamphuis",
          jobTitle: "Pedagogisch coach",
          email: "ilse.kamphuis@raster.demo",
        },
      },
      schools: {
        create: [
          { schoolOrganizationId: aventus.id, status: "JOINED" },
          { schoolOrganizationId: saxion.id, status: "JOINED" },
        ],
      },
      meetings: {
        create: [
          {
            authorOrganizationId: aventus.id,
            heldOn: day("2026-09-08"),
            notes:
              "Kennismaking: ieder vertelt vanuit zijn opleiding wat hij bij de peuters ziet. Afspraak: elke week een observatie delen.",
          },
          {
            authorOrganizationId: saxion.id,
            heldOn: day("2026-10-13"),
            notes:
              "Casus besproken van een peuter die weinig praat; wie doet wat, en wanneer betrekken we de ouders?",
          },
        ],
      },
    },
  });
  const member = (
    schoolOrganizationId: string,
    student: { studentName: string } | { enrolmentId: string },
    programmeId: string,
    goals: Prisma.LearningTeamGoalCreateWithoutMemberInput[],
  ) =>
    tx.learningTeamMember.create({
      data: {
        learningTeamId: deventer.id,
        schoolOrganizationId,
        ...student,
        programmeId,
        goals: { create: goals },
      },
      include: { goals: true },
    });
  const noa = await member(
    aventus.id,
    { enrolmentId: noaEnrolment.id },
    "mbo-pedagogisch-medewerker-kinderopvang",
    [
      {
        competenceId: "signaleren-en-doorverwijzen",
        description:
          "Ik leg vast wat ik zie bij een peuter en bespreek het met de pabo-student voordat ik iets concludeer.",
        assessment: "Noa observeert nauwkeurig en bespreekt haar zorgen op tijd met het team.",
        assessedAt: at("2026-11-03T10:00:00Z"),
      },
      {
        workProcessId: WP.pw[0],
        description: "Ik stem de dagindeling af op wat de peuters deze week nodig hebben.",
      },
    ],
  );
  await tx.learningTeamReflection.create({
    data: {
      memberId: noa.id,
      schoolOrganizationId: aventus.id,
      goalId: noa.goals.find((goal) => goal.competenceId === "signaleren-en-doorverwijzen")!.id,
      text: "Ik schreef eerst alleen op wat mij zorgen gaf. Door het gesprek met Lieke zie ik nu ook wat de peuter wel al kan.",
      createdAt: at("2026-11-05T16:00:00Z"),
    },
  });
  await member(aventus.id, { studentName: "Sem Kuipers" }, "mbo-onderwijsassistent", [
    {
      workProcessId: oaWorkProcess,
      description: "Ik bereid een voorleesactiviteit voor die aansluit bij groep 1.",
    },
  ]);
  await member(saxion.id, { studentName: "Lieke Jansen" }, "hbo-pabo", [
    {
      competenceId: "in-gesprek-met-ouders",
      description:
        "Ik voer samen met de pedagogisch medewerker een oudergesprek over de overgang naar groep 1.",
      assessment:
        "Lieke bereidde het gesprek goed voor; de volgende stap is de ouders meer zelf te laten vertellen.",
      assessedAt: at("2026-11-10T14:00:00Z"),
    },
  ]);
  await member(saxion.id, { studentName: "Jesse de Groot" }, "hbo-pabo", [
    {
      competenceId: "samenwerken-over-beroepsgrenzen",
      description: "Ik leer wat de kinderopvang al weet over een kind voordat het naar school gaat.",
    },
  ]);

  // De Maasoever's own team in Rotterdam, at Kinderrijk.
  await tx.learningTeam.create({
    data: {
      ownerSchoolOrganizationId: school.id,
      hostOrganizationId: employer.id,
      name: "Leerteam De Boomhut",
      question: "Hoe bereiden we peuters samen met de basisschool in de wijk voor op groep 1?",
      teamCoachName: "Ruben Koster",
      startsOn: day("2026-09-01"),
      endsOn: day("2027-06-30"),
      schools: { create: { schoolOrganizationId: school.id, status: "JOINED" } },
      supervisors: { create: { name: "Joyce van Dam", jobTitle: "Pedagogisch coach" } },
      members: {
        create: {
          schoolOrganizationId: school.id,
          studentName: "Fenna de Jong",
          programmeId: "mbo-pedagogisch-medewerker-kinderopvang",
          goals: {
            create: {
              competenceId: "interprofessioneel-communiceren",
              description: "Ik vertel de leerkracht in de wijk wat een peuter kan, in taal die zij gebruikt.",
            },
          },
        },
      },
    },
  });
}
