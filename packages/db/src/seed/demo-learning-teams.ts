/**
 * Interprofessional learning teams (seed 004). Deventer: Aventus made a team at Raster Kinderopvang and
 * invited Hogeschool Saxion, which joined; four students of three programmes (pedagogisch medewerker,
 * onderwijsassistent, pabo) work on Raster's question, each with goals assessed by her own school. De
 * Maasoever runs a small team at Kinderrijk in Rotterdam beside it.
 */
import { childcareCatalog, findQualification } from "@ontwikkelpad/core";
import type { Prisma } from "../../generated/prisma/client.ts";
import { at, day } from "./dates.ts";
import type { DemoOrganizations } from "./demo-refs.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";

const oaWorkProcess = findQualification(childcareCatalog, "OA")!.workProcessIds[0]!;

export async function seedDemoLearningTeams(
  tx: Prisma.TransactionClient,
  { aventus, saxion, raster, school, employer }: DemoOrganizations,
): Promise<void> {
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
    studentName: string,
    programmeId: string,
    goals: Prisma.LearningTeamGoalCreateWithoutMemberInput[],
  ) =>
    tx.learningTeamMember.create({
      data: {
        learningTeamId: deventer.id,
        schoolOrganizationId,
        studentName,
        programmeId,
        goals: { create: goals },
      },
    });
  await member(aventus.id, "Noa Brinkman", "mbo-pedagogisch-medewerker-kinderopvang", [
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
  ]);
  await member(aventus.id, "Sem Kuipers", "mbo-onderwijsassistent", [
    {
      workProcessId: oaWorkProcess,
      description: "Ik bereid een voorleesactiviteit voor die aansluit bij groep 1.",
    },
  ]);
  await member(saxion.id, "Lieke Jansen", "hbo-pabo", [
    {
      competenceId: "in-gesprek-met-ouders",
      description:
        "Ik voer samen met de pedagogisch medewerker een oudergesprek over de overgang naar groep 1.",
      assessment:
        "Lieke bereidde het gesprek goed voor; de volgende stap is de ouders meer zelf te laten vertellen.",
      assessedAt: at("2026-11-10T14:00:00Z"),
    },
  ]);
  await member(saxion.id, "Jesse de Groot", "hbo-pabo", [
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
