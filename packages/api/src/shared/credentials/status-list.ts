import { createCredential, createList } from "@digitalbazaar/vc-bitstring-status-list";
import type { PrismaClient } from "@ontwikkelpad/db";
import { schoolDid, statusListUrl } from "./did.ts";
import { keyInUse, keyPair } from "./keys.ts";
import { signCredential } from "./sign.ts";

/** The W3C minimum length (16 KB of bits), so one place says little about how many a school issued. */
const LIST_LENGTH = 131_072;

/**
 * The school's revocation list as a signed BitstringStatusListCredential: the place of every signed
 * credential that a correction superseded is set. Built from the database when asked, signed with
 * the school's key in use; null for a school that never signed.
 */
export async function statusListCredential(db: PrismaClient, schoolOrganizationId: string) {
  const key = await keyInUse(db, schoolOrganizationId);
  if (!key) return null;
  const revoked = await db.signedCredential.findMany({
    where: { schoolOrganizationId, issuedCredential: { supersededById: { not: null } } },
    select: { statusListIndex: true },
  });
  const list = await createList({ length: LIST_LENGTH });
  for (const { statusListIndex } of revoked) list.setStatus(statusListIndex, true);
  const credential = await createCredential({
    id: statusListUrl(schoolOrganizationId),
    list,
    statusPurpose: "revocation",
  });
  return signCredential(
    { ...credential, issuer: schoolDid(schoolOrganizationId), validFrom: new Date().toISOString() },
    await keyPair(key),
  );
}
