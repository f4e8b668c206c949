import { hiringEmployer } from "@ontwikkelpad/core";
import { scopeVacanciesInRegion } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { hasConsentNow } from "../../../shared/consent.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { REFER_MESSAGE, findCandidate, regionDeskProcedure } from "../_shared/region-desk.ts";
import { notFound } from "../../../shared/own.ts";
import { today } from "../../../shared/dates.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";

/**
 * Refers a candidate to an employer's open vacancy. The candidate's consent to share with that named
 * employer is recorded with it (unless one is in force already); only from here on, and only while
 * that consent is in force, does the employer see the person.
 */
export const send = regionDeskProcedure
  .meta({ action: "referCandidates" })
  .input(
    z.object({
      candidateId: z.string().min(1),
      vacancyId: z.string().min(1),
      reason: z
        .string()
        .trim()
        .min(10, "Schrijf in een zin waarom de kandidaat past (minstens 10 tekens).")
        .max(1000),
      consentToShare: z.literal(true, {
        error:
          "Leg eerst vast dat de kandidaat toestemming geeft om de gegevens met deze werkgever te delen.",
      }),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, REFER_MESSAGE);
    const candidate = await findCandidate(ctx, input.candidateId);
    const vacancy = await ctx.prisma.vacancy.findFirst({
      where: { AND: [{ id: input.vacancyId }, scopeVacanciesInRegion(ctx.regionOrganizationId)] },
    });
    if (!vacancy) throw notFound("vacancyInRegion");
    if (vacancy.status !== "OPEN")
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Deze vacature is niet meer open. Kies een andere.",
      });
    const hiredBy = hiringEmployer(
      (
        await ctx.prisma.referral.findMany({
          where: { personId: candidate.personId, regionOrganizationId: ctx.regionOrganizationId },
          select: { status: true, employer: { select: { name: true } } },
        })
      ).map((r) => ({ status: r.status, employer: r.employer.name })),
    );
    if (hiredBy)
      throw new TRPCError({
        code: "CONFLICT",
        message: `De kandidaat is al aangenomen bij ${hiredBy}: voordragen bij een andere vacature kan niet meer.`,
      });
    const existing = await ctx.prisma.referral.findFirst({
      where: {
        personId: candidate.personId,
        vacancyId: vacancy.id,
        status: { in: ["PROPOSED", "INTRODUCED", "HIRED"] },
      },
    });
    if (existing)
      throw new TRPCError({
        code: "CONFLICT",
        message: "Deze kandidaat is al voor deze vacature voorgedragen.",
      });
    return ctx.prisma.$transaction(async (tx) => {
      // The employer sees the candidate only while this consent is in force: record the one the
      // candidate gives now, unless one to this employer is already in force.
      if (!hasConsentNow(candidate.person, "SHARE_WITH_EMPLOYER", vacancy.employerOrganizationId))
        await tx.consentRecord.create({
          data: {
            personId: candidate.personId,
            organizationId: vacancy.employerOrganizationId,
            purpose: "SHARE_WITH_EMPLOYER",
            givenAt: new Date(),
            recordedByUserId: ctx.session.userId,
          },
        });
      const referral = await tx.referral.create({
        data: {
          regionOrganizationId: ctx.regionOrganizationId,
          employerOrganizationId: vacancy.employerOrganizationId,
          partnerOrganizationId: candidate.partnerOrganizationId,
          personId: candidate.personId,
          vacancyId: vacancy.id,
          reason: input.reason,
          createdByUserId: ctx.session.userId,
        },
      });
      await audit(tx, ctx, "referral.send", {
        entity: "Referral",
        entityId: referral.id,
        details: { candidateId: candidate.id, vacancyId: vacancy.id },
      });
      await recordNotificationMail(tx, vacancy.employerOrganizationId, today());
      return { id: referral.id };
    });
  });
