import { childcareCatalog, issuedCredentialSnapshotSchema, snapshotCredential } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { personName } from "./person-profile.ts";

/** What `readSnapshot` needs of an issued credential besides its own columns. */
export const snapshotRelations = {
  person: { select: { givenName: true, familyName: true } },
  school: { select: { name: true } },
  employer: { select: { name: true } },
} satisfies Prisma.IssuedCredentialInclude;
type SnapshotRow = Prisma.IssuedCredentialGetPayload<{ include: typeof snapshotRelations }>;

/**
 * The snapshot stored at issue; a credential issued before snapshots were kept is read from the
 * catalog and its relations as they are now.
 */
export function readSnapshot(row: SnapshotRow) {
  const stored = issuedCredentialSnapshotSchema.safeParse(row.snapshot);
  return stored.success
    ? stored.data
    : snapshotCredential(childcareCatalog, row.credentialId, {
        learnerName: personName(row.person),
        issuerName: row.school.name,
        employerName: row.kind === "PRAKTIJKVERKLARING" ? (row.employer?.name ?? null) : null,
      });
}
