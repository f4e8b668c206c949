import { scopeOrganizationsInRegion, type Prisma } from "@ontwikkelpad/db";

interface SchoolContext {
  prisma: Prisma.TransactionClient;
  organizationId: string;
}

/**
 * The employers (hosts) or schools (partners) of the school's regions besides the school itself, by
 * name: who a learning team of the school may be hosted by or may invite; `id` narrows to one of them.
 */
export async function organizationsOfOwnRegions(
  ctx: SchoolContext,
  kind: "EMPLOYER" | "SCHOOL",
  id?: string,
) {
  const regions = await ctx.prisma.regionMembership.findMany({
    where: { organizationId: ctx.organizationId },
    select: { regionOrganizationId: true },
  });
  if (regions.length === 0) return [];
  return ctx.prisma.organization.findMany({
    where: {
      AND: [
        { OR: regions.map((r) => scopeOrganizationsInRegion(r.regionOrganizationId)) },
        { kind, NOT: { id: ctx.organizationId } },
        ...(id === undefined ? [] : [{ id }]),
      ],
    },
    select: { id: true, name: true, city: true },
    orderBy: { name: "asc" },
  });
}
