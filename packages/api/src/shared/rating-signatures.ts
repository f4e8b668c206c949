import type { RatingSignatures } from "@ontwikkelpad/core";

/** An evidence row as core's signature rule reads it, for the user who reads or signs it. */
export function ratingSignatures(
  evidence: {
    kind: string;
    signedAt: Date | null;
    coSignedAt: Date | null;
    signedByUserId: string | null;
    supersededBy: { id: string } | null;
  },
  readerUserId: string,
): RatingSignatures {
  return {
    kind: evidence.kind,
    signed: evidence.signedAt !== null,
    coSigned: evidence.coSignedAt !== null,
    superseded: evidence.supersededBy !== null,
    signedByReader: evidence.signedByUserId === readerUserId,
  };
}
