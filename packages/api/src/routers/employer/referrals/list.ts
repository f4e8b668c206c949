import { scopeReferralsForEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { referralAccessNow } from "../../../shared/consent.ts";
import { isoDate } from "../../../shared/dates.ts";
import { referralStatusSchema } from "../../../shared/enums.ts";
import { personName } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";
import { referralIntake, referralIntakeSchema, referralPersonWithIntake } from "./intake.ts";

/**
 * Candidates the region desks referred to this employer, newest first. A candidate's name and the
 * desk's motivation are shown only while the consent to share with this employer is in force; after
 * a hire the employer's own person record stays (the employment is its basis). Any other referral
 * is shown as withdrawn, without personal data. The region's intake that matters for hiring (and the
 * route of its given advice) travels with the referral on the same condition: the consent to share.
 */
export const list = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.void())
  .output(
    z.array(
      z.object({
        id: z.string(),
        /** Null when the referral is withdrawn: no personal data. */
        candidate: z.string().nullable(),
        /** The candidate's name parts, for ordering by family name. */
        candidateName: z.object({ givenName: z.string(), familyName: z.string() }).nullable(),
        region: z.string(),
        partner: z.string().nullable(),
        vacancy: z.string().nullable(),
        /** What the vacancy offers, for the employment of a hired candidate. */
        vacancyTerms: z
          .object({ functionId: z.string(), locationId: z.string().nullable(), hoursPerWeek: z.number() })
          .nullable(),
        reason: z.string().nullable(),
        /** Null without the consent to share with this employer in force. */
        intake: referralIntakeSchema.nullable(),
        status: referralStatusSchema,
        responseNote: z.string().nullable(),
        referredOn: z.iso.date(),
        personId: z.string().nullable(),
        /** Whether the employer can accept or decline it now. */
        answerable: z.boolean(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const referrals = await ctx.prisma.referral.findMany({
      where: scopeReferralsForEmployer(ctx.organizationId),
      include: { person: referralPersonWithIntake, region: true, partner: true, vacancy: true },
      orderBy: { createdAt: "desc" },
    });
    return referrals.map((r) => {
      const { view, answerable } = referralAccessNow(r);
      const withdrawn = view === "withdrawn";
      const shared = view === "shared";
      return {
        id: r.id,
        candidate: withdrawn ? null : personName(r.person),
        candidateName: withdrawn ? null : { givenName: r.person.givenName, familyName: r.person.familyName },
        region: r.region.name,
        partner: shared ? (r.partner?.name ?? null) : null,
        vacancy: r.vacancy?.title ?? null,
        vacancyTerms:
          answerable && r.vacancy
            ? {
                functionId: r.vacancy.functionId,
                locationId: r.vacancy.locationId,
                hoursPerWeek: r.vacancy.hoursPerWeek,
              }
            : null,
        reason: shared ? r.reason : null,
        intake: shared ? referralIntake(r.person.registration, r.regionOrganizationId) : null,
        status: withdrawn ? ("WITHDRAWN" as const) : r.status,
        responseNote: withdrawn ? null : r.responseNote,
        referredOn: isoDate(r.createdAt),
        // Only a hired candidate is one of the employer's own people with a page of their own.
        personId: !withdrawn && r.status === "HIRED" ? r.personId : null,
        answerable,
      };
    });
  });
