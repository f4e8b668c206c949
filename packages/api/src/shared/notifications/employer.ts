import { ANSWERABLE_REFERRAL_STATUSES, can, reviewNotice, reviewNoticeUntil } from "@ontwikkelpad/core";
import {
  scopeDevelopmentPathsForEmployer,
  scopeEvidenceForEmployer,
  scopeOwnedByEmployer,
  scopeReferralsForEmployer,
  type Prisma,
} from "@ontwikkelpad/db";
import { addDays } from "date-fns";
import { dateColumn, isoDate } from "../dates.ts";
import { referralAccessNow, referralPersonFacts } from "../consent.ts";
import { personName } from "../person-profile.ts";
import { ANSWER_DAYS, type Notification, type Recipient } from "./notification.ts";

/** Counts per person, in the order the rows came. */
function perPerson(rows: { person: { id: string; givenName: string; familyName: string } }[]) {
  const byPerson = new Map<string, { name: string; count: number }>();
  for (const { person } of rows) {
    const entry = byPerson.get(person.id) ?? { name: personName(person), count: 0 };
    entry.count++;
    byPerson.set(person.id, entry);
  }
  return [...byPerson];
}

/**
 * What waits for `recipient` in their employer organisation on `date`, by role: a praktijkopleider
 * signs the ratings of their trainees and holds their reviews; a leidinggevende co-signs signed ratings
 * and holds every review (from core's REVIEW_NOTICE_DAYS before its date, and once it is overdue); an admin holds every review, the schools' answers of the last 30 days and the
 * region's open referrals. The to-do list and the notifications both read it.
 */
export async function readEmployerNotifications(
  prisma: Prisma.TransactionClient,
  recipient: Recipient,
  date: string,
): Promise<Notification[]> {
  const { organizationId, userId: me, roles } = recipient;
  const trainer = can(roles, "rateWorkProcesses");
  const manager = can(roles, "coSignRatings");
  const admin = can(roles, "followUpAnswersAndReferrals");
  const activePerson = { archivedAt: null };
  const nameOnly = { select: { id: true, givenName: true, familyName: true } } as const;

  const [toSign, toCoSign, reviews, answers, referrals] = await Promise.all([
    trainer
      ? prisma.evidence.findMany({
          where: {
            // The scope's own condition is on `person` too: side by side under AND, neither replaces the other.
            AND: [
              scopeEvidenceForEmployer(organizationId),
              {
                signedAt: null,
                supersededBy: null,
                person: activePerson,
                OR: [{ recordedByUserId: me }, { developmentPath: { workplaceTrainerUserId: me } }],
              },
            ],
          },
          select: { person: nameOnly },
          orderBy: { createdAt: "asc" },
        })
      : [],
    manager
      ? prisma.evidence.findMany({
          where: {
            AND: [
              scopeEvidenceForEmployer(organizationId),
              { signedAt: { not: null }, coSignedAt: null, supersededBy: null, person: activePerson },
            ],
          },
          select: { person: nameOnly },
          orderBy: { signedAt: "asc" },
        })
      : [],
    trainer || manager || admin
      ? prisma.developmentPath.findMany({
          where: {
            ...scopeDevelopmentPathsForEmployer(organizationId),
            status: "ACTIVE",
            person: activePerson,
            nextReviewAt: { lte: dateColumn(reviewNoticeUntil(date)) },
            ...(manager || admin ? {} : { workplaceTrainerUserId: me }),
          },
          select: { nextReviewAt: true, person: nameOnly },
          orderBy: { nextReviewAt: "asc" },
        })
      : [],
    admin
      ? prisma.trainingRequest.findMany({
          where: {
            ...scopeOwnedByEmployer(organizationId),
            status: { in: ["ACCEPTED", "DECLINED"] },
            respondedAt: { gte: addDays(dateColumn(date), -ANSWER_DAYS) },
          },
          select: { respondedAt: true, school: { select: { name: true } }, person: nameOnly },
          orderBy: { respondedAt: "desc" },
        })
      : [],
    admin
      ? prisma.referral.findMany({
          where: {
            ...scopeReferralsForEmployer(organizationId),
            status: { in: [...ANSWERABLE_REFERRAL_STATUSES] },
          },
          select: {
            status: true,
            employerOrganizationId: true,
            createdAt: true,
            vacancy: { select: { title: true } },
            person: referralPersonFacts,
          },
          orderBy: { createdAt: "asc" },
        })
      : [],
  ]);

  const ratings = (kind: "sign" | "coSign", rows: typeof toSign): Notification[] =>
    perPerson(rows).map(([personId, { name, count }]) => ({
      kind,
      personId,
      name,
      count,
      on: null,
      overdue: false,
      detail: null,
      link: `/personen/${personId}/beoordeling`,
    }));
  return [
    ...ratings("sign", toSign),
    ...ratings("coSign", toCoSign),
    ...reviews.map((p) => ({
      kind: "review" as const,
      personId: p.person.id,
      name: personName(p.person),
      count: 1,
      on: isoDate(p.nextReviewAt!),
      overdue: reviewNotice(isoDate(p.nextReviewAt!), date) === "overdue",
      detail: null,
      link: `/personen/${p.person.id}/ontwikkelpad?stap=8`,
    })),
    ...answers.map((r) => ({
      kind: "schoolAnswer" as const,
      personId: r.person.id,
      name: personName(r.person),
      count: 1,
      on: isoDate(r.respondedAt!),
      overdue: false,
      detail: r.school.name,
      link: `/personen/${r.person.id}/ontwikkelpad?stap=7`,
    })),
    // Only what the employer can answer now: a referral whose consent was withdrawn names no one.
    ...referrals
      .filter((r) => referralAccessNow(r).answerable)
      .map((r) => ({
        kind: "referral" as const,
        // The candidate is not one of the employer's people yet: the answer is given on Vacatures.
        personId: null,
        name: personName(r.person),
        count: 1,
        on: isoDate(r.createdAt),
        overdue: false,
        detail: r.vacancy?.title ?? null,
        link: "/vacatures",
      })),
  ];
}
