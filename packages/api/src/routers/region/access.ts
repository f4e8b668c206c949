import {
  scopeCandidatesForPartner,
  scopeCandidatesForRegion,
  type Prisma,
  type Role,
} from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { authedProcedure } from "../../trpc.ts";

/**
 * A procedure of the region's candidate desk, for the region's own staff and for its partner
 * organisations (UWV, gemeente…). The organisation is the session's active one. A partner works for
 * the region it belongs to, and only with the candidates it registered itself.
 */
export const regionDeskProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const organizationId = ctx.session.activeOrganizationId;
  const memberships = ctx.session.user.memberships.filter(
    (m) =>
      m.organizationId === organizationId &&
      (m.organization.kind === "REGION" || m.organization.kind === "PARTNER"),
  );
  if (!organizationId || memberships.length === 0) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Dit onderdeel hoort bij een ander soort organisatie. Kies de juiste organisatie.",
    });
  }
  const roles = memberships.map((m) => m.role);
  if (memberships[0]!.organization.kind === "REGION") {
    return next({
      ctx: {
        ...ctx,
        organizationId,
        regionOrganizationId: organizationId,
        partnerOrganizationId: null,
        roles,
      },
    });
  }
  const membership = await ctx.prisma.regionMembership.findFirst({
    where: { organizationId, region: { kind: "REGION" } },
    orderBy: { createdAt: "asc" },
  });
  if (!membership) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message:
        "Jouw organisatie is nog niet bij een arbeidsmarktregio aangesloten. Vraag de regiecoördinator om jullie aan te sluiten.",
    });
  }
  return next({
    ctx: {
      ...ctx,
      organizationId,
      regionOrganizationId: membership.regionOrganizationId,
      partnerOrganizationId: organizationId as string | null,
      roles,
    },
  });
});

/** The candidates this caller may see: the whole desk's, or a partner's own. */
export function candidateScope(ctx: {
  regionOrganizationId: string;
  partnerOrganizationId: string | null;
}): Prisma.CandidateRegistrationWhereInput {
  return ctx.partnerOrganizationId
    ? scopeCandidatesForPartner(ctx.regionOrganizationId, ctx.partnerOrganizationId)
    : scopeCandidatesForRegion(ctx.regionOrganizationId);
}

/** Refuses a caller without one of `allowed` in the active organisation. */
export function requireRole(roles: readonly Role[], allowed: readonly Role[], what: string): void {
  if (!roles.some((r) => allowed.includes(r))) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `${what} is voorbehouden aan ${allowed.map((r) => ROLE_NAMES[r]).join(" of ")}.`,
    });
  }
}

const ROLE_NAMES: Partial<Record<Role, string>> = {
  COORDINATOR: "de regiecoördinator",
  WSP_ADVISOR: "de WSP-adviseur",
  LWL_ADVISOR: "de LWL-adviseur",
  INTAKE: "de intake van een partnerorganisatie",
};

/** Finds a candidate the caller may see, or refuses as if it did not exist. */
export async function findCandidate(
  ctx: {
    prisma: Prisma.TransactionClient;
    regionOrganizationId: string;
    partnerOrganizationId: string | null;
  },
  candidateId: string,
) {
  const registration = await ctx.prisma.candidateRegistration.findFirst({
    where: { AND: [{ id: candidateId }, candidateScope(ctx)] },
    include: { person: true, partner: { select: { name: true } } },
  });
  if (!registration) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message:
        "Deze kandidaat bestaat niet, is niet door jouw organisatie aangemeld of heeft de toestemming ingetrokken.",
    });
  }
  return registration;
}
