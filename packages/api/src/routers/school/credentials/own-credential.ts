import { scopeOwnedBySchool, type Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { issuedInclude } from "./issued-view.ts";

/** A credential this school issued, or NOT_FOUND whether it does not exist or another school issued it. */
export async function ownIssuedCredential(
  ctx: { prisma: Prisma.TransactionClient; organizationId: string },
  credentialId: string,
) {
  const row = await ctx.prisma.issuedCredential.findFirst({
    where: { AND: [{ id: credentialId }, scopeOwnedBySchool(ctx.organizationId)] },
    include: issuedInclude,
  });
  if (!row)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "Dit bewijs bestaat niet of is niet door jouw school uitgegeven.",
    });
  return row;
}
