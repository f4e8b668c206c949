import { scopeOwnedBySchool, type Prisma } from "@ontwikkelpad/db";
import { issuedInclude } from "./issued-view.ts";
import { own } from "../../../shared/own.ts";

/** A credential this school issued, or NOT_FOUND whether it does not exist or another school issued it. */
export async function ownIssuedCredential(
  ctx: { prisma: Prisma.TransactionClient; organizationId: string },
  credentialId: string,
) {
  const row = await ctx.prisma.issuedCredential.findFirst({
    where: { AND: [{ id: credentialId }, scopeOwnedBySchool(ctx.organizationId)] },
    include: issuedInclude,
  });
  return own(row, "issuedCredential");
}
