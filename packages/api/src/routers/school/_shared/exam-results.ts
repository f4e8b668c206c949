import { allowedExamResultMoves, EXAM_RESULT_MOVES, EXAM_RESULT_STATUSES } from "@ontwikkelpad/core";
import { scopeOwnedBySchool, type Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { isoDateOrNull } from "../../../shared/dates.ts";
import { personName } from "../../../shared/person-profile.ts";
import { own } from "../../../shared/own.ts";

export const examResultStatusSchema = z.enum(EXAM_RESULT_STATUSES);
/** What an exam showed: the two evidence results an exam can have. */
export const examOutcomeSchema = z.enum(["PASSED", "FAILED"]);
export const examResultMoveSchema = z.enum(EXAM_RESULT_MOVES);

/** An exam result as the Examens page and a learner's page show it, with the moves the caller may make. */
export const examResultViewSchema = z.object({
  id: z.string(),
  personId: z.string(),
  person: z.string(),
  enrolmentId: z.string().nullable(),
  credentialId: z.string(),
  credentialTitle: z.string(),
  title: z.string(),
  workProcessIds: z.array(z.string()),
  /** Instead of werkprocessen: the part of the generiek deel the exam covers. */
  generiekDeelPart: z.string().nullable(),
  status: examResultStatusSchema,
  outcome: examOutcomeSchema.nullable(),
  assessedOn: z.iso.date().nullable(),
  note: z.string().nullable(),
  supersedesId: z.string().nullable(),
  supersededById: z.string().nullable(),
  correctionReason: z.string().nullable(),
  moves: z.array(examResultMoveSchema),
});
export type ExamResultView = z.infer<typeof examResultViewSchema>;

export const examResultInclude = {
  person: { select: { givenName: true, familyName: true } },
  supersededBy: { select: { id: true } },
} satisfies Prisma.ExamResultInclude;

type ExamResultRow = Prisma.ExamResultGetPayload<{ include: typeof examResultInclude }>;

export const toExamOutcome = (outcome: ExamResultRow["outcome"]) =>
  outcome === "PASSED" || outcome === "FAILED" ? outcome : null;

export function toExamResultView(row: ExamResultRow, roles: readonly string[]): ExamResultView {
  return {
    id: row.id,
    personId: row.personId,
    person: personName(row.person),
    enrolmentId: row.enrolmentId,
    credentialId: row.credentialId,
    credentialTitle: credentialTitle(row.credentialId),
    title: row.title,
    workProcessIds: row.workProcessIds,
    generiekDeelPart: row.generiekDeelPart,
    status: row.status,
    outcome: toExamOutcome(row.outcome),
    assessedOn: isoDateOrNull(row.assessedOn),
    note: row.note,
    supersedesId: row.supersedesId,
    supersededById: row.supersededBy?.id ?? null,
    correctionReason: row.correctionReason,
    moves: allowedExamResultMoves(row.status, roles),
  };
}

/** An exam result of this school, or NOT_FOUND whether it does not exist or belongs to another school. */
export async function ownExamResult(
  ctx: { prisma: Prisma.TransactionClient; organizationId: string },
  examResultId: string,
) {
  const result = await ctx.prisma.examResult.findFirst({
    where: { AND: [{ id: examResultId }, scopeOwnedBySchool(ctx.organizationId)] },
    include: examResultInclude,
  });
  return own(result, "examResult");
}
