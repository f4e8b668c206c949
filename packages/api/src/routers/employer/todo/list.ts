import { ANSWERABLE_REFERRAL_STATUSES, can } from "@ontwikkelpad/core";
import {
  scopeDevelopmentPathsForEmployer,
  scopeEvidenceForEmployer,
  scopeOwnedByEmployer,
  scopeReferralsForEmployer,
} from "@ontwikkelpad/db";
import { addDays } from "date-fns";
import { z } from "zod";
import { dateColumn, isoDate, today } from "../../../shared/dates.ts";
import { referralAccessNow, referralPersonFacts } from "../../../shared/consent.ts";
import { personName } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";

/** What can wait for a user: their own work first, then what the organisation receives. */
export const TODO_KINDS = ["sign", "coSign", "review", "schoolAnswer", "referral"] as const;

/** How far ahead a review counts as due, and how long a school's answer stays on the list. */
const REVIEW_HORIZON_DAYS = 30;
const ANSWER_DAYS = 30;

const todoItem = z.object({
  kind: z.enum(TODO_KINDS),
  /** The person it is about; null for a referral of someone not yet in the team. */
  personId: z.string().nullable(),
  name: z.string(),
  /** Ratings to (co-)sign for this person. */
  count: z.number(),
  /** Review date, or the day a school answered or the region referred. */
  on: z.iso.date().nullable(),
  overdue: z.boolean(),
  /** The school that answered, or the vacancy a candidate was referred for. */
  detail: z.string().nullable(),
});
export type TodoItem = z.infer<typeof todoItem>;

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
 * The signed-in user's to-do list in the active organisation, by role: a praktijkopleider signs the
 * ratings of their trainees and holds their reviews; a leidinggevende co-signs signed ratings and
 * holds every review; an admin holds every review, the schools' answers of the last 30 days and the
 * region's open referrals.
 */
export const list = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.void())
  .output(z.array(todoItem))
  .query(async ({ ctx }) => {
    const me = ctx.session.userId;
    const date = today();
    const trainer = can(ctx.roles, "rateWorkProcesses");
    const manager = can(ctx.roles, "coSignRatings");
    const admin = can(ctx.roles, "followUpAnswersAndReferrals");
    const activePerson = { archivedAt: null };
    const nameOnly = { select: { id: true, givenName: true, familyName: true } } as const;

    const [toSign, toCoSign, reviews, answers, referrals] = await Promise.all([
      trainer
        ? ctx.prisma.evidence.findMany({
            where: {
              // The scope's own condition is on `person` too: side by side under AND, neither replaces the other.
              AND: [
                scopeEvidenceForEmployer(ctx.organizationId),
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
        ? ctx.prisma.evidence.findMany({
            where: {
              AND: [
                scopeEvidenceForEmployer(ctx.organizationId),
                { signedAt: { not: null }, coSignedAt: null, supersededBy: null, person: activePerson },
              ],
            },
            select: { person: nameOnly },
            orderBy: { signedAt: "asc" },
          })
        : [],
      trainer || manager || admin
        ? ctx.prisma.developmentPath.findMany({
            where: {
              ...scopeDevelopmentPathsForEmployer(ctx.organizationId),
              status: "ACTIVE",
              person: activePerson,
              nextReviewAt: { lte: addDays(dateColumn(date), REVIEW_HORIZON_DAYS) },
              ...(manager || admin ? {} : { workplaceTrainerUserId: me }),
            },
            select: { nextReviewAt: true, person: nameOnly },
            orderBy: { nextReviewAt: "asc" },
          })
        : [],
      admin
        ? ctx.prisma.trainingRequest.findMany({
            where: {
              ...scopeOwnedByEmployer(ctx.organizationId),
              status: { in: ["ACCEPTED", "DECLINED"] },
              respondedAt: { gte: addDays(dateColumn(date), -ANSWER_DAYS) },
            },
            select: { respondedAt: true, school: { select: { name: true } }, person: nameOnly },
            orderBy: { respondedAt: "desc" },
          })
        : [],
      admin
        ? ctx.prisma.referral.findMany({
            where: {
              ...scopeReferralsForEmployer(ctx.organizationId),
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

    const ratings = (kind: "sign" | "coSign", rows: typeof toSign): TodoItem[] =>
      perPerson(rows).map(([personId, { name, count }]) => ({
        kind,
        personId,
        name,
        count,
        on: null,
        overdue: false,
        detail: null,
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
        overdue: isoDate(p.nextReviewAt!) < date,
        detail: null,
      })),
      ...answers.map((r) => ({
        kind: "schoolAnswer" as const,
        personId: r.person.id,
        name: personName(r.person),
        count: 1,
        on: isoDate(r.respondedAt!),
        overdue: false,
        detail: r.school.name,
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
        })),
    ];
  });
