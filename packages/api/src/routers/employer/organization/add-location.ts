import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { locationTypeSchema } from "../../../shared/enums.ts";
import { employerProcedure } from "../../../trpc.ts";
import { onlyAdmin } from "./messages.ts";

const newLocationInput = z.object({
  name: z.string().trim().min(1, "Vul de naam van de locatie in.").max(120),
  type: locationTypeSchema,
  lrkNumber: z
    .string()
    .trim()
    .regex(/^\d{9}$/, "Een LRK-nummer bestaat uit 9 cijfers."),
  city: z.string().trim().min(1, "Vul de plaats in.").max(80),
});

export const addLocation = employerProcedure
  .meta({ action: "manageOrganization" })
  .input(newLocationInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, onlyAdmin);
    if (await ctx.prisma.location.findUnique({ where: { lrkNumber: input.lrkNumber } })) {
      throw new TRPCError({
        code: "CONFLICT",
        message:
          "Dit LRK-nummer is al geregistreerd. Controleer het nummer in het Landelijk Register Kinderopvang.",
      });
    }
    return ctx.prisma.$transaction(async (tx) => {
      const location = await tx.location.create({
        data: { ...input, employerOrganizationId: ctx.organizationId },
      });
      await audit(tx, ctx, "location.create", { entity: "Location", entityId: location.id });
      return { id: location.id };
    });
  });
