import { examResultMoveProblems } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { dateColumn, isoDateOrNull, plausibleDate, today } from "../../../shared/dates.ts";
import { examOutcomeSchema, ownExamResult, toExamOutcome } from "../_shared/exam-results.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { logExamResultMove } from "./result-log.ts";

/**
 * Corrects an established result: a new, established result with the right outcome or date
 * supersedes it with a reason, and its evidence supersedes the old evidence per werkproces. Nothing
 * established is changed; both results stay in the list.
 */
export const correct = schoolProcedure
  .meta({ action: "establishExamResults" })
  .input(
    z.object({
      examResultId: z.string().min(1),
      outcome: examOutcomeSchema,
      assessedOn: plausibleDate("examendatum", 0),
      note: z.string().trim().max(2000).nullable(),
      reason: z.string().trim().min(1, "Geef de reden van de correctie op.").max(2000),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const old = await ownExamResult(ctx, input.examResultId);
    requireAction(ctx, "Alleen de examencommissie corrigeert een vastgesteld resultaat.");
    const problems = examResultMoveProblems(
      { status: old.status, outcome: toExamOutcome(old.outcome), assessedOn: isoDateOrNull(old.assessedOn) },
      "correct",
      { ...input, asOf: today() },
    );
    if (problems.length) throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") });

    return ctx.prisma.$transaction(async (tx) => {
      const { count } = await tx.examResult.updateMany({
        where: { id: old.id, status: "ESTABLISHED" },
        data: { status: "CORRECTED" },
      });
      if (count === 0)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Het resultaat is intussen gewijzigd. Laad de pagina opnieuw.",
        });
      const oldEvidence = await tx.evidence.findMany({ where: { id: { in: old.evidenceIds } } });
      const evidenceIds: string[] = [];
      for (const workProcessId of old.workProcessIds) {
        const row = await tx.evidence.create({
          data: {
            personId: old.personId,
            schoolOrganizationId: ctx.organizationId,
            workProcessId,
            kind: "FORMAL_EXAM",
            result: input.outcome,
            note: old.title,
            assessedOn: dateColumn(input.assessedOn),
            recordedByUserId: ctx.session.userId,
            signedAt: new Date(),
            signedByUserId: ctx.session.userId,
            supersedesId: oldEvidence.find((e) => e.workProcessId === workProcessId)?.id ?? null,
            correctionReason: input.reason,
          },
        });
        evidenceIds.push(row.id);
      }
      const corrected = await tx.examResult.create({
        data: {
          schoolOrganizationId: ctx.organizationId,
          personId: old.personId,
          enrolmentId: old.enrolmentId,
          credentialId: old.credentialId,
          workProcessIds: old.workProcessIds,
          generiekDeelPart: old.generiekDeelPart,
          title: old.title,
          status: "ESTABLISHED",
          outcome: input.outcome,
          assessedOn: dateColumn(input.assessedOn),
          note: input.note || null,
          evidenceIds,
          supersedesId: old.id,
          correctionReason: input.reason,
        },
      });
      await logExamResultMove(tx, ctx, {
        examResultId: old.id,
        from: "ESTABLISHED",
        to: "CORRECTED",
        reason: input.reason,
      });
      await logExamResultMove(tx, ctx, {
        examResultId: corrected.id,
        from: null,
        to: "ESTABLISHED",
        reason: input.reason,
      });
      return { id: corrected.id };
    });
  });
