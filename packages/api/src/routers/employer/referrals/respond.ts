import { childcareCatalog, findFunction, RECORDED_LANGUAGE_LEVELS } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate } from "../../../shared/dates.ts";
import { referralStatusSchema } from "../../../shared/enums.ts";
import { readStartingPoint, startingPointSchema } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";
import { answerableReferral, storeAnswer } from "./answer.ts";
import { referralIntake } from "./intake.ts";
import { ownLocation } from "../_shared/access.ts";

/**
 * Accepting hires the candidate: they join the team with an employment, the startpunt HR confirmed
 * (language level with its source, experience; prefilled from the region's intake) and a path at
 * step 1 that starts from the route of the region's given advice, in one transaction with the answer. Declining needs a reason the region desk can act on. Both need the
 * candidate's consent to share with this employer in force at that moment: a withdrawn referral is
 * refused.
 */
export const respond = employerProcedure
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
        /** The startpunt HR confirms, prefilled from the region's intake. */
        languageLevel: z.enum(RECORDED_LANGUAGE_LEVELS).nullable().optional(),
        languageSource: z.string().trim().max(200).nullable().optional(),
        experienceYears: z
          .number({ error: "Vul het aantal jaren werkervaring in." })
          .min(0, "Vul 0 jaar of meer in.")
          .max(60, "Vul een aantal jaren tot 60 in.")
          .optional(),
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
        await audit(tx, ctx, "referral.decline", { entity: "Referral", entityId: referral.id });
      });
      return { status: "DECLINED" as const, personId: null };
    }
    if (input.contractEnd && input.contractEnd < input.contractStart)
      throw new TRPCError({ code: "BAD_REQUEST", message: "De einddatum ligt voor de startdatum." });
    await ownLocation(ctx, input.locationId);
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
      const stored = await tx.person.findUniqueOrThrow({
        where: { id: referral.personId },
        select: { profile: true },
      });
      const profile = startingPointSchema.parse({
        ...readStartingPoint(stored.profile),
        ...(input.languageLevel !== undefined ? { languageLevel: input.languageLevel } : {}),
        ...(input.languageSource !== undefined ? { languageSource: input.languageSource || null } : {}),
        ...(input.experienceYears !== undefined ? { experienceYears: input.experienceYears } : {}),
      });
      await tx.person.update({
        where: { id: referral.personId },
        data: { employerOrganizationId: ctx.organizationId, kind: "STAFF", profile },
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
      // The consent to share is in force (the referral is answerable), so the advice travels with it.
      const advised = referralIntake(
        referral.person.registration,
        referral.regionOrganizationId,
      )?.advisedRoute;
      await tx.developmentPath.create({
        data: {
          personId: referral.personId,
          employerOrganizationId: ctx.organizationId,
          ...(advised
            ? {
                goalFunctionId: advised.goalFunctionId,
                chosenRoute: advised.routeId,
                learningRoute: advised.learningRoute,
              }
            : {}),
        },
      });
      if (referral.vacancyId) {
        const vacancy = await tx.vacancy.findUniqueOrThrow({
          where: { id: referral.vacancyId },
          include: { _count: { select: { referrals: { where: { status: "HIRED" } } } } },
        });
        if (vacancy.status === "OPEN" && vacancy._count.referrals >= vacancy.openings)
          await tx.vacancy.update({ where: { id: vacancy.id }, data: { status: "FILLED" } });
      }
      await audit(tx, ctx, "referral.accept", {
        entity: "Referral",
        entityId: referral.id,
        details: { personId: referral.personId, advisedRouteId: advised?.routeId ?? null },
      });
      return referral.personId;
    });
    return { status: "HIRED" as const, personId };
  });
