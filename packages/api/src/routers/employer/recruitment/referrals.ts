import { childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, scopeReferralsForEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, isoDate, plausibleDate } from "../../../shared/dates.ts";
import { referralStatusSchema } from "../../../shared/enums.ts";
import { personName } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";

const ANSWERABLE = ["PROPOSED", "INTRODUCED"] as const;

/** Candidates the region desks referred to this employer, newest first. */
export const listReferrals = employerProcedure
  .input(z.void())
  .output(
    z.array(
      z.object({
        id: z.string(),
        candidate: z.string(),
        region: z.string(),
        partner: z.string().nullable(),
        vacancy: z.string().nullable(),
        reason: z.string().nullable(),
        status: referralStatusSchema,
        responseNote: z.string().nullable(),
        referredOn: z.iso.date(),
        personId: z.string().nullable(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const referrals = await ctx.prisma.referral.findMany({
      where: scopeReferralsForEmployer(ctx.organizationId),
      include: { person: true, region: true, partner: true, vacancy: true },
      orderBy: { createdAt: "desc" },
    });
    return referrals.map((r) => ({
      id: r.id,
      candidate: personName(r.person),
      region: r.region.name,
      partner: r.partner?.name ?? null,
      vacancy: r.vacancy?.title ?? null,
      reason: r.reason,
      status: r.status,
      responseNote: r.responseNote,
      referredOn: isoDate(r.createdAt),
      // Only a hired candidate is one of the employer's own people with a page of their own.
      personId: r.status === "HIRED" ? r.personId : null,
    }));
  });

/**
 * Accepting hires the candidate: they join the team with an employment and a path at step 1, in one
 * transaction with the answer. Declining needs a reason the region desk can act on.
 */
export const respondToReferral = employerProcedure
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
    const referral = await ctx.prisma.referral.findFirst({
      where: { AND: [{ id: input.referralId }, scopeReferralsForEmployer(ctx.organizationId)] },
    });
    if (!referral)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "Deze voordracht bestaat niet of is niet aan jouw organisatie gericht.",
      });
    if (!(ANSWERABLE as readonly string[]).includes(referral.status))
      throw new TRPCError({ code: "BAD_REQUEST", message: "Op deze voordracht is al gereageerd." });
    if (input.decision === "decline") {
      await ctx.prisma.$transaction(async (tx) => {
        await tx.referral.update({
          where: { id: referral.id },
          data: { status: "DECLINED", responseNote: input.note, respondedAt: new Date() },
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
    await ctx.prisma.$transaction(async (tx) => {
      const person = await tx.person.findUniqueOrThrow({ where: { id: referral.personId } });
      if (person.employerOrganizationId && person.employerOrganizationId !== ctx.organizationId) {
        throw new TRPCError({
          code: "CONFLICT",
          message:
            "Deze kandidaat is inmiddels bij een andere werkgever in dienst. Neem contact op met het regioloket.",
        });
      }
      await tx.referral.update({
        where: { id: referral.id },
        data: { status: "HIRED", responseNote: input.note || null, respondedAt: new Date() },
      });
      await tx.person.update({
        where: { id: person.id },
        data: { employerOrganizationId: ctx.organizationId, kind: "STAFF" },
      });
      await tx.employment.create({
        data: {
          personId: person.id,
          employerOrganizationId: ctx.organizationId,
          locationId: input.locationId ?? null,
          functionId: input.functionId,
          hoursPerWeek: input.hoursPerWeek,
          contractStart: dateColumn(input.contractStart),
          contractEnd: input.contractEnd ? dateColumn(input.contractEnd) : null,
        },
      });
      await tx.developmentPath.create({
        data: { personId: person.id, employerOrganizationId: ctx.organizationId },
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
        data: { personId: person.id },
        ip: ctx.ip,
      });
    });
    return { status: "HIRED" as const, personId: referral.personId };
  });
