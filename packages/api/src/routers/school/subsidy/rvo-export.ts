import {
  childcareCatalog,
  currentEntries,
  findCredentialCrebo,
  isPokOpenForEvidence,
  isSubsidisedRoute,
  monthlyTotals,
  rvoUpload,
  type RvoLearner,
} from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireRole } from "../../../shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { dateColumn, isoDate, isoDateOrNull, plausibleDate } from "../../../shared/dates.ts";
import { toCoreLearningRoute } from "../../../shared/enums.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { pokPeriod, pokPeriodInclude } from "./pok-period.ts";

export const rvoExportInput = z
  .object({
    from: plausibleDate("begindatum", 1),
    to: plausibleDate("einddatum", 2),
    /** The chosen learners; none: every BBL and derde-leerweg learner with a signed POK in the period. */
    enrolmentIds: z.array(z.string().min(1)).max(500).optional(),
  })
  .refine((v) => v.from <= v.to, { path: ["to"], message: "De einddatum ligt niet vóór de begindatum." });

/**
 * The RVO upload for the praktijkleren subsidy: one row per learner with a signed POK, with attendance
 * and coaching over the period, in files of at most 5 learners (core's layout). Recorded in the audit log.
 */
export const rvoExport = schoolProcedure
  .input(rvoExportInput)
  .output(
    z.object({
      files: z.array(
        z.object({
          name: z.string(),
          header: z.array(z.string()),
          rows: z.array(z.array(z.union([z.string(), z.number()]))),
        }),
      ),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    requireRole(
      ctx.roles,
      ["TRAINING_ADVISOR", "TEACHER"],
      "Alleen een opleidingsadviseur of docent maakt de export voor RVO.",
    );
    const inPeriod = { gte: dateColumn(input.from), lte: dateColumn(input.to) };
    const enrolments = await ctx.prisma.enrolment.findMany({
      where: {
        AND: [
          scopeOwnedBySchool(ctx.organizationId),
          input.enrolmentIds
            ? { id: { in: input.enrolmentIds } }
            : {
                learningRoute: { in: ["BBL", "DERDE_LEERWEG"] },
                pokSignedOn: { not: null },
                pokStartDate: { lte: dateColumn(input.to) },
                OR: [{ pokEndDate: null }, { pokEndDate: { gte: dateColumn(input.from) } }],
              },
        ],
      },
      include: {
        person: { select: { givenName: true, familyName: true } },
        employer: { select: { name: true, registryNumber: true } },
        school: { select: { name: true, registryNumber: true } },
        ...pokPeriodInclude,
        attendance: { where: { date: inPeriod } },
        coaching: { where: { date: inPeriod } },
      },
      orderBy: [{ person: { familyName: "asc" } }, { person: { givenName: "asc" } }],
    });
    if (input.enrolmentIds && enrolments.length !== new Set(input.enrolmentIds).size)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "Een gekozen inschrijving bestaat niet of hoort niet bij jouw school.",
      });
    const refused = enrolments.filter(
      (e) =>
        !isPokOpenForEvidence(pokPeriod(e).status) ||
        !isSubsidisedRoute(toCoreLearningRoute(e.learningRoute)),
    );
    if (refused.length)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Alleen deelnemers in de bbl of derde leerweg met een getekende POK gaan naar RVO; niet: ${refused.map((e) => personName(e.person)).join(", ")}.`,
      });
    if (enrolments.length === 0)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Er zijn geen deelnemers met een getekende POK in die periode.",
      });
    const learners: RvoLearner[] = enrolments.map((e) => {
      const totals = monthlyTotals(
        currentEntries(e.attendance).map((a) => ({
          date: isoDate(a.date),
          present: a.present,
          hoursPresent: a.hoursPresent,
        })),
        currentEntries(e.coaching).map((c) => ({ date: isoDate(c.date), minutes: c.minutes })),
      );
      const sum = (key: "hoursPresent" | "daysAbsent" | "coachingSessions" | "coachingMinutes") =>
        totals.reduce((total, month) => total + month[key], 0);
      return {
        learnerName: personName(e.person),
        employerName: e.employer.name,
        employerRegistryNumber: e.employer.registryNumber,
        schoolName: e.school.name,
        schoolRegistryNumber: e.school.registryNumber,
        crebo: findCredentialCrebo(childcareCatalog, e.credentialId),
        credentialTitle: credentialTitle(e.credentialId),
        learningRoute: toCoreLearningRoute(e.learningRoute),
        pokSignedOn: isoDateOrNull(e.pokSignedOn),
        pokStartDate: isoDateOrNull(e.pokStartDate),
        pokEndDate: isoDateOrNull(e.pokEndDate),
        periodFrom: input.from,
        periodTo: input.to,
        hoursPresent: sum("hoursPresent"),
        daysAbsent: sum("daysAbsent"),
        coachingSessions: sum("coachingSessions"),
        coachingMinutes: sum("coachingMinutes"),
      };
    });
    await audit(ctx.prisma, {
      actorUserId: ctx.session.userId,
      organizationId: ctx.organizationId,
      action: "subsidy.rvoExport",
      entityType: "Enrolment",
      data: { from: input.from, to: input.to, enrolmentIds: enrolments.map((e) => e.id) },
      ip: ctx.ip,
    });
    return { files: rvoUpload(learners, input.from, input.to) };
  });
