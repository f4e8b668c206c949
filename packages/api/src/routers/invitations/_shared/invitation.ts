import { TRPCError } from "@trpc/server";
import type { Prisma } from "@ontwikkelpad/db";
import { hashToken } from "../../../context.ts";

export const INVALID_LINK =
  "Deze uitnodiging bestaat niet, is al gebruikt of is verlopen. Vraag de beheerder om een nieuwe link.";

/** The open invitation behind a link's token, or NOT_FOUND with a message the invitee can act on. */
export async function openInvitation(prisma: Prisma.TransactionClient, token: string) {
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date())
    throw new TRPCError({ code: "NOT_FOUND", message: INVALID_LINK });
  return invitation;
}
