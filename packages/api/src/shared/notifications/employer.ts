import {
  ANSWERABLE_REFERRAL_STATUSES,
  EMPLOYER_NOTIFICATION_KINDS,
  awaitedSignature,
  can,
  isReviewDue,
  isSchoolAnswerWaiting,
  REVIEW_NOTICE_DAYS,
  reviewNoticeUntil,
  SIGNED_BY_EMPLOYER,
} from "@ontwikkelpad/core";
import {
  scopeDevelopmentPathsForEmployer,
  scopeEvidenceForEmployer,
  scopeOwnedByEmployer,
  scopeReferralsForEmployer,
  type Prisma,
} from "@ontwikkelpad/db";
import { addDays } from "date-fns";
import { dateColumn, isoDate, isoDateOrNull } from "../dates.ts";
import { referralAccessNow, referralPersonFacts } from "../consent.ts";
import { personName } from "../person-profile.ts";
import { ratingSignatures } from "../rating-signatures.ts";
import { ANSWER_DAYS, type Notification, type Recipient } from "./notification.ts";

/**
 * The page of the werkgever portal (relative to its root) where each kind of to-do is done: one page
 * per kind. A path's review and a school's answer open the wizard, which shows the step where the path
 * stands: the review conversation walks the path from there, and an answer waits at step 7.
 */
export const EMPLOYER_TODO_PAGES = {
  sign: (personId: string) => `/personen/${personId}/beoordeling`,
  coSign: (personId: string) => `/personen/${personId}/beoordeling`,
  review: (personId: string) => `/personen/${personId}/ontwikkelpad`,
  schoolAnswer: (personId: string) => `/personen/${personId}/ontwikkelpad`,
  // A referred candidate is not one of the employer's people yet: the answer is given on Vacatures.
  referral: () => "/vacatures",
} as const satisfies Record<(typeof EMPLOYER_NOTIFICATION_KINDS)[number], (personId: string) => string>;

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
 * and holds every review (from core's REVIEW_NOTICE_DAYS before its date, and once it is overdue); an
 * admin holds every review, the schools' answers of the last 30 days that
 * still wait at step 7 and the region's open referrals. What waits is core's decision (`awaitedSignature`,
 * `isReviewDue`, `isSchoolAnswerWaiting`): an item is there while the work waits and gone once it is done. The to-do list and the notifications both read it.
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

  const [ratings, reviews, answers, referrals] = await Promise.all([
    trainer || manager
      ? prisma.evidence.findMany({
          where: {
            // The scope's own condition is on `person` too: side by side under AND, neither replaces the other.
            AND: [
              scopeEvidenceForEmployer(organizationId),
              { kind: SIGNED_BY_EMPLOYER, coSignedAt: null, supersededBy: null, person: activePerson },
            ],
          },
          select: {
            kind: true,
            signedAt: true,
            coSignedAt: true,
            signedByUserId: true,
            supersededBy: { select: { id: true } },
            recordedByUserId: true,
            developmentPath: { select: { workplaceTrainerUserId: true } },
            person: nameOnly,
          },
          orderBy: { createdAt: "asc" },
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
          select: { nextReviewAt: true, lastReviewedAt: true, person: nameOnly },
          orderBy: { nextReviewAt: "asc" },
        })
      : [],
    admin
      ? prisma.trainingRequest.findMany({
          where: {
            ...scopeOwnedByEmployer(organizationId),
            status: { in: ["ACCEPTED", "DECLINED"] },
            respondedAt: { gte: addDays(dateColumn(date), -ANSWER_DAYS) },
            // The answer is taken up at step 7 of the path it was asked for.
            developmentPath: { status: "ACTIVE", currentStep: 7 },
          },
          select: {
            status: true,
            respondedAt: true,
            proposalAcceptedAt: true,
            developmentPath: { select: { trainingRequests: { select: { createdAt: true } } } },
            school: { select: { name: true } },
            person: nameOnly,
          },
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

  const awaited = (kind: "sign" | "coSign") =>
    ratings.filter((e) => {
      const signature = awaitedSignature(ratingSignatures(e, me));
      if (kind === "coSign") return manager && signature === "coSign";
      const mine = e.recordedByUserId === me || e.developmentPath?.workplaceTrainerUserId === me;
      return trainer && signature === "sign" && mine;
    });
  const toSign = (kind: "sign" | "coSign"): Notification[] =>
    perPerson(awaited(kind)).map(([personId, { name, count }]) => ({
      kind,
      personId,
      name,
      count,
      on: null,
      overdue: false,
      detail: null,
      link: EMPLOYER_TODO_PAGES[kind](personId),
    }));
  return [
    ...toSign("sign"),
    ...toSign("coSign"),
    ...reviews
      .filter((p) =>
        isReviewDue(
          { nextReviewOn: isoDate(p.nextReviewAt!), lastReviewedOn: isoDateOrNull(p.lastReviewedAt) },
          date,
          REVIEW_NOTICE_DAYS,
        ),
      )
      .map((p) => ({
        kind: "review" as const,
        personId: p.person.id,
        name: personName(p.person),
        count: 1,
        on: isoDate(p.nextReviewAt!),
        overdue: isoDate(p.nextReviewAt!) < date,
        detail: null,
        link: EMPLOYER_TODO_PAGES.review(p.person.id),
      })),
    ...answers
      .filter((r) =>
        isSchoolAnswerWaiting({
          status: r.status,
          proposalAccepted: r.proposalAcceptedAt !== null,
          followedByRequest: r.developmentPath!.trainingRequests.some(
            (later) => later.createdAt > r.respondedAt!,
          ),
        }),
      )
      .map((r) => ({
        kind: "schoolAnswer" as const,
        personId: r.person.id,
        name: personName(r.person),
        count: 1,
        on: isoDate(r.respondedAt!),
        overdue: false,
        detail: r.school.name,
        link: EMPLOYER_TODO_PAGES.schoolAnswer(r.person.id),
      })),
    // Only what the employer can answer now: a referral whose consent was withdrawn names no one.
    ...referrals
      .filter((r) => referralAccessNow(r).answerable)
      .map((r) => ({
        kind: "referral" as const,
        personId: null,
        name: personName(r.person),
        count: 1,
        on: isoDate(r.createdAt),
        overdue: false,
        detail: r.vacancy?.title ?? null,
        link: EMPLOYER_TODO_PAGES.referral(),
      })),
  ];
}
