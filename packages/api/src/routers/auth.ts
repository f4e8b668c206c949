import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../shared/audit.ts";
import { CSRF_COOKIE, SESSION_COOKIE, hashToken, type Context } from "../context.ts";
import { emailSchema } from "../shared/email.ts";
import { authedProcedure, publicProcedure, router } from "../trpc.ts";

const SESSION_DAYS = 14;
/**
 * Failed logins counted over the last 15 minutes, separately per account and address, per address
 * (one client trying many accounts) and per account (many clients trying one). An account under
 * attack stays open from an address without failures on it, so an attacker cannot lock its owner out.
 */
const LOGIN_LIMITS = { windowMinutes: 15, perAccountAndAddress: 5, perAddress: 50, perAccount: 20 };

interface Failure {
  email: string;
  ip: string;
  createdAt: Date;
}

/**
 * When the attempt just reserved may be checked again, or null when it may be checked now. The
 * failures include the reservation itself and those of attempts running in parallel, so no more
 * passwords are checked than the limits allow.
 */
async function loginBlockedUntil(prisma: Context["prisma"], email: string, ip: string): Promise<Date | null> {
  const windowMs = LOGIN_LIMITS.windowMinutes * 60_000;
  const failures = await prisma.loginAttempt.findMany({
    where: { succeeded: false, createdAt: { gte: new Date(Date.now() - windowMs) }, OR: [{ email }, { ip }] },
    select: { email: true, ip: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const pair = failures.filter((f) => f.email === email && f.ip === ip);
  const byAddress = failures.filter((f) => f.ip === ip);
  const byAccount = failures.filter((f) => f.email === email);
  // Blocked while more than `limit` failures (this reservation included) are in the window: free again
  // once the oldest of them ages out.
  const freeAt = (list: Failure[], limit: number) =>
    list.length > limit ? new Date(list[list.length - limit]!.createdAt.getTime() + windowMs) : null;
  return (
    freeAt(pair, LOGIN_LIMITS.perAccountAndAddress) ??
    freeAt(byAddress, LOGIN_LIMITS.perAddress) ??
    (byAccount.length > LOGIN_LIMITS.perAccount ? freeAt(pair, 1) : null)
  );
}

/** Verified against when the email is unknown, so both cases take as long and say the same. */
const UNKNOWN_USER_HASH = hash("niet-bestaande-gebruiker");

function cookie(ctx: Context, name: string, value: string, maxAgeSeconds: number, httpOnly: boolean) {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    "Path=/",
    "SameSite=Lax",
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (httpOnly) parts.push("HttpOnly");
  if (ctx.secure) parts.push("Secure");
  ctx.setCookie(parts.join("; "));
}

const meOutput = z.object({
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string() }),
  activeOrganizationId: z.string().nullable(),
  memberships: z.array(
    z.object({
      organizationId: z.string(),
      organizationName: z.string(),
      organizationKind: z.string(),
      role: z.string(),
    }),
  ),
});

export const authRouter = router({
  login: publicProcedure
    .input(
      z.object({
        email: emailSchema.transform((e) => e.toLowerCase()),
        password: z
          .string()
          .min(1, "Vul je wachtwoord in.")
          .max(1_000, "Een wachtwoord heeft hoogstens 1000 tekens."),
      }),
    )
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      // Reserve the attempt as a failure before anything is checked: see loginBlockedUntil.
      const attempt = await ctx.prisma.loginAttempt.create({
        data: { email: input.email, ip: ctx.ip, succeeded: false },
      });
      const retryAt = await loginBlockedUntil(ctx.prisma, input.email, ctx.ip);
      const user = await ctx.prisma.user.findUnique({
        where: { email: input.email },
        include: { memberships: true },
      });
      // The audit trail names the account tried, never the password; nobody acts yet, so the attempt
      // is recorded without an actor or organisation.
      const nobody = { ...ctx, session: null, organizationId: null };
      const attempted = { entity: "User", entityId: user?.id ?? null, details: { email: input.email } };
      if (retryAt) {
        // A refused attempt checks nothing, so its reservation is dropped after the audit event is
        // written. No transaction: a flood of refused attempts must not queue for transactions, and
        // should the delete fail, the attempt merely keeps counting as a failure.
        await audit(ctx.prisma, nobody, "auth.loginBlocked", attempted);
        await ctx.prisma.loginAttempt.delete({ where: { id: attempt.id } });
        const minutes = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000));
        throw new TRPCError({
          code: "TOO_MANY_REQUESTS",
          message: `Te veel mislukte pogingen. Probeer het over ${minutes} minuten opnieuw.`,
        });
      }
      const valid =
        user && !user.disabledAt
          ? await verify(user.passwordHash, input.password)
          : await verify(await UNKNOWN_USER_HASH, input.password).then(() => false);
      if (!user || !valid) {
        await audit(ctx.prisma, nobody, "auth.loginFailed", attempted);
        throw new TRPCError({ code: "UNAUTHORIZED", message: "E-mailadres of wachtwoord klopt niet." });
      }
      const token = randomBytes(32).toString("base64url");
      const csrfToken = randomBytes(24).toString("base64url");
      await ctx.prisma.$transaction(async (tx) => {
        const session = await tx.session.create({
          data: {
            tokenHash: hashToken(token),
            csrfToken,
            userId: user.id,
            activeOrganizationId: user.memberships[0]?.organizationId ?? null,
            expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
            ip: ctx.ip,
          },
        });
        await tx.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
        await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        await audit(
          tx,
          { ...ctx, session: { userId: user.id }, organizationId: session.activeOrganizationId },
          "auth.login",
          { entity: "Session", entityId: session.id },
        );
      });
      cookie(ctx, SESSION_COOKIE, token, SESSION_DAYS * 86_400, true);
      cookie(ctx, CSRF_COOKIE, csrfToken, SESSION_DAYS * 86_400, false);
      return { ok: true as const };
    }),

  me: authedProcedure
    .input(z.void())
    .output(meOutput)
    .query(({ ctx }) => ({
      user: {
        id: ctx.session.user.id,
        email: ctx.session.user.email,
        displayName: ctx.session.user.displayName,
      },
      activeOrganizationId: ctx.session.activeOrganizationId,
      memberships: ctx.session.user.memberships.map((m) => ({
        organizationId: m.organizationId,
        organizationName: m.organization.name,
        organizationKind: m.organization.kind,
        role: m.role,
      })),
    })),

  switchOrganization: authedProcedure
    .input(z.object({ organizationId: z.string().min(1) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      if (!ctx.session.user.memberships.some((m) => m.organizationId === input.organizationId)) {
        throw new TRPCError({ code: "FORBIDDEN", message: "Je bent geen lid van deze organisatie." });
      }
      await ctx.prisma.$transaction(async (tx) => {
        await tx.session.update({
          where: { id: ctx.session.id },
          data: { activeOrganizationId: input.organizationId },
        });
        await audit(tx, { ...ctx, organizationId: input.organizationId }, "auth.switchOrganization", {
          entity: "Session",
          entityId: ctx.session.id,
        });
      });
      return { ok: true as const };
    }),

  logout: authedProcedure
    .input(z.object({ everywhere: z.boolean().default(false) }))
    .output(z.object({ endedSessions: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const ended = await ctx.prisma.$transaction(async (tx) => {
        const result = await tx.session.deleteMany({
          where: input.everywhere ? { userId: ctx.session.userId } : { id: ctx.session.id },
        });
        await audit(
          tx,
          { ...ctx, organizationId: ctx.session.activeOrganizationId },
          input.everywhere ? "auth.logoutEverywhere" : "auth.logout",
          { entity: "User", entityId: ctx.session.userId },
        );
        return result.count;
      });
      cookie(ctx, SESSION_COOKIE, "", 0, true);
      cookie(ctx, CSRF_COOKIE, "", 0, false);
      return { endedSessions: ended };
    }),
});
