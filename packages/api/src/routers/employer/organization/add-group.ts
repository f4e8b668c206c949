import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";
import { onlyAdmin } from "./messages.ts";
import { ownLocation } from "../_shared/access.ts";

const newGroupInput = z
  .object({
    locationId: z.string().min(1),
    name: z.string().trim().min(1, "Vul de naam van de groep in.").max(80),
    minAgeMonths: z.number().int().min(0, "De leeftijd kan niet negatief zijn.").max(155),
    maxAgeMonths: z.number().int().min(1).max(156, "Kinderopvang loopt tot 13 jaar (156 maanden)."),
    maxChildren: z
      .number()
      .int()
      .min(1, "Een groep heeft minstens 1 kind.")
      .max(30, "Een stamgroep heeft hoogstens 30 kinderen."),
  })
  .refine((g) => g.maxAgeMonths > g.minAgeMonths, {
    message: "De hoogste leeftijd moet boven de laagste liggen.",
    path: ["maxAgeMonths"],
  });

export const addGroup = employerProcedure
  .meta({ action: "manageOrganization" })
  .input(newGroupInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, onlyAdmin);
    await ownLocation(ctx, input.locationId);
    return ctx.prisma.$transaction(async (tx) => {
      const group = await tx.locationGroup.create({
        data: { ...input, employerOrganizationId: ctx.organizationId },
      });
      await audit(tx, ctx, "locationGroup.create", { entity: "LocationGroup", entityId: group.id });
      return { id: group.id };
    });
  });
