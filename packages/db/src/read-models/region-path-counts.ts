import type { Prisma } from "../../generated/prisma/client.ts";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Active development paths in a region, per current step and goal function. */
export interface RegionPathCounts {
  /** Member organisations of the region that are employers. */
  employers: number;
  /** Per group the record keys of the paths' persons, one per path: its count and its cell key. */
  groups: { currentStep: number; goalFunctionId: string | null; recordKeys: number[] }[];
}

/**
 * The region dashboard's counts in one statement: the member organisations once, then the active
 * paths of those members through their `employerOrganizationId` index.
 *
 * Hand-written SQL because Prisma reaches the paths through a join with every organisation and
 * needs a second query for the employer count: at national scale (201 members, ~1,800 paths) this
 * is about a third cheaper. Each path's record key is the copy the path carries of its person's
 * (`DevelopmentPath.recordKey`, filled by the database), so no person is read. The conditions are
 * those of `scopeOrganizationsInRegion` and `scopeDevelopmentPathsForRegionAggregates`; the
 * integration test compares the result with them and the persons' own record keys.
 */
export async function readRegionPathCounts(
  prisma: Client,
  regionOrganizationId: string,
): Promise<RegionPathCounts> {
  const rows = await prisma.$queryRaw<
    {
      employers: number;
      currentStep: number | null;
      goalFunctionId: string | null;
      recordKeys: number[] | null;
    }[]
  >`
    WITH members AS (
      SELECT m."organizationId" AS id, o.kind
      FROM "RegionMembership" m JOIN "Organization" o ON o.id = m."organizationId"
      WHERE m."regionOrganizationId" = ${regionOrganizationId}
    )
    SELECT (SELECT count(*) FROM members WHERE kind = 'EMPLOYER')::int AS employers,
      g."currentStep", g."goalFunctionId", g."recordKeys"
    FROM (SELECT 1) AS one
    LEFT JOIN (
      SELECT d."currentStep", d."goalFunctionId", array_agg(d."recordKey" ORDER BY d."recordKey") AS "recordKeys"
      FROM "DevelopmentPath" d
      WHERE d.status = 'ACTIVE' AND d."employerOrganizationId" = ANY (ARRAY(SELECT id FROM members))
      GROUP BY d."currentStep", d."goalFunctionId"
    ) AS g ON true`;
  return {
    employers: rows[0]?.employers ?? 0,
    groups: rows.flatMap((row) =>
      row.currentStep === null || row.recordKeys === null
        ? []
        : [{ currentStep: row.currentStep, goalFunctionId: row.goalFunctionId, recordKeys: row.recordKeys }],
    ),
  };
}
