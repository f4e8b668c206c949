import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownEvidence } from "../_shared/access.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, today } from "../../../shared/dates.ts";
import { employerProcedure } from "../../../trpc.ts";
import { assessedOn, note, onlyTrainer, rating, refuseRatingBeforeEmployment } from "./schemas.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";

/** A correction is a new signed rating that supersedes the old one, with a reason; the old one stays. */
export const correct = employerProcedure
  .meta({ action: "rateWorkProcesses" })
  .input(
    z.object({
      evidenceId: z.string().min(1),
      result: rating,
      note,
      assessedOn,
      reason: z.string().trim().min(5, "Geef de reden van de correctie (minstens 5 tekens).").max(1000),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const [original] = await ownEvidence(ctx, [input.evidenceId]);
    requireAction(ctx, onlyTrainer);
    const firstEmployment = await ctx.prisma.employment.findFirst({
      where: { personId: original!.personId, ...scopeOwnedByEmployer(ctx.organizationId) },
      orderBy: { contractStart: "asc" },
    });
    refuseRatingBeforeEmployment(input.assessedOn, firstEmployment?.contractStart);
    if (!original!.signedAt || original!.kind !== "PRACTICE_ASSESSMENT")
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Alleen een ondertekende praktijkbeoordeling wordt gecorrigeerd; een concept pas je gewoon aan.",
      });
    if (original!.supersededBy)
      throw new TRPCError({
        code: "CONFLICT",
        message: "Deze beoordeling is al gecorrigeerd. Corrigeer de nieuwste versie.",
      });
    return ctx.prisma.$transaction(async (tx) => {
      const now = new Date();
      const correction = await tx.evidence.create({
        data: {
          personId: original!.personId,
          developmentPathId: original!.developmentPathId,
          employerOrganizationId: ctx.organizationId,
          workProcessId: original!.workProcessId,
          kind: "PRACTICE_ASSESSMENT",
          result: input.result,
          note: input.note,
          assessedOn: dateColumn(input.assessedOn),
          assessorUserId: ctx.session.userId,
          recordedByUserId: ctx.session.userId,
          signedAt: now,
          signedByUserId: ctx.session.userId,
          supersedesId: original!.id,
          correctionReason: input.reason,
        },
      });
      await audit(tx, ctx, "evidence.correct", {
        entity: "Evidence",
        entityId: correction.id,
        details: { supersedes: original!.id },
      });
      // A correction is signed at once: it waits for the leidinggevende's co-signature.
      await recordNotificationMail(tx, ctx.organizationId, today());
      return { id: correction.id };
    });
  });
