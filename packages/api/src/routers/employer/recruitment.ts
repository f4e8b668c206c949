import { childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, scopeReferralsForEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../audit.ts";
import { dateColumn, isoDate, isoDateOrNull, plausibleDate, today } from "../../dates.ts";
import { employerProcedure, router } from "../../trpc.ts";
import { personName } from "../../person-profile.ts";

const vacancyStatus = z.enum(["OPEN", "FILLED", "CLOSED"]);
const referralStatus = z.enum(["PROPOSED", "INTRODUCED", "HIRED", "DECLINED", "WITHDRAWN"]);
const ANSWERABLE = ["PROPOSED", "INTRODUCED"] as const;

const vacancyInput = z.object({
  title: z.string().trim().min(3, "Geef de vacature een titel.").max(120),
  functionId: z
    .string()
    .refine((id) => findFunction(childcareCatalog, id) !== undefined, "Kies een functie uit de lijst."),
  locationId: z.string().min(1).optional(),
  hoursPerWeek: z
    .number({ error: "Vul het aantal uren per week in." })
    .positive("Vul meer dan 0 uur in.")
    .max(60, "Meer dan 60 uur per week kan niet."),
  openings: z.number().int().min(1, "Minstens 1 plaats.").max(50),
  description: z.string().trim().max(4000).optional(),
  closesOn: plausibleDate("sluitingsdatum", 2).optional(),
});

export const vacanciesRouter = router({
  list: employerProcedure
    .input(z.void())
    .output(
      z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          functionTitle: z.string(),
          location: z.string().nullable(),
          hoursPerWeek: z.number(),
          openings: z.number(),
          status: vacancyStatus,
          publishedOn: z.iso.date().nullable(),
          closesOn: z.iso.date().nullable(),
          referrals: z.number(),
        }),
      ),
    )
    .query(async ({ ctx }) => {
      const vacancies = await ctx.prisma.vacancy.findMany({
        where: scopeOwnedByEmployer(ctx.organizationId),
        include: { location: true, _count: { select: { referrals: true } } },
        orderBy: [{ status: "asc" }, { publishedAt: "desc" }],
      });
      return vacancies.map((v) => ({
        id: v.id,
        title: v.title,
        functionTitle: findFunction(childcareCatalog, v.functionId)?.title ?? v.functionId,
        location: v.location?.name ?? null,
        hoursPerWeek: v.hoursPerWeek,
        openings: v.openings,
        status: v.status,
        publishedOn: isoDateOrNull(v.publishedAt),
        closesOn: isoDateOrNull(v.closesOn),
        referrals: v._count.referrals,
      }));
    }),

  /** Posts a vacancy; open vacancies are visible to the regions the employer belongs to. */
  create: employerProcedure
    .input(vacancyInput)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      if (input.closesOn && input.closesOn < today())
        throw new TRPCError({ code: "BAD_REQUEST", message: "De sluitingsdatum ligt in het verleden." });
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
      return ctx.prisma.$transaction(async (tx) => {
        const vacancy = await tx.vacancy.create({
          data: {
            employerOrganizationId: ctx.organizationId,
            locationId: input.locationId ?? null,
            functionId: input.functionId,
            title: input.title,
            description: input.description || null,
            hoursPerWeek: input.hoursPerWeek,
            openings: input.openings,
            publishedAt: new Date(),
            closesOn: input.closesOn ? dateColumn(input.closesOn) : null,
          },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "vacancy.create",
          entityType: "Vacancy",
          entityId: vacancy.id,
          ip: ctx.ip,
        });
        return { id: vacancy.id };
      });
    }),

  close: employerProcedure
    .input(z.object({ vacancyId: z.string().min(1), status: z.enum(["FILLED", "CLOSED"]) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const vacancy = await ctx.prisma.vacancy.findFirst({
        where: { id: input.vacancyId, ...scopeOwnedByEmployer(ctx.organizationId) },
      });
      if (!vacancy)
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "Deze vacature bestaat niet of hoort niet bij jouw organisatie.",
        });
      if (vacancy.status !== "OPEN")
        throw new TRPCError({ code: "BAD_REQUEST", message: "Deze vacature is al gesloten." });
      await ctx.prisma.$transaction(async (tx) => {
        await tx.vacancy.update({ where: { id: vacancy.id }, data: { status: input.status } });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "vacancy.close",
          entityType: "Vacancy",
          entityId: vacancy.id,
          data: { status: input.status },
          ip: ctx.ip,
        });
      });
      return { ok: true as const };
    }),
});

export const referralsRouter = router({
  /** Candidates the region desks referred to this employer, newest first. */
  list: employerProcedure
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
          status: referralStatus,
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
    }),

  /**
   * Accepting hires the candidate: they join the team with an employment and a path at step 1, in one
   * transaction with the answer. Declining needs a reason the region desk can act on.
   */
  respond: employerProcedure
    .input(
      z.discriminatedUnion("decision", [
        z.object({
          referralId: z.string().min(1),
          decision: z.literal("accept"),
          functionId: z
            .string()
            .refine(
              (id) => findFunction(childcareCatalog, id) !== undefined,
              "Kies een functie uit de lijst.",
            ),
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
    .output(z.object({ status: referralStatus, personId: z.string().nullable() }))
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
    }),
});
