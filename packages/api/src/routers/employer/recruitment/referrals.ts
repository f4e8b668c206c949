import { ANSWERABLE_REFERRAL_STATUSES, childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, scopeReferralsForEmployer, type Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { referralAccessNow, referralPersonFacts } from "../../../shared/consent.ts";
import { dateColumn, isoDate, plausibleDate } from "../../../shared/dates.ts";
import { referralStatusSchema } from "../../../shared/enums.ts";
import { personName } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";

/** The answer to accepting or declining a referral without the consent to share with this employer. */
const REFERRAL_WITHDRAWN_MESSAGE =
  "Deze voordracht is teruggetrokken: de kandidaat deelt de gegevens niet (meer) met jouw organisatie. Neem contact op met het regioloket als je de kandidaat toch wilt spreken.";

/**
 * Candidates the region desks referred to this employer, newest first. A candidate's name and the
 * desk's motivation are shown only while the consent to share with this employer is in force; after
 * a hire the employer's own person record stays (the employment is its basis). Any other referral
 * is shown as withdrawn, without personal data.
 */
export const listReferrals = employerProcedure
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
      include: { person: referralPersonFacts, region: true, partner: true, vacancy: true },
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
        status: withdrawn ? ("WITHDRAWN" as const) : r.status,
        responseNote: withdrawn ? null : r.responseNote,
        referredOn: isoDate(r.createdAt),
        // Only a hired candidate is one of the employer's own people with a page of their own.
        personId: !withdrawn && r.status === "HIRED" ? r.personId : null,
        answerable,
      };
    });
  });

/**
 * Accepting hires the candidate: they join the team with an employment and a path at step 1, in one
 * transaction with the answer. Declining needs a reason the region desk can act on. Both need the
 * candidate's consent to share with this employer in force at that moment: a withdrawn referral is
 * refused.
 */
export const respondToReferral = employerProcedure
  .meta({ action: "employerMember" })
  .input(
    z.discriminatedUnion("decision", [
      z.object({
        referralId: z.string().min(1),
        decision: z.literal("accept"),
        functionId: z
          .string()
          .refine((id) => findFunction(childcareCatalog, id) !== undefined, "Kies een functie uit de lijst."),
        locationId: z.string().min(1).optional(),
        hoursPerWeek: z
          .number({ error: "Vul het aantal uren per week in." })
          .positive("Vul meer dan 0 uur in.")
          .max(60, "Meer dan 60 uur per week kan niet."),
        contractStart: plausibleDate("startdatum", 2),
        contractEnd: plausibleDate("einddatum", 10).optional(),
        note: z.string().trim().max(1000).optional(),
      }),
      z.object({
        referralId: z.string().min(1),
        decision: z.literal("decline"),
        note: z.string().trim().min(5, "Geef de reden van de afwijzing (minstens 5 tekens).").max(1000),
      }),
    ]),
  )
  .output(z.object({ status: referralStatusSchema, personId: z.string().nullable() }))
  .mutation(async ({ ctx, input }) => {
    if (input.decision === "decline") {
      await ctx.prisma.$transaction(async (tx) => {
        const referral = await answerableReferral(tx, input.referralId, ctx.organizationId);
        await storeAnswer(tx, referral.id, {
          status: "DECLINED",
          responseNote: input.note,
          respondedAt: new Date(),
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "referral.decline",
          entityType: "Referral",
          entityId: referral.id,
          ip: ctx.ip,
        });
      });
      return { status: "DECLINED" as const, personId: null };
    }
    if (input.contractEnd && input.contractEnd < input.contractStart)
      throw new TRPCError({ code: "BAD_REQUEST", message: "De einddatum ligt voor de startdatum." });
    if (
      input.locationId &&
      !(await ctx.prisma.location.findFirst({
        where: { id: input.locationId, ...scopeOwnedByEmployer(ctx.organizationId) },
      }))
    ) {
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "Deze locatie hoort niet bij jouw organisatie. Kies een eigen locatie.",
      });
    }
    const personId = await ctx.prisma.$transaction(async (tx) => {
      const referral = await answerableReferral(tx, input.referralId, ctx.organizationId);
      const employer = referral.person.employerOrganizationId;
      if (employer && employer !== ctx.organizationId) {
        throw new TRPCError({
          code: "CONFLICT",
          message:
            "Deze kandidaat is inmiddels bij een andere werkgever in dienst. Neem contact op met het regioloket.",
        });
      }
      await storeAnswer(tx, referral.id, {
        status: "HIRED",
        responseNote: input.note || null,
        respondedAt: new Date(),
      });
      await tx.person.update({
        where: { id: referral.personId },
        data: { employerOrganizationId: ctx.organizationId, kind: "STAFF" },
      });
      await tx.employment.create({
        data: {
          personId: referral.personId,
          employerOrganizationId: ctx.organizationId,
          locationId: input.locationId ?? null,
          functionId: input.functionId,
          hoursPerWeek: input.hoursPerWeek,
          contractStart: dateColumn(input.contractStart),
          contractEnd: input.contractEnd ? dateColumn(input.contractEnd) : null,
        },
      });
      await tx.developmentPath.create({
        data: { personId: referral.personId, employerOrganizationId: ctx.organizationId },
      });
      if (referral.vacancyId) {
        const vacancy = await tx.vacancy.findUniqueOrThrow({
          where: { id: referral.vacancyId },
          include: { _count: { select: { referrals: { where: { status: "HIRED" } } } } },
        });
        if (vacancy.status === "OPEN" && vacancy._count.referrals >= vacancy.openings)
          await tx.vacancy.update({ where: { id: vacancy.id }, data: { status: "FILLED" } });
      }
      await audit(tx, {
        actorUserId: ctx.session.userId,
        organizationId: ctx.organizationId,
        action: "referral.accept",
        entityType: "Referral",
        entityId: referral.id,
        data: { personId: referral.personId },
        ip: ctx.ip,
      });
      return referral.personId;
    });
    return { status: "HIRED" as const, personId };
  });

/**
 * The referral, addressed to this employer and answerable now, read in the answer's transaction:
 * another organisation's is NOT_FOUND; one whose consent to share with this employer is not in force
 * is refused as withdrawn; one already answered is refused.
 */
async function answerableReferral(tx: Prisma.TransactionClient, referralId: string, organizationId: string) {
  const referral = await tx.referral.findFirst({
    where: { AND: [{ id: referralId }, scopeReferralsForEmployer(organizationId)] },
    include: { person: referralPersonFacts },
  });
  if (!referral)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "Deze voordracht bestaat niet of is niet aan jouw organisatie gericht.",
    });
  const { view, answerable } = referralAccessNow(referral);
  if (view === "withdrawn") throw new TRPCError({ code: "FORBIDDEN", message: REFERRAL_WITHDRAWN_MESSAGE });
  if (!answerable)
    throw new TRPCError({ code: "BAD_REQUEST", message: "Op deze voordracht is al gereageerd." });
  return referral;
}

/**
 * Stores the employer's answer only while the referral is still open, so a withdrawal (or a
 * colleague's answer) committed after it was read wins instead of being overwritten.
 */
async function storeAnswer(
  tx: Prisma.TransactionClient,
  referralId: string,
  data: { status: "HIRED" | "DECLINED"; responseNote: string | null; respondedAt: Date },
) {
  const { count } = await tx.referral.updateMany({
    where: { id: referralId, status: { in: [...ANSWERABLE_REFERRAL_STATUSES] } },
    data,
  });
  if (count === 0)
    throw new TRPCError({
      code: "CONFLICT",
      message: "Deze voordracht is intussen gewijzigd. Laad de pagina opnieuw en bekijk de voordracht.",
    });
}
