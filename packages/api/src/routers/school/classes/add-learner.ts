import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownClass, requireClassManager } from "./own-class.ts";
import { notFound } from "../../../shared/own.ts";

/** Puts one of the school's learners in the class; a learner is in one class at a time. */
export const addLearner = schoolProcedure
  .meta({ action: "manageClasses" })
  .input(z.object({ classId: z.string().min(1), enrolmentId: z.string().min(1, "Kies een deelnemer.") }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireClassManager(ctx);
    const schoolClass = await ownClass(ctx, input.classId);
    const enrolment = await ctx.prisma.enrolment.findFirst({
      where: { AND: [{ id: input.enrolmentId }, scopeOwnedBySchool(ctx.organizationId)] },
    });
    if (!enrolment) throw notFound("enrolment");
    if (enrolment.schoolClassId === schoolClass.id) return { ok: true as const };
    if (enrolment.schoolClassId)
      throw new TRPCError({
        code: "CONFLICT",
        message: "Deze deelnemer zit al in een andere klas. Haal de deelnemer daar eerst uit.",
      });
    if (enrolment.credentialId !== schoolClass.credentialId)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Deze deelnemer volgt ${credentialTitle(enrolment.credentialId)}; de klas is voor ${credentialTitle(schoolClass.credentialId)}.`,
      });
    await ctx.prisma.$transaction(async (tx) => {
      await tx.enrolment.update({ where: { id: enrolment.id }, data: { schoolClassId: schoolClass.id } });
      await audit(tx, ctx, "schoolClass.addLearner", {
        entity: "SchoolClass",
        entityId: schoolClass.id,
        details: { enrolmentId: enrolment.id },
      });
    });
    return { ok: true as const };
  });
