import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownClass, requireClassManager } from "./own-class.ts";
import { notFound } from "../../../shared/own.ts";

/** Ends an employer's adoption of the class, once none of its praktijkopleiders is in the mentor team. */
export const removeAdoption = schoolProcedure
  .meta({ action: "manageClasses" })
  .input(z.object({ classId: z.string().min(1), employerOrganizationId: z.string().min(1) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireClassManager(ctx);
    const schoolClass = await ownClass(ctx, input.classId);
    await ctx.prisma.$transaction(async (tx) => {
      const members = await tx.mentorTeamMember.count({
        where: {
          organizationId: input.employerOrganizationId,
          mentorTeam: { schoolClassId: schoolClass.id },
        },
      });
      if (members > 0)
        throw new TRPCError({
          code: "CONFLICT",
          message:
            "Een praktijkopleider van deze werkgever zit nog in het mentorteam. Haal die eerst uit het team.",
        });
      const { count } = await tx.classAdoption.deleteMany({
        where: { schoolClassId: schoolClass.id, employerOrganizationId: input.employerOrganizationId },
      });
      if (count === 0) throw notFound("classAdoption");
      await audit(tx, ctx, "schoolClass.removeAdoption", {
        entity: "SchoolClass",
        entityId: schoolClass.id,
        details: { employerOrganizationId: input.employerOrganizationId },
      });
    });
    return { ok: true as const };
  });
