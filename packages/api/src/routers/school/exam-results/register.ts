import { childcareCatalog, examResultMoveProblems, examScopeProblems } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { dateColumn, plausibleDate, today } from "../../../shared/dates.ts";
import { examOutcomeSchema } from "../_shared/exam-results.ts";
import { fieldError } from "../../../shared/field-error.ts";
import { schoolLearnerWhere } from "../_shared/school-learners.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { logExamResultMove } from "./result-log.ts";
import { notFound } from "../../../shared/own.ts";

/**
 * Registers one exam (one werkproces, several of one credential, or one part of a qualification's
 * generiek deel) for one or more learners at
 * once, all in one transaction: a learner given an outcome is assessed straight away (the log shows
 * both moves), the others stay registered until the examinator records what the exam showed.
 */
export const register = schoolProcedure
  .meta({ action: "assessExamResults" })
  .input(
    z.object({
      credentialId: z.string().min(1),
      workProcessIds: z.array(z.string().min(1)).max(60),
      /** Instead of werkprocessen: one part of the qualification's generiek deel, e.g. "Rekenen". */
      generiekDeelPart: z.string().trim().min(1).max(100).nullable().default(null),
      title: z.string().trim().min(1, "Geef het examen een naam.").max(200),
      assessedOn: plausibleDate("examendatum", 1).nullable(),
      entries: z
        .array(
          z.object({
            personId: z.string().min(1),
            enrolmentId: z.string().min(1).nullable(),
            outcome: examOutcomeSchema.nullable(),
            note: z.string().trim().max(2000).nullable(),
          }),
        )
        .min(1, "Kies minstens één deelnemer.")
        .max(200),
    }),
  )
  .output(z.object({ ids: z.array(z.string()) }))
  .mutation(async ({ ctx, input }) => {
    const personIds = [...new Set(input.entries.map((e) => e.personId))];
    if (personIds.length !== input.entries.length)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Elke deelnemer staat één keer in de lijst." });
    const learners = await ctx.prisma.person.count({
      where: { AND: [{ id: { in: personIds } }, schoolLearnerWhere(ctx.organizationId)] },
    });
    const enrolmentIds = input.entries.flatMap((e) => (e.enrolmentId ? [e.enrolmentId] : []));
    const enrolments = await ctx.prisma.enrolment.findMany({
      where: { id: { in: enrolmentIds }, ...scopeOwnedBySchool(ctx.organizationId) },
      select: { id: true, personId: true },
    });
    const enrolmentOwner = new Map(enrolments.map((e) => [e.id, e.personId]));
    if (
      learners !== personIds.length ||
      input.entries.some((e) => e.enrolmentId && enrolmentOwner.get(e.enrolmentId) !== e.personId)
    )
      throw notFound("learners");
    requireAction(ctx, "Alleen een examinator legt examenresultaten vast.");
    const scope = examScopeProblems(childcareCatalog, input.credentialId, input);
    if (scope.length)
      throw fieldError(
        input.generiekDeelPart === null ? "workProcessIds" : "generiekDeelPart",
        scope.join(" "),
      );
    if (!input.assessedOn && input.entries.some((e) => e.outcome))
      throw fieldError("assessedOn", "Vul de examendatum in: een uitslag hoort bij een datum.");

    const ids = await ctx.prisma.$transaction(async (tx) => {
      const created: string[] = [];
      for (const entry of input.entries) {
        const result = await tx.examResult.create({
          data: {
            schoolOrganizationId: ctx.organizationId,
            personId: entry.personId,
            enrolmentId: entry.enrolmentId,
            credentialId: input.credentialId,
            workProcessIds: input.workProcessIds,
            generiekDeelPart: input.generiekDeelPart,
            title: input.title,
            note: entry.note || null,
            ...(input.assessedOn ? { assessedOn: dateColumn(input.assessedOn) } : {}),
          },
        });
        await logExamResultMove(tx, ctx, { examResultId: result.id, from: null, to: "REGISTERED" });
        if (entry.outcome) {
          const problems = examResultMoveProblems(
            { status: "REGISTERED", outcome: null, assessedOn: null },
            "assess",
            { outcome: entry.outcome, assessedOn: input.assessedOn, asOf: today() },
          );
          if (problems.length) throw fieldError("assessedOn", problems.join(" "));
          await tx.examResult.update({
            where: { id: result.id },
            data: { status: "ASSESSED", outcome: entry.outcome },
          });
          await logExamResultMove(tx, ctx, { examResultId: result.id, from: "REGISTERED", to: "ASSESSED" });
        }
        created.push(result.id);
      }
      return created;
    });
    return { ids };
  });
