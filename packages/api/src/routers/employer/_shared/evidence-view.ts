import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate } from "../../../shared/dates.ts";
import { evidenceKindSchema, evidenceResultSchema } from "../../../shared/enums.ts";

/** One evidence record as every portal shows it: who judged, signed and co-signed it, and whether a correction replaced it. */
export const evidenceView = z.object({
  id: z.string(),
  kind: evidenceKindSchema,
  result: evidenceResultSchema,
  note: z.string().nullable(),
  assessedOn: z.iso.date(),
  assessor: z.string().nullable(),
  signedAt: z.iso.datetime().nullable(),
  signedBy: z.string().nullable(),
  coSignedAt: z.iso.datetime().nullable(),
  coSignedBy: z.string().nullable(),
  supersedesId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  superseded: z.boolean(),
});

export const evidenceInclude = {
  assessor: true,
  signedBy: true,
  coSignedBy: true,
  supersededBy: { select: { id: true } },
} satisfies Prisma.EvidenceInclude;
export type EvidenceViewRow = Prisma.EvidenceGetPayload<{ include: typeof evidenceInclude }>;

export function toEvidenceView(e: EvidenceViewRow): z.infer<typeof evidenceView> {
  return {
    id: e.id,
    kind: e.kind,
    result: e.result,
    note: e.note,
    assessedOn: isoDate(e.assessedOn),
    assessor: e.assessor?.displayName ?? null,
    signedAt: e.signedAt?.toISOString() ?? null,
    signedBy: e.signedBy?.displayName ?? null,
    coSignedAt: e.coSignedAt?.toISOString() ?? null,
    coSignedBy: e.coSignedBy?.displayName ?? null,
    supersedesId: e.supersedesId,
    correctionReason: e.correctionReason,
    superseded: e.supersededBy !== null,
  };
}
