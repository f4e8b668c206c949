import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import type { KeyPair } from "@digitalbazaar/ed25519-multikey";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { buildOpenBadgeCredential, childcareCatalog, findWorkProcess } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { isoDate } from "../dates.ts";
import { readSnapshot, snapshotRelations } from "../issued-snapshot.ts";
import { documentLoader, unbundledContexts } from "./contexts.ts";
import { schoolDid, statusListUrl } from "./did.ts";
import { signingKey } from "./keys.ts";
import { publicUrl } from "./settings.ts";

/** A credential that cannot be signed as it stands; never signed half. */
export const signingRefused = () =>
  new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message:
      "Dit bewijs kon niet worden ondertekend en is daarom niet uitgegeven. Meld dit bij de beheerder.",
  });

/**
 * Signs a credential with a Data Integrity proof (eddsa-rdfc-2022) under the given key, with only the
 * bundled contexts: a credential with any other context, or with a term its contexts do not define
 * (JSON-LD safe mode), is refused before anything is signed.
 */
export async function signCredential(credential: Record<string, unknown>, pair: KeyPair) {
  if (unbundledContexts(credential).length > 0) throw signingRefused();
  try {
    return await vc.issue({
      credential,
      suite: new DataIntegrityProof({ signer: pair.signer(), cryptosuite }),
      documentLoader: documentLoader(),
    });
  } catch (cause) {
    throw Object.assign(signingRefused(), { cause });
  }
}

/**
 * Signs an issued credential as an Open Badges 3.0 verifiable credential under the school's did:web, with
 * the next place in the school's revocation list, and stores it beside the issued credential (in the
 * issuing transaction: without a signature nothing is issued).
 */
export async function signIssuedCredential(tx: Prisma.TransactionClient, issuedCredentialId: string) {
  const row = await tx.issuedCredential.findUniqueOrThrow({
    where: { id: issuedCredentialId },
    include: snapshotRelations,
  });
  const { key, pair } = await signingKey(tx, row.schoolOrganizationId);
  const last = await tx.signedCredential.aggregate({
    where: { schoolOrganizationId: row.schoolOrganizationId },
    _max: { statusListIndex: true },
  });
  const statusListIndex = (last._max.statusListIndex ?? -1) + 1;
  const credential = buildOpenBadgeCredential({
    baseUrl: publicUrl(),
    credentialId: row.id,
    catalogCredentialId: row.credentialId,
    issuerId: schoolDid(row.schoolOrganizationId),
    issuedOn: isoDate(row.issuedOn),
    snapshot: readSnapshot(row),
    workProcesses: row.workProcessIds.map((id) => {
      const wp = findWorkProcess(childcareCatalog, id);
      return { id, code: wp?.code ?? id, title: wp?.title ?? id };
    }),
    status: { listUrl: statusListUrl(row.schoolOrganizationId), index: statusListIndex },
  });
  const document = await signCredential(credential, pair);
  return tx.signedCredential.create({
    data: {
      issuedCredentialId: row.id,
      schoolOrganizationId: row.schoolOrganizationId,
      keyId: key.id,
      statusListIndex,
      document: document as Prisma.InputJsonObject,
    },
  });
}
