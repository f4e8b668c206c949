import { NOTIFICATION_KINDS_OF, type NotificationKind } from "@ontwikkelpad/core";
import type { OrganizationKind, Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { audit, type AuditContext } from "../audit.ts";
import { mailDeliverySchema } from "../enums.ts";
import { NOTIFICATION_KINDS } from "./notification.ts";

export const mailPreferenceSchema = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  delivery: mailDeliverySchema,
});
export type MailPreference = z.infer<typeof mailPreferenceSchema>;

/**
 * The notification kinds of the portal the user works in now: those of the session's active
 * organisation's kind; none without an active organisation.
 */
export function sessionNotificationKinds(session: {
  activeOrganizationId: string | null;
  user: { memberships: { organizationId: string; organization: { kind: OrganizationKind } }[] };
}): readonly NotificationKind[] {
  const active = session.user.memberships.find((m) => m.organizationId === session.activeOrganizationId);
  return active ? NOTIFICATION_KINDS_OF[active.organization.kind] : [];
}

/**
 * The user's choice for each of `kinds`, in that order: at once for a kind without a stored choice,
 * as the outbox reads it (`writeNotificationMail`, `settleClaimedMail`).
 */
export async function readMailPreferences(
  prisma: Prisma.TransactionClient,
  userId: string,
  kinds: readonly NotificationKind[],
): Promise<MailPreference[]> {
  const stored = await prisma.mailPreference.findMany({
    where: { userId, kind: { in: [...kinds] } },
    select: { kind: true, delivery: true },
  });
  return kinds.map((kind) => ({
    kind,
    delivery: stored.find((p) => p.kind === kind)?.delivery ?? "IMMEDIATE",
  }));
}

/**
 * Stores the user's own choices in the transaction `tx` with one audit event, `action`: the settings
 * page (`mail.preferences.set`) or an unsubscribe link (`mail.unsubscribe`). The caller has checked
 * that the kinds belong to the user's portal, or that the link was signed for them.
 */
export async function storeMailPreferences(
  tx: Prisma.TransactionClient,
  ctx: AuditContext & { session: { userId: string } },
  action: "mail.preferences.set" | "mail.unsubscribe",
  preferences: readonly MailPreference[],
): Promise<void> {
  const userId = ctx.session.userId;
  for (const { kind, delivery } of preferences) {
    await tx.mailPreference.upsert({
      where: { userId_kind: { userId, kind } },
      create: { userId, kind, delivery },
      update: { delivery },
    });
  }
  await audit(tx, ctx, action, {
    entity: "MailPreference",
    entityId: userId,
    details: preferences.map(({ kind, delivery }) => ({ kind, delivery })),
  });
}
