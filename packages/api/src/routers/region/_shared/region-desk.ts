import { scopeCandidatesForPartner, scopeCandidatesForRegion, type Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { authedProcedure } from "../../../trpc.ts";
import { authorizeCall } from "../../../shared/authorization.ts";
import { consentFacts, hasConsentNow } from "../../../shared/consent.ts";
import { notFound } from "../../../shared/own.ts";

/**
 * A procedure of the region's candidate desk, for the region's own staff and for its partner
 * organisations (UWV, gemeente…). The organisation is the session's active one. A partner works for
 * the region it belongs to, and only with the candidates it registered itself.
 */
export const regionDeskProcedure = authedProcedure
  .meta({ organizationKinds: ["REGION", "PARTNER"] })
  .use(async ({ ctx, meta, path, next }) => {
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
      return authorizeCall(roles, meta, path, (authorization) =>
        next({
          ctx: {
            ...ctx,
            organizationId,
            regionOrganizationId: organizationId,
            partnerOrganizationId: null as string | null,
            roles,
            authorization,
          },
        }),
      );
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
    return authorizeCall(roles, meta, path, (authorization) =>
      next({
        ctx: {
          ...ctx,
          organizationId,
          regionOrganizationId: membership.regionOrganizationId,
          partnerOrganizationId: organizationId as string | null,
          roles,
          authorization,
        },
      }),
    );
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

/** Refusal of `referCandidates` (core's permission table says who matches and refers). */
export const REFER_MESSAGE =
  "Matchen en voordragen doen de regiecoördinator en de WSP-adviseurs. Vraag hen om deze kandidaat voor te dragen.";

/**
 * Finds a candidate the caller may see, with the registration consent to the region in force now
 * (core's rule; the scope only narrows the query), or refuses as if it did not exist.
 */
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
    include: { person: { include: consentFacts }, partner: { select: { name: true } } },
  });
  if (!registration || !hasConsentNow(registration.person, "REGION_FOLLOW_UP", ctx.regionOrganizationId)) {
    throw notFound("candidate");
  }
  return registration;
}
