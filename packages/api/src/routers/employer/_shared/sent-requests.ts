import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate } from "../../../shared/dates.ts";
import { trainingRequestStatusSchema } from "../../../shared/enums.ts";
import { readMissingRecognition } from "../../../shared/recognition.ts";
import {
  requestMessageSchema,
  requestMessagesView,
  trainingProposalSchema,
  trainingProposalView,
} from "../../../shared/request-messages.ts";
import { OPEN_REQUEST, type pathInclude } from "./path-state.ts";

/** A training request the employer sent, as step 7 of the path shows it. */
export const sentRequestView = z.object({
  id: z.string(),
  school: z.string(),
  offer: z.string().nullable(),
  credentialId: z.string(),
  status: trainingRequestStatusSchema,
  sentOn: z.iso.date(),
  responseNote: z.string().nullable(),
  /** The school's proposal when it accepted; `acceptedOn` once the employer agreed. */
  proposal: trainingProposalSchema,
  /** What the organisation lacks before the school can enrol (an SBB recognition) and what to do, or null. */
  recognitionWarning: z.string().nullable(),
  /** The school's messages on this request, oldest first. */
  messages: z.array(requestMessageSchema),
});

type SentRequest = Prisma.DevelopmentPathGetPayload<{
  include: typeof pathInclude;
}>["trainingRequests"][number];

/**
 * A path's training requests with the school's messages and, for each request still open, what the
 * organisation lacks before the school can enrol: the employer hears it with the request, not at enrolment.
 */
export async function readSentRequests(
  prisma: Prisma.TransactionClient,
  requests: SentRequest[],
  asOf: string,
): Promise<z.infer<typeof sentRequestView>[]> {
  return Promise.all(
    requests.map(async (r) => {
      const open = OPEN_REQUEST.some((status) => status === r.status);
      const missingRecognition = open ? await readMissingRecognition(prisma, r, asOf) : null;
      return {
        id: r.id,
        school: r.school.name,
        offer: r.trainingOffer?.title ?? null,
        credentialId: r.credentialId,
        status: r.status,
        sentOn: isoDate(r.createdAt),
        responseNote: r.responseNote,
        proposal: trainingProposalView(r),
        recognitionWarning: missingRecognition?.employer ?? null,
        messages: requestMessagesView(r),
      };
    }),
  );
}
