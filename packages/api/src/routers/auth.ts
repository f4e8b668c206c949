import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../shared/audit.ts";
import { CSRF_COOKIE, SESSION_COOKIE, hashToken, type Context } from "../context.ts";
import { authedProcedure, publicProcedure, router } from "../trpc.ts";

const SESSION_DAYS = 14;
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MINUTES = 15;
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
        email: z.email("Vul een geldig e-mailadres in.").transform((e) => e.toLowerCase()),
        password: z.string().min(1, "Vul je wachtwoord in."),
      }),
    )
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const since = new Date(Date.now() - FAILURE_WINDOW_MINUTES * 60_000);
      const failures = await ctx.prisma.loginAttempt.findMany({
        where: { email: input.email, ip: ctx.ip, succeeded: false, createdAt: { gte: since } },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
      });
      if (failures.length >= MAX_FAILURES) {
        const retryAt =
          failures[failures.length - MAX_FAILURES]!.createdAt.getTime() + FAILURE_WINDOW_MINUTES * 60_000;
        const minutes = Math.max(1, Math.ceil((retryAt - Date.now()) / 60_000));
        throw new TRPCError({
          code: "TOO_MANY_REQUESTS",
          message: `Te veel mislukte pogingen. Probeer het over ${minutes} minuten opnieuw.`,
        });
      }
      const user = await ctx.prisma.user.findUnique({
        where: { email: input.email },
        include: { memberships: true },
      });
      const valid =
        user && !user.disabledAt
          ? await verify(user.passwordHash, input.password)
          : await verify(await UNKNOWN_USER_HASH, input.password).then(() => false);
      if (!user || !valid) {
        await ctx.prisma.loginAttempt.create({ data: { email: input.email, ip: ctx.ip, succeeded: false } });
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
        await tx.loginAttempt.create({ data: { email: input.email, ip: ctx.ip, succeeded: true } });
        await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        await audit(tx, {
          actorUserId: user.id,
          organizationId: session.activeOrganizationId,
          action: "auth.login",
          entityType: "Session",
          entityId: session.id,
          ip: ctx.ip,
        });
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
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: input.organizationId,
          action: "auth.switchOrganization",
          entityType: "Session",
          entityId: ctx.session.id,
          ip: ctx.ip,
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
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.session.activeOrganizationId,
          action: input.everywhere ? "auth.logoutEverywhere" : "auth.logout",
          entityType: "User",
          entityId: ctx.session.userId,
          ip: ctx.ip,
        });
        return result.count;
      });
      cookie(ctx, SESSION_COOKIE, "", 0, true);
      cookie(ctx, CSRF_COOKIE, "", 0, false);
      return { endedSessions: ended };
    }),
});
