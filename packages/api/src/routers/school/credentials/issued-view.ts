import { childcareCatalog, issuedCredentialSnapshotSchema, snapshotCredential } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { credentialKindSchema } from "../../../shared/enums.ts";
import { personName } from "../../../shared/person-profile.ts";

export const issuedInclude = {
  person: { select: { givenName: true, familyName: true } },
  school: { select: { name: true } },
  employer: { select: { name: true } },
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

/**
 * The snapshot stored at issue; a credential issued before snapshots were kept is read from the
 * catalog and its relations as they are now.
 */
export function readSnapshot(row: IssuedRow) {
  const stored = issuedCredentialSnapshotSchema.safeParse(row.snapshot);
  return stored.success
    ? stored.data
    : snapshotCredential(childcareCatalog, row.credentialId, {
        learnerName: personName(row.person),
        issuerName: row.school.name,
        employerName: row.kind === "PRAKTIJKVERKLARING" ? (row.employer?.name ?? null) : null,
      });
}

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
