import type { ExamResultStatus, Prisma } from "@ontwikkelpad/db";
import { audit } from "../../../shared/audit.ts";

interface Actor {
  session: { userId: string };
  organizationId: string;
  ip: string | null;
}

/** One move in a result's log: its event and its audit event, inside the transaction of the move. */
export async function logExamResultMove(
  tx: Prisma.TransactionClient,
  ctx: Actor,
  move: { examResultId: string; from: ExamResultStatus | null; to: ExamResultStatus; reason?: string | null },
): Promise<void> {
  await tx.examResultEvent.create({
    data: {
      examResultId: move.examResultId,
      fromStatus: move.from,
      toStatus: move.to,
      actorUserId: ctx.session.userId,
      reason: move.reason ?? null,
    },
  });
  await audit(tx, ctx, "examResult.status", {
    entity: "ExamResult",
    entityId: move.examResultId,
    details: { from: move.from, to: move.to, reason: move.reason ?? null },
  });
}
