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

export const recordAttendanceInput = z
  .object({
    enrolmentId: z.string().min(1),
    date: z.iso.date("Vul een geldige datum in."),
    present: z.boolean(),
    hoursPresent: z.number().min(0).max(24, "Meer dan 24 uur op een dag kan niet."),
    absenceReason: z.string().trim().max(500).optional(),
    correction: correctionInput,
  })
  .superRefine((v, ctx) => {
    if (v.present && v.hoursPresent <= 0)
      ctx.addIssue({ code: "custom", path: ["hoursPresent"], message: "Vul de uren aanwezig in." });
    if (!v.present && !v.absenceReason)
      ctx.addIssue({ code: "custom", path: ["absenceReason"], message: "Geef de reden van afwezigheid op." });
  });

/**
 * Records one day of attendance under a signed POK, or corrects an earlier entry: the correction is a
 * new entry superseding it, with the reason; nothing recorded is ever changed.
 */
export const recordAttendance = schoolProcedure
  .meta({ action: "recordSubsidyEvidence" })
  .input(recordAttendanceInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur of docent legt aanwezigheid vast.");
    const enrolment = await ownEnrolment(ctx, input.enrolmentId, pokPeriodInclude);
    assertEntryAllowed(enrolment, input.date);
    return ctx.prisma.$transaction(async (tx) => {
      const current = await tx.pokAttendance.findFirst({
        where: { enrolmentId: enrolment.id, date: dateColumn(input.date), supersededBy: null },
        select: { id: true },
      });
      if (input.correction) {
        const corrected = await tx.pokAttendance.findFirst({
          where: { id: input.correction.supersedesId, enrolmentId: enrolment.id },
          select: { id: true, supersededBy: { select: { id: true } } },
        });
        if (!corrected) throw notFound("correctedEntry");
        if (corrected.supersededBy) throw new TRPCError({ code: "CONFLICT", message: ALREADY_CORRECTED });
        if (current && current.id !== corrected.id)
          throw new TRPCError({
            code: "CONFLICT",
            message: "Voor die datum staat al aanwezigheid. Corrigeer die invoer.",
          });
      } else if (current)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Voor die datum staat al aanwezigheid. Corrigeer die invoer als ze niet klopt.",
        });
      const entry = await tx.pokAttendance.create({
        data: {
          enrolmentId: enrolment.id,
          date: dateColumn(input.date),
          present: input.present,
          hoursPresent: input.present ? input.hoursPresent : 0,
          absenceReason: input.present ? null : (input.absenceReason ?? null),
          recordedByUserId: ctx.session.userId,
          supersedesId: input.correction?.supersedesId ?? null,
          correctionReason: input.correction?.reason ?? null,
        },
      });
      await auditEntry(tx, ctx, "PokAttendance", entry, input);
      return { id: entry.id };
    });
  });
