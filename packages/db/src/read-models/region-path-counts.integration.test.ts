import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database.ts";
import { generateNationalDataset } from "../generator/national.ts";
import { scopeDevelopmentPathsForRegionAggregates, scopeOrganizationsInRegion } from "../scope.ts";
import { createTestDatabase } from "../testing.ts";
import { readRegionPathCounts, type RegionPathCounts } from "./region-path-counts.ts";

let db: Database;
let regions: { id: string; name: string }[];

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  regions = await db.prisma.organization.findMany({
    where: { kind: "REGION" },
    select: { id: true, name: true },
  });
});
afterAll(() => db.close());

/** The same counts through Prisma and the scope helpers: the reference. */
async function countsThroughScopes(regionOrganizationId: string): Promise<RegionPathCounts> {
  const [employers, groups] = await Promise.all([
    db.prisma.organization.count({
      where: { ...scopeOrganizationsInRegion(regionOrganizationId), kind: "EMPLOYER" },
    }),
    db.prisma.developmentPath.findMany({
      where: { ...scopeDevelopmentPathsForRegionAggregates(regionOrganizationId), status: "ACTIVE" },
      select: { currentStep: true, goalFunctionId: true, person: { select: { recordKey: true } } },
    }),
  ]);
  const byGroup = new Map<string, RegionPathCounts["groups"][number]>();
  for (const g of groups) {
    const id = `${g.currentStep}|${g.goalFunctionId}`;
    const group = byGroup.get(id) ?? {
      currentStep: g.currentStep,
      goalFunctionId: g.goalFunctionId,
      recordKeys: [],
    };
    group.recordKeys.push(g.person.recordKey);
    byGroup.set(id, group);
  }
  return {
    employers,
    groups: [...byGroup.values()].map((g) => ({ ...g, recordKeys: g.recordKeys.toSorted((a, b) => a - b) })),
  };
}

const sorted = (counts: RegionPathCounts) => ({
  ...counts,
  groups: counts.groups.toSorted(
    (a, b) =>
      a.currentStep - b.currentStep || String(a.goalFunctionId).localeCompare(String(b.goalFunctionId)),
  ),
});

describe("readRegionPathCounts", () => {
  it("counts what the region scopes count, for every region of the demo", async () => {
    expect(regions.length).toBeGreaterThanOrEqual(3);
    for (const region of regions)
      expect(sorted(await readRegionPathCounts(db.prisma, region.id))).toEqual(
        sorted(await countsThroughScopes(region.id)),
      );
    const rijnmond = regions.find((r) => r.name.includes("Rijnmond"))!;
    expect((await readRegionPathCounts(db.prisma, rijnmond.id)).groups.length).toBeGreaterThan(0);
  });

  it("leaves out paths that are not active and paths of employers outside the region", async () => {
    const rijnmond = regions.find((r) => r.name.includes("Rijnmond"))!;
    const before = await readRegionPathCounts(db.prisma, rijnmond.id);
    const outsider = await db.prisma.organization.create({
      data: { kind: "EMPLOYER", name: "Buiten de regio" },
    });
    const person = await db.prisma.person.create({
      data: { kind: "STAFF", givenName: "Ans", familyName: "Buiten", employerOrganizationId: outsider.id },
    });
    await db.prisma.developmentPath.create({
      data: { personId: person.id, employerOrganizationId: outsider.id, currentStep: 2 },
    });
    const member = await db.prisma.organization.findFirstOrThrow({
      where: { ...scopeOrganizationsInRegion(rijnmond.id), kind: "EMPLOYER" },
    });
    const insider = await db.prisma.person.create({
      data: { kind: "STAFF", givenName: "Bea", familyName: "Binnen", employerOrganizationId: member.id },
    });
    await db.prisma.developmentPath.create({
      data: {
        personId: insider.id,
        employerOrganizationId: member.id,
        currentStep: 2,
        status: "STOPPED",
        endReason: "STOPPED_WITHOUT_RESULT",
        endedAt: new Date(),
      },
    });

    expect(sorted(await readRegionPathCounts(db.prisma, rijnmond.id))).toEqual(sorted(before));
  });

  it("gives the employer count of a region without active paths", async () => {
    const empty = await db.prisma.organization.create({
      data: { kind: "REGION", name: "Regio zonder paden", regionCode: "AM99" },
    });
    const employer = await db.prisma.organization.create({
      data: { kind: "EMPLOYER", name: "Nieuw in de regio" },
    });
    await db.prisma.regionMembership.create({
      data: { organizationId: employer.id, regionOrganizationId: empty.id },
    });
    expect(await readRegionPathCounts(db.prisma, empty.id)).toEqual({ employers: 1, groups: [] });
  });

  it("counts what the region scopes count, for every region of a generated national dataset", async () => {
    await db.sql.transaction((tx) =>
      generateNationalDataset(tx, { scale: 0.005, seed: 7, passwordHash: "-" }),
    );
    const generated = await db.prisma.organization.findMany({
      where: { kind: "REGION", id: { startsWith: "gen-" } },
      select: { id: true },
    });
    expect(generated.length).toBeGreaterThan(0);
    // The generator's bulk INSERTs name no record key: the database gave each path its person's.
    const [generatedPaths] = await db.sql.query<{ mismatched: number }>(
      `SELECT count(*)::int AS mismatched FROM "DevelopmentPath" d JOIN "Person" p ON p."id" = d."personId"
       WHERE d."recordKey" <> p."recordKey"`,
    );
    expect(generatedPaths!.mismatched).toBe(0);
    let paths = 0;
    for (const region of generated) {
      const counts = await readRegionPathCounts(db.prisma, region.id);
      expect(sorted(counts)).toEqual(sorted(await countsThroughScopes(region.id)));
      paths += counts.groups.reduce((sum, g) => sum + g.recordKeys.length, 0);
    }
    expect(paths).toBeGreaterThan(0);
  }, 120_000);
});
