import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";

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
