import {
  EXAM_RESULT_MOVE_PERMISSION,
  examResultMoveProblems,
  examResultMoveTarget,
} from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { dateColumn, isoDateOrNull, plausibleDate, today } from "../../../shared/dates.ts";
import {
  examOutcomeSchema,
  examResultStatusSchema,
  ownExamResult,
  toExamOutcome,
} from "../_shared/exam-results.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { logExamResultMove } from "./result-log.ts";

const REFUSAL: Record<"assess" | "establish" | "withdraw", string> = {
  assess: "Alleen een examinator legt vast wat het examen liet zien.",
  establish: "Alleen de examencommissie stelt examenresultaten vast.",
  withdraw: "Alleen een examinator of de examencommissie trekt een resultaat in.",
};

/**
 * Moves a result along its log under core's rules: the examinator assesses (outcome, date, note),
 * the examencommissie establishes, and either withdraws a result that is not yet established, with a
 * reason. Establishing writes one FORMAL_EXAM evidence row per werkproces, signed by the member of
 * the commissie, in the same transaction: from then on the result counts. A result of the generiek
 * deel has no werkprocessen and writes no evidence: the learner's profile reads it directly.
 */
export const move = schoolProcedure
  .meta({ action: ["assessExamResults", "establishExamResults", "withdrawExamResults"] })
  .input(
    z.object({
      examResultId: z.string().min(1),
      move: z.enum(["assess", "establish", "withdraw"]),
      outcome: examOutcomeSchema.nullable().optional(),
      assessedOn: plausibleDate("examendatum", 0).nullable().optional(),
      note: z.string().trim().max(2000).nullable().optional(),
      reason: z.string().trim().max(2000).optional(),
    }),
  )
  .output(z.object({ status: examResultStatusSchema }))
  .mutation(async ({ ctx, input }) => {
    const result = await ownExamResult(ctx, input.examResultId);
    requireAction(ctx, REFUSAL[input.move], EXAM_RESULT_MOVE_PERMISSION[input.move]);
    const facts = {
      status: result.status,
      outcome: toExamOutcome(result.outcome),
      assessedOn: isoDateOrNull(result.assessedOn),
    };
    const problems = examResultMoveProblems(facts, input.move, { ...input, asOf: today() });
    const to = examResultMoveTarget(result.status, input.move);
    if (problems.length || !to) throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") });

    await ctx.prisma.$transaction(async (tx) => {
      const evidenceIds: string[] = [];
      if (input.move === "establish")
        for (const workProcessId of result.workProcessIds) {
          const row = await tx.evidence.create({
            data: {
              personId: result.personId,
              schoolOrganizationId: ctx.organizationId,
              workProcessId,
              kind: "FORMAL_EXAM",
              result: facts.outcome!,
              note: result.title,
              assessedOn: result.assessedOn!,
              recordedByUserId: ctx.session.userId,
              signedAt: new Date(),
              signedByUserId: ctx.session.userId,
            },
          });
          evidenceIds.push(row.id);
        }
      const { count } = await tx.examResult.updateMany({
        where: { id: result.id, status: result.status },
        data: {
          status: to,
          ...(input.move === "assess"
            ? {
                outcome: input.outcome!,
                assessedOn: dateColumn(input.assessedOn!),
                ...(input.note !== undefined ? { note: input.note || null } : {}),
              }
            : {}),
          ...(evidenceIds.length ? { evidenceIds } : {}),
        },
      });
      if (count === 0)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Het resultaat is intussen gewijzigd. Laad de pagina opnieuw.",
        });
      await logExamResultMove(tx, ctx, {
        examResultId: result.id,
        from: result.status,
        to,
        reason: input.reason || null,
      });
    });
    return { status: to };
  });
