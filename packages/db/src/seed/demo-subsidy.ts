/**
 * Subsidy evidence in the demo: six weeks of attendance and coaching on Kevin's signed BBL POK at
 * Kinderopvang Zonnebloem, recorded by the school's docent, with one correction. The POK itself is
 * left as it is.
 */
import type { Prisma } from "../../generated/prisma/client.ts";
import { day } from "./dates.ts";

/** Monday to Thursday of the six weeks from 7 September 2026. */
const WORK_DAYS = Array.from({ length: 6 }, (_, week) =>
  Array.from({ length: 4 }, (_, weekday) => {
    const date = day("2026-09-07");
    date.setUTCDate(date.getUTCDate() + week * 7 + weekday);
    return date;
  }),
).flat();

const TOPICS = [
  "Kennismaking en leerdoelen",
  "Dagritme op de groep",
  "Observeren en signaleren",
  "Oudergesprek voorbereiden",
  "Activiteit voor peuters plannen",
  "Terugblik en volgende stappen",
];

export async function seedDemoSubsidy(tx: Prisma.TransactionClient): Promise<void> {
  const enrolment = await tx.enrolment.findFirstOrThrow({
    where: { person: { givenName: "Kevin", familyName: "Tromp" }, pokStatus: "SIGNED" },
  });
  const userId = async (email: string) => (await tx.user.findUniqueOrThrow({ where: { email } })).id;
  const teacher = await userId("docent@maasoever.demo");
  const trainer = await userId("praktijkopleider@zonnebloem.demo");
  const own = { enrolmentId: enrolment.id, recordedByUserId: teacher };

  // 21 September is recorded with too few hours and corrected afterwards; the day after, Kevin is ill.
  for (const [index, date] of WORK_DAYS.entries()) {
    const absent = index === 9;
    await tx.pokAttendance.create({
      data: {
        ...own,
        date,
        present: !absent,
        hoursPresent: absent ? 0 : index === 8 ? 5 : 7.5,
        absenceReason: absent ? "Ziek gemeld" : null,
      },
    });
  }
  const wrong = await tx.pokAttendance.findFirstOrThrow({ where: { ...own, date: day("2026-09-21") } });
  await tx.pokAttendance.create({
    data: {
      ...own,
      date: wrong.date,
      present: true,
      hoursPresent: 7.5,
      supersedesId: wrong.id,
      correctionReason: "Uren volgens het rooster van de locatie: hele dienst gewerkt.",
    },
  });

  for (const [week, topic] of TOPICS.entries()) {
    const date = day("2026-09-10");
    date.setUTCDate(date.getUTCDate() + week * 7);
    await tx.pokCoaching.create({
      data: { ...own, date, minutes: 30, coachUserId: trainer, coachRole: "WORKPLACE_TRAINER", topic },
    });
    if (week % 2 === 1)
      await tx.pokCoaching.create({
        data: {
          ...own,
          date,
          minutes: 45,
          coachUserId: teacher,
          coachRole: "TEACHER",
          topic: "Bpv-bezoek",
          note: "Voortgang besproken met de praktijkopleider.",
        },
      });
  }
}
