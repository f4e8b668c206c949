import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { credentialKindSchema } from "../../../shared/enums.ts";
import { readSnapshot, snapshotRelations } from "../../../shared/issued-snapshot.ts";

export const issuedInclude = {
  ...snapshotRelations,
  issuedBy: { select: { displayName: true } },
  request: { select: { id: true } },
} satisfies Prisma.IssuedCredentialInclude;
type IssuedRow = Prisma.IssuedCredentialGetPayload<{ include: typeof issuedInclude }>;

export const issuedViewSchema = z.object({
  id: z.string(),
  personId: z.string(),
  kind: credentialKindSchema,
  credentialId: z.string(),
  title: z.string(),
  code: z.string().nullable(),
  learner: z.string(),
  employer: z.string().nullable(),
  issuedOn: z.iso.date(),
  resultOn: z.iso.date().nullable(),
  issuedBy: z.string().nullable(),
  workProcessIds: z.array(z.string()),
  /** The praktijkverklaring request it answered. */
  requestId: z.string().nullable(),
  supersededById: z.string().nullable(),
  supersededReason: z.string().nullable(),
  supersededOn: z.iso.date().nullable(),
});
export type IssuedView = z.infer<typeof issuedViewSchema>;

export function issuedView(row: IssuedRow): IssuedView {
  const snapshot = readSnapshot(row);
  return {
    id: row.id,
    personId: row.personId,
    kind: row.kind,
    credentialId: row.credentialId,
    title: snapshot.achievement.title,
    code: snapshot.achievement.code,
    learner: snapshot.learnerName,
    employer: row.employer?.name ?? null,
    issuedOn: isoDate(row.issuedOn),
    resultOn: isoDateOrNull(row.resultOn),
    issuedBy: row.issuedBy?.displayName ?? null,
    workProcessIds: row.workProcessIds,
    requestId: row.request?.id ?? null,
    supersededById: row.supersededById,
    supersededReason: row.supersededReason,
    supersededOn: isoDateOrNull(row.supersededAt),
  };
}
