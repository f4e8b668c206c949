/**
 * The classes part of the demo (Rotterdam Rijnmond model, seed 001): De Maasoever's PMK-BBL class is
 * adopted by Kinderrijk and Zonnebloem together, Zonnebloem's praktijkopleider joins the mentor team,
 * three more Zonnebloem BBL learners join Kevin, the docent has kept a few weeks of reflection notes,
 * and the praktijkbeoordelingen show one werkproces where most learners are "nog niet" (a skill gap
 * the team can send to the regiegroep). A Zonnebloem specialist in a function no offer of De
 * Maasoever leads to gives the Aansluiting page its gap. The region demo's sent signal stays as it is.
 * Everyone who works on the groups is registered in the Personenregister Kinderopvang with a VOG.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { DEMO_WORK_PROCESSES as WP } from "./work-processes.ts";
import { day, at } from "./dates.ts";

const NEW_LEARNERS = [
  ["Amira", "Bakkali"],
  ["Jesse", "van Leeuwen"],
  ["Fenna", "Dekker"],
] as const;

/** The startpunt of a new colleague: nothing recorded yet but the VOG and the Personenregister. */
const REGISTERED = { priorEducation: [], experienceYears: 0, vogRegistered: true };

/** Per werkproces the ratings of the four learners (Kevin first): W2 is where the class struggles. */
const RATINGS = [
  [WP.pw[0], ["MASTERED", "MASTERED", "MASTERED", "MASTERED"]],
  [WP.pw[1], ["NOT_YET", "NOT_YET", "MASTERED", "NOT_YET"]],
  [WP.pw[2], ["MASTERED", "NOT_YET", "MASTERED", "MASTERED"]],
] as const;

const NOTES = [
  [
    "2026-W46",
    0,
    "Kevin vertelde over een lastige overdracht; samen geoefend hoe hij een ouder rustig te woord staat.",
  ],
  [
    "2026-W46",
    1,
    "Amira bereidt de kringactiviteit zelf voor; volgende week laat ze zien hoe ze de peuters erbij betrekt.",
  ],
  [
    "2026-W47",
    2,
    "Jesse merkt dat hij de groep te snel wil sturen; we bespraken hoe hij kinderen eerst laat kiezen.",
  ],
  [
    "2026-W48",
    3,
    "Fenna heeft de observatie van een dreumes uitgewerkt; de lesstof over ontwikkelingsfasen sloot goed aan.",
  ],
  [
    "2026-W48",
    0,
    "Kevin voerde zijn eerste korte oudergesprek met de praktijkopleider erbij. Ging beter dan verwacht.",
  ],
] as const;

/** The Friday of each week, when the docent writes up the week's reflections. */
const WRITTEN_ON: Record<(typeof NOTES)[number][0], string> = {
  "2026-W46": "2026-11-13",
  "2026-W47": "2026-11-20",
  "2026-W48": "2026-11-27",
};

export async function seedDemoClasses(tx: Prisma.TransactionClient): Promise<void> {
  const schoolClass = await tx.schoolClass.findFirstOrThrow({
    where: { name: "PMK-BBL Rijnmond 2026" },
    include: { mentorTeams: true, enrolments: { include: { person: true } } },
  });
  const team = schoolClass.mentorTeams[0]!;
  const org = (name: string) => tx.organization.findFirstOrThrow({ where: { name } });
  const kinderrijk = await org("Kinderrijk");
  const zonnebloem = await org("Kinderopvang Zonnebloem");
  const user = (email: string) => tx.user.findUniqueOrThrow({ where: { email } });
  const joost = await user("praktijkopleider@zonnebloem.demo");
  const teacher = await user("docent@maasoever.demo");
  const kevin = schoolClass.enrolments[0]!;
  const offerId = kevin.trainingOfferId;
  const delfshaven = await tx.location.findFirstOrThrow({ where: { name: "KDV Zonnebloem Delfshaven" } });
  const own = { employerOrganizationId: zonnebloem.id };

  await tx.classAdoption.createMany({
    data: [kinderrijk, zonnebloem].map((e) => ({
      schoolClassId: schoolClass.id,
      employerOrganizationId: e.id,
    })),
  });
  await tx.mentorTeamMember.create({
    data: { mentorTeamId: team.id, userId: joost.id, organizationId: zonnebloem.id },
  });

  const enrolments = [kevin];
  for (const [givenName, familyName] of NEW_LEARNERS) {
    const person = await tx.person.create({
      data: {
        kind: "STAFF",
        givenName,
        familyName,
        ...own,
        profile: REGISTERED,
        employments: {
          create: {
            ...own,
            locationId: delfshaven.id,
            functionId: "beroepskracht-in-opleiding",
            hoursPerWeek: 28,
            contractStart: day("2026-09-01"),
            isFormativelyDeployed: true,
          },
        },
      },
    });
    enrolments.push(
      await tx.enrolment.create({
        data: {
          schoolOrganizationId: schoolClass.schoolOrganizationId,
          ...own,
          personId: person.id,
          schoolClassId: schoolClass.id,
          trainingOfferId: offerId,
          credentialId: "PMK",
          learningRoute: "BBL",
          locationId: delfshaven.id,
          workplaceTrainerUserId: joost.id,
          teacherUserId: teacher.id,
          pokSignedOn: day("2026-08-28"),
          pokStatus: "SIGNED",
          pokStartDate: day("2026-09-01"),
          pokEndDate: day("2028-08-31"),
          pokHoursPerWeek: 28,
        },
        include: { person: true },
      }),
    );
  }

  for (const [index, [workProcessId, results]] of RATINGS.entries()) {
    for (const [learner, result] of results.entries()) {
      const assessedOn = `2026-11-${String(10 + index).padStart(2, "0")}`;
      await tx.evidence.create({
        data: {
          personId: enrolments[learner]!.personId,
          ...own,
          workProcessId,
          kind: "PRACTICE_ASSESSMENT",
          result,
          assessorUserId: joost.id,
          recordedByUserId: joost.id,
          assessedOn: day(assessedOn),
          signedAt: at(`${assessedOn}T16:00:00Z`),
          signedByUserId: joost.id,
          note:
            result === "NOT_YET"
              ? "Heeft nog begeleiding nodig bij dit werkproces."
              : "Zelfstandig uitgevoerd.",
        },
      });
    }
  }

  for (const [isoWeek, learner, text] of NOTES) {
    await tx.reflectionNote.create({
      data: {
        enrolmentId: enrolments[learner]!.id,
        schoolClassId: schoolClass.id,
        schoolOrganizationId: schoolClass.schoolOrganizationId,
        isoWeek,
        text,
        authorUserId: teacher.id,
        createdAt: at(`${WRITTEN_ON[isoWeek]}T15:30:00Z`),
      },
    });
  }

  await tx.person.create({
    data: {
      kind: "STAFF",
      givenName: "Ayla",
      familyName: "Demir",
      ...own,
      profile: REGISTERED,
      employments: {
        create: {
          ...own,
          locationId: delfshaven.id,
          functionId: "gespecialiseerd-pm",
          hoursPerWeek: 32,
          contractStart: day("2024-03-01"),
        },
      },
    },
  });
}
