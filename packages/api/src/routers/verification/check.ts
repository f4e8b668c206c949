import { z } from "zod";
import { verificationSchema, verifyCredentialDocument } from "../../shared/credentials/verify.ts";
import { publicProcedure } from "../../trpc.ts";

/**
 * Checks a credential anyone dropped or pasted on the public verify page (no login): issuer, signature
 * and revocation, from the database and the bundled contexts only.
 */
export const check = publicProcedure
  .input(z.object({ credential: z.record(z.string(), z.unknown()) }))
  .output(verificationSchema)
  .mutation(({ ctx, input }) => verifyCredentialDocument(ctx.prisma, input.credential));
