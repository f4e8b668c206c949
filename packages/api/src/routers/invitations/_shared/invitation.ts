import type { Prisma } from "@ontwikkelpad/db";
import { hashToken } from "../../../context.ts";
import { notFound } from "../../../shared/own.ts";

/** The open invitation behind a link's token, or NOT_FOUND with a message the invitee can act on. */
export async function openInvitation(prisma: Prisma.TransactionClient, token: string) {
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date())
    throw notFound("invitationLink");
  return invitation;
}
