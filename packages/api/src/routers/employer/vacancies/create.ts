import { childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate, today } from "../../../shared/dates.ts";
import { employerProcedure } from "../../../trpc.ts";
import { ownLocation } from "../_shared/access.ts";

const vacancyInput = z.object({
  title: z.string().trim().min(3, "Geef de vacature een titel.").max(120),
  functionId: z
    .string()
    .refine((id) => findFunction(childcareCatalog, id) !== undefined, "Kies een functie uit de lijst."),
  locationId: z.string().min(1).optional(),
  hoursPerWeek: z
    .number({ error: "Vul het aantal uren per week in." })
    .positive("Vul meer dan 0 uur in.")
    .max(60, "Meer dan 60 uur per week kan niet."),
  openings: z.number().int().min(1, "Minstens 1 plaats.").max(50),
  description: z.string().trim().max(4000).optional(),
  closesOn: plausibleDate("sluitingsdatum", 2).optional(),
});

/** Posts a vacancy; open vacancies are visible to the regions the employer belongs to. */
export const create = employerProcedure
  .meta({ action: "employerMember" })
  .input(vacancyInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    if (input.closesOn && input.closesOn < today())
      throw new TRPCError({ code: "BAD_REQUEST", message: "De sluitingsdatum ligt in het verleden." });
    await ownLocation(ctx, input.locationId);
    return ctx.prisma.$transaction(async (tx) => {
      const vacancy = await tx.vacancy.create({
        data: {
          employerOrganizationId: ctx.organizationId,
          locationId: input.locationId ?? null,
          functionId: input.functionId,
          title: input.title,
          description: input.description || null,
          hoursPerWeek: input.hoursPerWeek,
          openings: input.openings,
          publishedAt: new Date(),
          closesOn: input.closesOn ? dateColumn(input.closesOn) : null,
        },
      });
      await audit(tx, ctx, "vacancy.create", { entity: "Vacancy", entityId: vacancy.id });
      return { id: vacancy.id };
    });
  });
