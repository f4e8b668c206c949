import { isPokEditable, ROLES } from "@ontwikkelpad/core";
import { scopeMembershipsOfOrganization, scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownEnrolment } from "../_shared/school-access.ts";

/** The POK's period; an end before its start is refused here, as core refuses such an enrolment later. */
export const updatePokInput = z
  .object({
    enrolmentId: z.string().min(1),
    locationId: z.string().min(1).nullable(),
    workplaceTrainerUserId: z.string().min(1).nullable(),
    teacherUserId: z.string().min(1).nullable(),
    startDate: plausibleDate("startdatum", 2).nullable(),
    endDate: plausibleDate("einddatum", 10).nullable(),
    totalHours: z.number().int("Vul hele uren in.").min(1).max(5000).nullable(),
    hoursPerWeek: z.number().min(0.5).max(40, "Meer dan 40 uur per week kan niet.").nullable(),
    daysPerWeek: z.number().int().min(1).max(5, "Hoogstens 5 dagen per week.").nullable(),
  })
  .refine((v) => !v.startDate || !v.endDate || v.endDate >= v.startDate, {
    path: ["endDate"],
    message: "De einddatum ligt niet vóór de startdatum.",
  });

/** Fills in the POK while it is a draft or complete; once sent or signed it never changes. */
export const update = schoolProcedure
  .meta({ action: "managePoks" })
  .input(updatePokInput)
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur of docent vult de POK in.");
    const enrolment = await ownEnrolment(ctx, input.enrolmentId);
    if (!isPokEditable(enrolment.pokStatus))
      throw new TRPCError({
        code: "CONFLICT",
        message:
          "Een POK die ter ondertekening is verstuurd of getekend is verandert niet. Maak bij een wijziging een nieuwe POK.",
      });
    const [location, trainer, teacher] = await Promise.all([
      input.locationId
        ? ctx.prisma.location.findFirst({
            where: { id: input.locationId, ...scopeOwnedByEmployer(enrolment.employerOrganizationId) },
          })
        : null,
      input.workplaceTrainerUserId
        ? ctx.prisma.membership.findFirst({
            where: {
              ...scopeMembershipsOfOrganization(enrolment.employerOrganizationId),
              userId: input.workplaceTrainerUserId,
              role: ROLES.WORKPLACE_TRAINER,
            },
          })
        : null,
      input.teacherUserId
        ? ctx.prisma.membership.findFirst({
            where: {
              ...scopeMembershipsOfOrganization(ctx.organizationId),
              userId: input.teacherUserId,
              role: ROLES.TEACHER,
            },
          })
        : null,
    ]);
    if (input.locationId && !location)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een locatie van het leerbedrijf." });
    if (input.workplaceTrainerUserId && !trainer)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een praktijkopleider van het leerbedrijf." });
    if (input.teacherUserId && !teacher)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Kies een docent van jouw school als bpv-docent.",
      });
    await ctx.prisma.$transaction(async (tx) => {
      // The status sits in the condition: a POK sent meanwhile is not changed.
      const { count } = await tx.enrolment.updateMany({
        where: { id: enrolment.id, pokStatus: { in: ["DRAFT", "COMPLETE"] } },
        data: {
          locationId: input.locationId,
          workplaceTrainerUserId: input.workplaceTrainerUserId,
          teacherUserId: input.teacherUserId,
          pokStartDate: input.startDate ? dateColumn(input.startDate) : null,
          pokEndDate: input.endDate ? dateColumn(input.endDate) : null,
          pokTotalHours: input.totalHours,
          pokHoursPerWeek: input.hoursPerWeek,
          pokDaysPerWeek: input.daysPerWeek,
        },
      });
      if (count === 0)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Deze POK is intussen verstuurd en verandert niet meer.",
        });
      await audit(tx, ctx, "enrolment.updatePok", { entity: "Enrolment", entityId: enrolment.id });
    });
    return { ok: true as const };
  });
