import { scopeOrganizationsInRegion } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownClass, requireClassManager } from "./own-class.ts";

/**
 * Records that an employer adopts the class: an employer in the class's region or one whose people
 * are in it. Several employers adopt one class together.
 */
export const adopt = schoolProcedure
  .meta({ action: "manageClasses" })
  .input(
    z.object({
      classId: z.string().min(1),
      employerOrganizationId: z.string().min(1, "Kies een werkgever."),
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireClassManager(ctx);
    const schoolClass = await ownClass(ctx, input.classId);
    const employer = await ctx.prisma.organization.findFirst({
      where: {
        id: input.employerOrganizationId,
        kind: "EMPLOYER",
        archivedAt: null,
        OR: [
          ...(schoolClass.regionOrganizationId
            ? [scopeOrganizationsInRegion(schoolClass.regionOrganizationId)]
            : []),
          { enrolmentsAsEmployer: { some: { schoolClassId: schoolClass.id } } },
        ],
      },
      select: { id: true },
    });
    if (!employer)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Kies een werkgever uit de regio van de klas of een werkgever van een van de deelnemers.",
      });
    await ctx.prisma.$transaction(async (tx) => {
      const existing = await tx.classAdoption.findUnique({
        where: {
          schoolClassId_employerOrganizationId: {
            schoolClassId: schoolClass.id,
            employerOrganizationId: employer.id,
          },
        },
      });
      if (existing) return;
      await tx.classAdoption.create({
        data: { schoolClassId: schoolClass.id, employerOrganizationId: employer.id },
      });
      await audit(tx, ctx, "schoolClass.adopt", {
        entity: "SchoolClass",
        entityId: schoolClass.id,
        details: { employerOrganizationId: employer.id },
      });
    });
    return { ok: true as const };
  });
