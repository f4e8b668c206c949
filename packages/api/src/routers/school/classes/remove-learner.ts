import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownClass, requireClassManager } from "./own-class.ts";
import { notFound } from "../../../shared/own.ts";

/** Takes a learner out of the class; the reflection notes already written stay with the class. */
export const removeLearner = schoolProcedure
  .meta({ action: "manageClasses" })
  .input(z.object({ classId: z.string().min(1), enrolmentId: z.string().min(1) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireClassManager(ctx);
    const schoolClass = await ownClass(ctx, input.classId);
    await ctx.prisma.$transaction(async (tx) => {
      const { count } = await tx.enrolment.updateMany({
        where: { id: input.enrolmentId, schoolClassId: schoolClass.id },
        data: { schoolClassId: null },
      });
      if (count === 0) throw notFound("classLearner");
      await audit(tx, ctx, "schoolClass.removeLearner", {
        entity: "SchoolClass",
        entityId: schoolClass.id,
        details: { enrolmentId: input.enrolmentId },
      });
    });
    return { ok: true as const };
  });
