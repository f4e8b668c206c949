import { ROLES } from "@ontwikkelpad/core";
import { scopeMembershipsOfOrganization } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { dateColumn } from "../../../shared/dates.ts";
import { ownEnrolment } from "../_shared/school-access.ts";
import { schoolProcedure } from "../../../trpc.ts";
import {
  ALREADY_CORRECTED,
  assertEntryAllowed,
  correctionInput,
  auditEntry,
  pokPeriodInclude,
} from "./pok-period.ts";
import { notFound } from "../../../shared/own.ts";

export const recordCoachingInput = z.object({
  enrolmentId: z.string().min(1),
  date: z.iso.date("Vul een geldige datum in."),
  minutes: z
    .number({ error: "Vul de duur in minuten in." })
    .int("Vul hele minuten in.")
    .min(5, "Een begeleidingsmoment duurt minstens 5 minuten.")
    .max(600, "Een begeleidingsmoment duurt hoogstens 10 uur."),
  coachUserId: z.string().min(1, "Kies wie begeleidde."),
  topic: z.string().trim().min(1, "Vul het onderwerp in.").max(200),
  note: z.string().trim().max(2000).optional(),
  correction: correctionInput,
});

/**
 * Records a coaching session by the leerbedrijf's praktijkopleider or the school's bpv-docent under a
 * signed POK, or corrects an earlier one with a new entry superseding it.
 */
export const recordCoaching = schoolProcedure
  .meta({ action: "recordSubsidyEvidence" })
  .input(recordCoachingInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur of docent legt begeleiding vast.");
    const enrolment = await ownEnrolment(ctx, input.enrolmentId, pokPeriodInclude);
    assertEntryAllowed(enrolment, input.date);
    const coach = await ctx.prisma.membership.findFirst({
      where: {
        userId: input.coachUserId,
        OR: [
          {
            ...scopeMembershipsOfOrganization(enrolment.employerOrganizationId),
            role: ROLES.WORKPLACE_TRAINER,
          },
          { ...scopeMembershipsOfOrganization(ctx.organizationId), role: ROLES.TEACHER },
        ],
      },
      select: { role: true },
    });
    if (!coach)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Kies een praktijkopleider van het leerbedrijf of een docent van jouw school.",
      });
    return ctx.prisma.$transaction(async (tx) => {
      if (input.correction) {
        const corrected = await tx.pokCoaching.findFirst({
          where: { id: input.correction.supersedesId, enrolmentId: enrolment.id },
          select: { supersededBy: { select: { id: true } } },
        });
        if (!corrected) throw notFound("correctedEntry");
        if (corrected.supersededBy) throw new TRPCError({ code: "CONFLICT", message: ALREADY_CORRECTED });
      }
      const entry = await tx.pokCoaching.create({
        data: {
          enrolmentId: enrolment.id,
          date: dateColumn(input.date),
          minutes: input.minutes,
          coachUserId: input.coachUserId,
          coachRole: coach.role,
          topic: input.topic,
          note: input.note || null,
          recordedByUserId: ctx.session.userId,
          supersedesId: input.correction?.supersedesId ?? null,
          correctionReason: input.correction?.reason ?? null,
        },
      });
      await auditEntry(tx, ctx, "PokCoaching", entry, input);
      return { id: entry.id };
    });
  });
