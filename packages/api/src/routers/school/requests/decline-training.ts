import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { today } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { ownTrainingRequest } from "../_shared/school-access.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";

export const declineReason = z
  .string()
  .trim()
  .min(5, "Schrijf de werkgever waarom, zodat die een ander aanbod kan zoeken.")
  .max(2000);

/** The opleidingsadviseur declines a training request, with the reason the employer will read. */
export const declineTraining = schoolProcedure
  .meta({ action: "answerTrainingRequests" })
  .input(z.object({ requestId: z.string().min(1), reason: declineReason }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur beantwoordt scholingsaanvragen.");
    const request = await ownTrainingRequest(ctx, input.requestId);
    await ctx.prisma.$transaction(async (tx) => {
      const { count } = await tx.trainingRequest.updateMany({
        where: { id: request.id, status: "SUBMITTED" },
        data: { status: "DECLINED", responseNote: input.reason, respondedAt: new Date() },
      });
      if (count === 0)
        throw new TRPCError({ code: "CONFLICT", message: "Deze aanvraag is al beantwoord of ingetrokken." });
      await audit(tx, ctx, "trainingRequest.decline", { entity: "TrainingRequest", entityId: request.id });
      // The employer hears the school's answer.
      await recordNotificationMail(tx, request.employerOrganizationId, today());
    });
    return { ok: true as const };
  });
