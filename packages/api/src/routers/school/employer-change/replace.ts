import {
  carriedOverPok,
  effectivePokStatus,
  EMPLOYER_CHANGE_REASON,
  employerChangeProblems,
  replacedPokStatus,
} from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, isoDateOrNull, plausibleDate, today } from "../../../shared/dates.ts";
import { ownEnrolment } from "../_shared/school-access.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { readEmployerChoices } from "./choices.ts";

/**
 * A new POK on a change of employer: the running POK ends (withdrawn when not yet signed) with the
 * reason "Wisseling van leerbedrijf", and a draft POK starts for the new leerbedrijf with what core
 * carries over, linked to the old one. Refused while the new leerbedrijf lacks the SBB recognition.
 */
export const replace = schoolProcedure
  .meta({ action: "enrolLearners" })
  .input(
    z.object({
      enrolmentId: z.string().min(1),
      employerOrganizationId: z.string().min(1, "Kies het nieuwe leerbedrijf."),
      startDate: plausibleDate("startdatum bij het nieuwe leerbedrijf", 2),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur legt een wisseling van leerbedrijf vast.");
    const enrolment = await ownEnrolment(ctx, input.enrolmentId, { replacedBy: { select: { id: true } } });
    const status = effectivePokStatus(enrolment.pokStatus, isoDateOrNull(enrolment.pokEndDate), today());
    const to = replacedPokStatus(status);
    if (enrolment.replacedBy || to === null)
      throw new TRPCError({
        code: "CONFLICT",
        message: employerChangeProblems(
          {
            status,
            employerOrganizationId: enrolment.employerOrganizationId,
            replaced: !!enrolment.replacedBy,
          },
          input.employerOrganizationId,
          false,
          "",
        ).join(" "),
      });
    const choice = (await readEmployerChoices(ctx.prisma, ctx.organizationId, enrolment)).find(
      (e) => e.id === input.employerOrganizationId,
    );
    if (!choice)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Kies een leerbedrijf uit de lijst: waar de deelnemer nu werkt of waarmee jouw school samenwerkt.",
      });
    const problems = employerChangeProblems(
      { status, employerOrganizationId: enrolment.employerOrganizationId, replaced: false },
      choice.id,
      choice.recognised,
      choice.name,
    );
    if (problems.length) throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") });
    if (enrolment.pokStartDate && input.startDate < isoDateOrNull(enrolment.pokStartDate)!)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "De nieuwe POK begint niet vóór de startdatum van de huidige.",
      });
    return ctx.prisma.$transaction(async (tx) => {
      // The old status sits in the condition: a POK changed meanwhile is not replaced twice.
      const { count } = await tx.enrolment.updateMany({
        where: { id: enrolment.id, pokStatus: enrolment.pokStatus, replacedBy: null },
        data: {
          pokStatus: to,
          pokStatusReason: EMPLOYER_CHANGE_REASON,
          status: to === "ENDED" ? "COMPLETED" : "STOPPED",
        },
      });
      if (count === 0)
        throw new TRPCError({
          code: "CONFLICT",
          message: "De POK is intussen gewijzigd. Laad de pagina opnieuw.",
        });
      const carried = carriedOverPok({
        personId: enrolment.personId,
        credentialId: enrolment.credentialId,
        learningRoute: enrolment.learningRoute,
        trainingOfferId: enrolment.trainingOfferId,
        trainingRequestId: enrolment.trainingRequestId,
        schoolClassId: enrolment.schoolClassId,
        teacherUserId: enrolment.teacherUserId,
        hoursPerWeek: enrolment.pokHoursPerWeek,
        daysPerWeek: enrolment.pokDaysPerWeek,
      });
      const created = await tx.enrolment.create({
        data: {
          schoolOrganizationId: ctx.organizationId,
          employerOrganizationId: choice.id,
          personId: carried.personId,
          credentialId: carried.credentialId,
          learningRoute: carried.learningRoute,
          trainingOfferId: carried.trainingOfferId,
          trainingRequestId: carried.trainingRequestId,
          schoolClassId: carried.schoolClassId,
          teacherUserId: carried.teacherUserId,
          pokHoursPerWeek: carried.hoursPerWeek,
          pokDaysPerWeek: carried.daysPerWeek,
          locationId: choice.locationId,
          pokStartDate: dateColumn(input.startDate),
          replacesEnrolmentId: enrolment.id,
        },
      });
      await audit(tx, ctx, "enrolment.pokStatus", {
        entity: "Enrolment",
        entityId: enrolment.id,
        details: { from: enrolment.pokStatus, to, reason: EMPLOYER_CHANGE_REASON, replacedById: created.id },
      });
      await audit(tx, ctx, "enrolment.replace", {
        entity: "Enrolment",
        entityId: created.id,
        details: { replacesEnrolmentId: enrolment.id, employerOrganizationId: choice.id },
      });
      return { id: created.id };
    });
  });
