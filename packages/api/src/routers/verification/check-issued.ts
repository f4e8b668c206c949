import { z } from "zod";
import { verificationSchema, verifyCredentialDocument } from "../../shared/credentials/verify.ts";
import { notFound } from "../../shared/own.ts";
import { publicProcedure } from "../../trpc.ts";

/**
 * Checks the signed credential behind the link in a credential PDF's QR code (no login), and gives it
 * to download. An id that is unknown, or of a credential not signed yet, is NOT_FOUND.
 */
export const checkIssued = publicProcedure
  .input(z.object({ credentialId: z.string().min(1).max(100) }))
  .output(verificationSchema.extend({ credential: z.record(z.string(), z.unknown()) }))
  .query(async ({ ctx, input }) => {
    const signed = await ctx.prisma.signedCredential.findUnique({
      where: { issuedCredentialId: input.credentialId },
    });
    if (!signed) throw notFound("signedCredential");
    const credential = signed.document as Record<string, unknown>;
    return { ...(await verifyCredentialDocument(ctx.prisma, credential)), credential };
  });
