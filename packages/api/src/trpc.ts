import { CoreInputError } from "@ontwikkelpad/core";
import type { OrganizationKind } from "@ontwikkelpad/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { CSRF_HEADER, type Context } from "./context.ts";
import { databaseUnavailable, isDatabaseUnavailable } from "./database-outage.ts";
import { authorizeCall, type ProcedureMeta } from "./shared/authorization.ts";
import { fieldError } from "./shared/field-error.ts";
import { findUnstorableText } from "./storable-text.ts";
import { dutchZodMessage } from "./zod-error-map.ts";

// Every validation message a user can see is Dutch, also for checks without a message of their own.
z.config({ customError: dutchZodMessage });

/** What a client sees of an unexpected error: never the database's message, a path, a host or a stack. */
export const INTERNAL_ERROR_MESSAGE = "Er ging iets mis. Probeer het opnieuw.";

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      // Field errors let a form put each message next to its field.
      const fieldErrors =
        error.cause instanceof ZodError
          ? Object.fromEntries(error.cause.issues.map((i) => [i.path.join("."), i.message]))
          : null;
      // The server logs the details; only development shows them to the client as well.
      const development = process.env.NODE_ENV === "development";
      const { stack, ...data } = shape.data;
      return {
        ...shape,
        message:
          error.code === "INTERNAL_SERVER_ERROR" && !development ? INTERNAL_ERROR_MESSAGE : shape.message,
        data: { ...data, ...(development ? { stack } : {}), fieldErrors },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Mutations must carry the session's CSRF token in a header (double submit). */
const csrf = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation" && ctx.session && ctx.headers.get(CSRF_HEADER) !== ctx.session.csrfToken) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Deze pagina is verlopen. Laad de pagina opnieuw en probeer het nog eens.",
    });
  }
  return next();
});

/** SQLSTATE of the database triggers that keep signed evidence, issued credentials and audit events append-only. */
const INTEGRITY_CONSTRAINT_VIOLATION = "23000";

export function isAppendOnlyViolation(error: unknown): boolean {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } } | null)
    ?.meta;
  return meta?.driverAdapterError?.cause?.originalCode === INTEGRITY_CONSTRAINT_VIOLATION;
}

/** Text the database cannot store is refused before any procedure sees it, with the field it is in. */
const storableInput = t.middleware(async ({ getRawInput, next }) => {
  const path = findUnstorableText(await getRawInput());
  if (path)
    throw fieldError(
      path,
      "Dit veld bevat een onzichtbaar of ongeldig teken. Typ de tekst opnieuw, zonder te plakken.",
    );
  return next();
});

/**
 * Errors with an answer the user can act on. Core refuses bad input with a `CoreInputError` whose
 * message is Dutch: a 400, never a 500. The procedures check immutability themselves; should one
 * slip past, the database refuses and the user is asked for a correction instead. A database that
 * cannot be reached answers 503 with a Dutch message; the server logs the cause. A unique constraint
 * that a simultaneous save won is a 409 with a Dutch message.
 */
const userErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (result.error.code !== "SERVICE_UNAVAILABLE" && isDatabaseUnavailable(cause))
    throw databaseUnavailable(cause);
  if (cause instanceof CoreInputError) {
    throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  }
  if (isAppendOnlyViolation(cause)) {
    throw new TRPCError({
      code: "CONFLICT",
      message:
        "Ondertekende beoordelingen, vastgestelde examenresultaten, uitgegeven bewijzen en vastgelegde aanwezigheid en begeleiding veranderen niet. Leg een correctie vast met een reden.",
      cause,
    });
  }
  // Two people saving the same thing at once: the database keeps the first, the second hears why.
  if ((cause as { code?: string } | undefined)?.code === "P2002") {
    throw new TRPCError({
      code: "CONFLICT",
      message: "Dit is intussen al vastgelegd, misschien door een collega. Laad de pagina opnieuw.",
      cause,
    });
  }
  return result;
});

export const publicProcedure = t.procedure.use(csrf).use(userErrors).use(storableInput);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Log in om verder te gaan." });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/**
 * A procedure for one kind of organisation (or a few). The organisation is the session's active one,
 * never taken from input; the roles are the user's roles in that organisation. Each procedure names
 * its action in core's permission table (`.meta({ action })`), checked by `authorizeCall`.
 */
function organizationProcedure<const K extends OrganizationKind>(...kinds: K[]) {
  return authedProcedure.meta({ organizationKinds: kinds }).use(({ ctx, meta, path, next }) => {
    const organizationId = ctx.session.activeOrganizationId;
    const memberships = ctx.session.user.memberships.filter(
      (m) =>
        m.organizationId === organizationId && (kinds as OrganizationKind[]).includes(m.organization.kind),
    );
    if (!organizationId || memberships.length === 0) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "Dit onderdeel hoort bij een ander soort organisatie. Kies de juiste organisatie.",
      });
    }
    const roles = memberships.map((m) => m.role);
    const organizationKind = memberships[0]!.organization.kind as K;
    return authorizeCall(roles, meta, path, (authorization) =>
      next({ ctx: { ...ctx, organizationId, organizationKind, roles, authorization } }),
    );
  });
}

export const employerProcedure = organizationProcedure("EMPLOYER");
export const schoolProcedure = organizationProcedure("SCHOOL");
export const regionProcedure = organizationProcedure("REGION");
/** A procedure the three portals share (`colleagues.*`): for a member of an employer, school or region. */
export const staffProcedure = organizationProcedure("EMPLOYER", "SCHOOL", "REGION");
