import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { signIssuedCredential } from "../../../shared/credentials/sign.ts";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownIssuedCredential } from "./own-credential.ts";

/**
 * An issued credential as the signed Open Badges 3.0 verifiable credential the school issued, with its
 * revocation when it was superseded. A credential issued before schools signed is signed the first
 * time it is asked for (its revocation-list place says whether it was superseded).
 */
export const openBadge = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ credentialId: z.string().min(1) }))
  .output(
    z.object({
      credential: z.record(z.string(), z.unknown()),
      revocation: z.object({ id: z.string(), revokedAt: z.string(), reason: z.string() }).nullable(),
    }),
  )
  .query(async ({ ctx, input }) => {
    const row = await ownIssuedCredential(ctx, input.credentialId);
    const signed =
      (await ctx.prisma.signedCredential.findUnique({ where: { issuedCredentialId: row.id } })) ??
      (await ctx.prisma.$transaction(async (tx) => {
        const created = await signIssuedCredential(tx, row.id);
        await audit(tx, ctx, "credential.sign", {
          entity: "IssuedCredential",
          entityId: row.id,
          details: { statusListIndex: created.statusListIndex },
        });
        return created;
      }));
    const credential = signed.document as Prisma.JsonObject;
    return {
      credential,
      revocation:
        row.supersededAt && row.supersededReason
          ? {
              id: String(credential.id),
              revokedAt: row.supersededAt.toISOString(),
              reason: row.supersededReason,
            }
          : null,
    };
  });
