/** The 35 labour-market regions, reusing region organisations that already exist (e.g. from the demo), each with two partners and two accounts. */
import type { SqlRunner } from "../database.ts";
import type { Generation, RegionRow } from "./national-context.ts";
import { LABOUR_MARKET_REGIONS } from "./regions.ts";

export async function generateRegions(
  sql: SqlRunner,
  { id, addUser, write }: Generation,
): Promise<RegionRow[]> {
  const { organizations, regionMemberships } = write;
  const existingRegions = new Map(
    (
      await sql.query<{ id: string; regionCode: string }>(
        `SELECT "id", "regionCode" FROM "Organization" WHERE "kind" = 'REGION'`,
      )
    ).map((row) => [row.regionCode, row.id]),
  );
  const regions: RegionRow[] = [];
  for (const region of LABOUR_MARKET_REGIONS) {
    let regionId = existingRegions.get(region.code);
    if (!regionId) {
      regionId = id("r");
      await organizations.add([
        regionId,
        "REGION",
        `Arbeidsmarktregio ${region.name}`,
        region.code,
        null,
        region.city,
      ]);
    }
    const partnerIds = [id("o"), id("o")];
    await organizations.add([partnerIds[0], "PARTNER", `UWV ${region.name}`, null, null, region.city]);
    await organizations.add([partnerIds[1], "PARTNER", `Gemeente ${region.city}`, null, null, region.city]);
    for (const partnerId of partnerIds) await regionMemberships.add([id("rm"), partnerId, regionId]);
    const code = region.code.toLowerCase();
    await addUser(`coordinator@${code}.gen`, regionId, "COORDINATOR");
    await addUser(`wsp@${code}.gen`, regionId, "WSP_ADVISOR");
    regions.push({
      id: regionId,
      code: region.code,
      city: region.city,
      partnerIds,
      schoolIds: [],
      employerIds: [],
    });
  }
  return regions;
}
