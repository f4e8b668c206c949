import { createHmac, timingSafeEqual } from "node:crypto";
import { NOTIFICATION_KINDS_OF, type NotificationKind } from "@ontwikkelpad/core";
import type { Database } from "@ontwikkelpad/db";
import { z } from "zod";
import { publicUrl } from "../shared/credentials/settings.ts";
import { NOTIFICATION_KINDS } from "../shared/notifications/notification.ts";
import { storeMailPreferences } from "../shared/notifications/preferences.ts";
import { PORTAL_PATHS } from "../shared/notifications/read.ts";

/** Used only outside production (the demo and the tests), so links are signed without configuration. */
const DEVELOPMENT_SECRET = "ontwikkelpad-development-mail-link-secret";

/** The server's path that unsubscribes without a login (`apps/server`). */
export const UNSUBSCRIBE_PATH = "/afmelden";

/** The server seeds and serves the demo (`npm start`) unless `SEED_DEMO` is off. */
const runsDemo = (env: NodeJS.ProcessEnv) => !["false", "0"].includes(env.SEED_DEMO?.trim() ?? "");

/**
 * The key that signs unsubscribe links, from `MAIL_LINK_SECRET` (at least 32 characters). A production
 * deployment (NODE_ENV production, no demo) without one sends no mail: the outbox keeps every mail and
 * tries again once it is set; the demo and development use a fixed development secret.
 */
function linkKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const secret = env.MAIL_LINK_SECRET ?? "";
  if (secret.length < 32 && env.NODE_ENV === "production" && !runsDemo(env))
    throw new Error("MAIL_LINK_SECRET is not set (at least 32 characters): no mail is signed or sent.");
  // A key of its own, so a link's signature is good for nothing else.
  return createHmac("sha256", secret.length >= 32 ? secret : DEVELOPMENT_SECRET)
    .update("unsubscribe link")
    .digest();
}

const sign = (payload: string) => createHmac("sha256", linkKey()).update(payload).digest("base64url");

const payloadSchema = z.object({ u: z.string().min(1), k: z.array(z.enum(NOTIFICATION_KINDS)).min(1) });

/** Who an unsubscribe link was signed for, and the kinds of mail it stops. */
export interface UnsubscribeLink {
  userId: string;
  kinds: NotificationKind[];
}

/** The token of a link that stops mail of `kinds` for `userId`: the two, signed with the server's key. */
export function unsubscribeToken(userId: string, kinds: readonly NotificationKind[]): string {
  const payload = Buffer.from(JSON.stringify({ u: userId, k: [...new Set(kinds)] })).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/**
 * The link at the foot of a mail and in its `List-Unsubscribe` header: it stops the mail's kinds for
 * its recipient without a login, and its page links to the mail settings in the recipient's portal.
 */
export function unsubscribeUrl(userId: string, kinds: readonly NotificationKind[]): string {
  return `${publicUrl()}${UNSUBSCRIBE_PATH}?token=${unsubscribeToken(userId, kinds)}`;
}

/** What a token says, or null when it was not signed with this server's key or was changed since. */
export function readUnsubscribeToken(token: string): UnsubscribeLink | null {
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(decoded);
  return parsed.success ? { userId: parsed.data.u, kinds: parsed.data.k } : null;
}

/** The mail settings in the portal of `kind`, with that kind highlighted (relative to the server). */
export function mailSettingsPath(kind: NotificationKind): string {
  const organizationKind = (Object.keys(NOTIFICATION_KINDS_OF) as (keyof typeof PORTAL_PATHS)[]).find((k) =>
    NOTIFICATION_KINDS_OF[k].includes(kind),
  )!;
  return `${PORTAL_PATHS[organizationKind]}/?meldingen=${encodeURIComponent(kind)}`;
}

/**
 * Stops the mail of the token's kinds for the user it was signed for (`NEVER`, audited as
 * `mail.unsubscribe` from `ip`), in one transaction. Null, and nothing changes, when the token is not
 * this server's or its user no longer exists.
 */
export async function unsubscribe(
  db: Database,
  token: string,
  ip: string | null,
): Promise<UnsubscribeLink | null> {
  const link = readUnsubscribeToken(token);
  if (!link) return null;
  return db.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: link.userId }, select: { id: true } });
    if (!user) return null;
    await storeMailPreferences(
      tx,
      { session: { userId: user.id }, organizationId: null, ip },
      "mail.unsubscribe",
      link.kinds.map((kind) => ({ kind, delivery: "NEVER" as const })),
    );
    return link;
  });
}
