import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownTrainingRequest } from "../_shared/school-access.ts";

export const sendMessageInput = z.object({
  requestId: z.string().min(1),
  body: z
    .string()
    .trim()
    .min(5, "Schrijf een bericht van minstens 5 tekens.")
    .max(2000, "Een bericht is hoogstens 2000 tekens."),
});

/**
 * The opleidingsadviseur sends the employer a message on a training request, e.g. what is missing
 * before the learner can be enrolled. It stays with the request: the employer reads it at step 7 of
 * the path, the school on the request.
 */
export const sendMessage = schoolProcedure
  .meta({ action: "answerTrainingRequests" })
  .input(sendMessageInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur stuurt de werkgever een bericht over een aanvraag.");
    const request = await ownTrainingRequest(ctx, input.requestId);
    return ctx.prisma.$transaction(async (tx) => {
      const message = await tx.trainingRequestMessage.create({
        data: { trainingRequestId: request.id, authorUserId: ctx.session.userId, body: input.body },
        select: { id: true },
      });
      await audit(tx, ctx, "trainingRequest.message", {
        entity: "TrainingRequest",
        entityId: request.id,
        details: { messageId: message.id },
      });
      return message;
    });
  });
