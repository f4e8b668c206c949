import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "./dates.ts";

/** The school's proposal on a training request it accepted; `acceptedOn` once the employer agreed. */
export const trainingProposalSchema = z
  .object({
    startDate: z.iso.date(),
    schedule: z.string(),
    priceCents: z.number().nullable(),
    acceptedOn: z.iso.date().nullable(),
  })
  .nullable();

/** The proposal as the school and the employer both read it, or null before the school proposed. */
export function trainingProposalView(request: {
  proposedStartDate: Date | null;
  proposedSchedule: string | null;
  proposedPriceCents: number | null;
  proposalAcceptedAt: Date | null;
}): z.infer<typeof trainingProposalSchema> {
  return request.proposedStartDate
    ? {
        startDate: isoDate(request.proposedStartDate),
        schedule: request.proposedSchedule ?? "",
        priceCents: request.proposedPriceCents,
        acceptedOn: isoDateOrNull(request.proposalAcceptedAt),
      }
    : null;
}

/** A message the school sent on a training request, as the school and the employer both read it. */
export const requestMessageSchema = z.object({
  id: z.string(),
  body: z.string(),
  /** Who at the school wrote it. */
  author: z.string(),
  sentAt: z.iso.datetime(),
});

/** A training request's messages, oldest first: the conversation reads from the top. */
export const requestMessagesInclude = {
  messages: {
    select: { id: true, body: true, createdAt: true, author: { select: { displayName: true } } },
    orderBy: { createdAt: "asc" },
  },
} as const satisfies Prisma.TrainingRequestInclude;

export function requestMessagesView(request: {
  messages: { id: string; body: string; createdAt: Date; author: { displayName: string } }[];
}): z.infer<typeof requestMessageSchema>[] {
  return request.messages.map((m) => ({
    id: m.id,
    body: m.body,
    author: m.author.displayName,
    sentAt: m.createdAt.toISOString(),
  }));
}
