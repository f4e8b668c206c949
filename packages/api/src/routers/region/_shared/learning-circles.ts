import { type Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";

export const learningCirclesSchema = z.array(
  z.object({
    id: z.string(),
    heldOn: z.iso.date(),
    topic: z.string(),
    participants: z.array(z.string()),
    notes: z.string(),
    actions: z.array(
      z.object({
        id: z.string(),
        description: z.string(),
        owner: z.string(),
        dueOn: z.iso.date().nullable(),
        doneOn: z.iso.date().nullable(),
      }),
    ),
  }),
);
export type LearningCircles = z.infer<typeof learningCirclesSchema>;

/**
 * The region's leerkring sessions, latest first, each with its actions (open ones first): what the
 * Implementatie page and the ministry's report show.
 */
export async function readLearningCircles(
  prisma: Prisma.TransactionClient,
  regionId: string,
): Promise<LearningCircles> {
  const rows = await prisma.learningCircleSession.findMany({
    where: { regionOrganizationId: regionId },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    include: { actions: { orderBy: [{ doneOn: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }] } },
  });
  return rows.map((s) => ({
    id: s.id,
    heldOn: isoDate(s.heldOn),
    topic: s.topic,
    participants: s.participants,
    notes: s.notes,
    actions: s.actions.map((a) => ({
      id: a.id,
      description: a.description,
      owner: a.owner,
      dueOn: isoDateOrNull(a.dueOn),
      doneOn: isoDateOrNull(a.doneOn),
    })),
  }));
}
