import {
  scopeDevelopmentPathsForEmployer,
  scopeEvidenceForEmployer,
  scopeOwnedByEmployer,
  scopePersonsForEmployer,
  type Prisma,
} from "@ontwikkelpad/db";
import { notFound, own } from "../../../shared/own.ts";

export interface EmployerContext {
  prisma: Prisma.TransactionClient;
  organizationId: string;
}

/** One of the employer's own persons, or the same NOT_FOUND whether it does not exist or belongs elsewhere. */
export async function ownPerson<I extends Prisma.PersonInclude>(
  ctx: EmployerContext,
  personId: string,
  include?: I,
) {
  const person = await ctx.prisma.person.findFirst({
    where: { AND: [{ id: personId }, scopePersonsForEmployer(ctx.organizationId)] },
    include: include as I,
  });
  return own(person, "person") as Prisma.PersonGetPayload<{ include: I }>;
}

export async function ownPath<I extends Prisma.DevelopmentPathInclude>(
  ctx: EmployerContext,
  pathId: string,
  include?: I,
) {
  const path = await ctx.prisma.developmentPath.findFirst({
    where: { AND: [{ id: pathId }, scopeDevelopmentPathsForEmployer(ctx.organizationId)] },
    include: include as I,
  });
  return own(path, "developmentPath") as Prisma.DevelopmentPathGetPayload<{ include: I }>;
}

/** Refuses a location that is not the employer's own; no location at all is fine. */
export async function ownLocation(ctx: EmployerContext, locationId: string | undefined): Promise<void> {
  if (
    locationId &&
    !(await ctx.prisma.location.findFirst({
      where: { id: locationId, ...scopeOwnedByEmployer(ctx.organizationId) },
    }))
  ) {
    throw notFound("location");
  }
}

/** The employer's own evidence rows with these ids; one that is missing or belongs elsewhere refuses them all. */
export async function ownEvidence(ctx: EmployerContext, ids: string[]) {
  const rows = await ctx.prisma.evidence.findMany({
    where: { AND: [{ id: { in: ids } }, scopeEvidenceForEmployer(ctx.organizationId)] },
    include: { supersededBy: { select: { id: true } } },
  });
  if (rows.length !== new Set(ids).size) throw notFound("evidence");
  return rows;
}
