import { childcareCatalog, findCredential } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { requireClassManager } from "./own-class.ts";
import { notFound } from "../../../shared/own.ts";

/** A new class of the school, for one credential and cohort, in one of the school's regions. */
export const create = schoolProcedure
  .meta({ action: "manageClasses" })
  .input(
    z.object({
      name: z.string().trim().min(2, "Geef de klas een naam van minstens twee tekens.").max(120),
      credentialId: z.string().min(1, "Kies de opleiding van de klas."),
      cohortYear: z
        .number()
        .int()
        .min(2000, "Vul een geldig cohortjaar in.")
        .max(2100, "Vul een geldig cohortjaar in."),
      regionOrganizationId: z.string().min(1, "Kies de regio waarin werkgevers de klas adopteren."),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireClassManager(ctx);
    if (!findCredential(childcareCatalog, input.credentialId))
      throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een opleiding uit de lijst." });
    const inRegion = await ctx.prisma.regionMembership.findFirst({
      where: { organizationId: ctx.organizationId, regionOrganizationId: input.regionOrganizationId },
    });
    if (!inRegion) throw notFound("schoolRegion");
    return ctx.prisma.$transaction(async (tx) => {
      const schoolClass = await tx.schoolClass.create({
        data: { ...input, schoolOrganizationId: ctx.organizationId },
      });
      await audit(tx, ctx, "schoolClass.create", {
        entity: "SchoolClass",
        entityId: schoolClass.id,
        details: { name: input.name, credentialId: input.credentialId, cohortYear: input.cohortYear },
      });
      return { id: schoolClass.id };
    });
  });
