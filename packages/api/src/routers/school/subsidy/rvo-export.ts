import { assertForRvo, currentRecords, monthlyTotals, rvoUpload, type RvoLearner } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { dateColumn, isoDate, isoDateOrNull, plausibleDate } from "../../../shared/dates.ts";
import { judgeEach } from "../../../shared/judge-each.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { pokPeriodInclude, rvoPokFacts, SUBSIDISED_POK } from "./pok-period.ts";
import { notFound } from "../../../shared/own.ts";

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
 * and coaching over the period, in files of at most 5 learners (core's layout). A learner core keeps
 * out of the upload (a POK withdrawn after signing, one without a start date) does not stop the others:
 * they are listed in `skipped` with the reason. Recorded in the audit log.
 */
export const rvoExport = schoolProcedure
  .meta({ action: "recordSubsidyEvidence" })
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
      /** The learners left out of the upload, with core's reason. */
      skipped: z.array(z.object({ enrolmentId: z.string(), person: z.string(), problem: z.string() })),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur of docent maakt de export voor RVO.");
    const inPeriod = { gte: dateColumn(input.from), lte: dateColumn(input.to) };
    const enrolments = await ctx.prisma.enrolment.findMany({
      where: {
        AND: [
          scopeOwnedBySchool(ctx.organizationId),
          input.enrolmentIds
            ? { id: { in: input.enrolmentIds } }
            : {
                ...SUBSIDISED_POK,
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
      throw notFound("enrolments");
    const judged = judgeEach(enrolments, (e): RvoLearner => {
      const facts = rvoPokFacts(e);
      assertForRvo(facts);
      const totals = monthlyTotals(
        currentRecords(e.attendance).map((a) => ({
          date: isoDate(a.date),
          present: a.present,
          hoursPresent: a.hoursPresent,
        })),
        currentRecords(e.coaching).map((c) => ({ date: isoDate(c.date), minutes: c.minutes })),
      );
      const sum = (key: "hoursPresent" | "daysAbsent" | "coachingSessions" | "coachingMinutes") =>
        totals.reduce((total, month) => total + month[key], 0);
      return {
        learnerName: personName(e.person),
        employerName: e.employer.name,
        employerRegistryNumber: e.employer.registryNumber,
        schoolName: e.school.name,
        schoolRegistryNumber: e.school.registryNumber,
        crebo: facts.crebo,
        credentialTitle: credentialTitle(e.credentialId),
        learningRoute: facts.learningRoute,
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
    const learners = judged.flatMap(({ judgement }) => (judgement ? [judgement] : []));
    const skipped = judged.flatMap(({ row, problem }) =>
      problem === null ? [] : [{ enrolmentId: row.id, person: personName(row.person), problem }],
    );
    if (learners.length === 0)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: skipped.length
          ? `Geen van de deelnemers kan naar RVO. ${skipped.map((s) => `${s.person}: ${s.problem}`).join(" ")}`
          : "Er zijn geen deelnemers met een getekende POK in die periode.",
      });
    await audit(ctx.prisma, ctx, "subsidy.rvoExport", {
      entity: "Enrolment",
      details: {
        from: input.from,
        to: input.to,
        enrolmentIds: judged.flatMap(({ row, judgement }) => (judgement ? [row.id] : [])),
        skippedEnrolmentIds: skipped.map((s) => s.enrolmentId),
      },
    });
    return { files: rvoUpload(learners, input.from, input.to), skipped };
  });
