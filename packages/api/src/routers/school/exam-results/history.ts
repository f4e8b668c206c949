import { z } from "zod";
import { examResultStatusSchema, ownExamResult } from "../_shared/exam-results.ts";
import { schoolProcedure } from "../../../trpc.ts";

/** The log of one result: every move with who made it, when and why. */
export const history = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ examResultId: z.string().min(1) }))
  .output(
    z.array(
      z.object({
        from: examResultStatusSchema.nullable(),
        to: examResultStatusSchema,
        by: z.string(),
        at: z.iso.datetime(),
        reason: z.string().nullable(),
      }),
    ),
  )
  .query(async ({ ctx, input }) => {
    const result = await ownExamResult(ctx, input.examResultId);
    const events = await ctx.prisma.examResultEvent.findMany({
      where: { examResultId: result.id },
      include: { actor: { select: { displayName: true } } },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    });
    return events.map((e) => ({
      from: e.fromStatus,
      to: e.toStatus,
      by: e.actor.displayName,
      at: e.occurredAt.toISOString(),
      reason: e.reason,
    }));
  });
