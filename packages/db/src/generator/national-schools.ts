/**
 * The schools with their offers and the users who record exam results, spread over the regions; a
 * region without its own school uses the nearest one in the list.
 */
import { type Generation, type RegionRow, day } from "./national-context.ts";
import { OFFERS } from "./national-data.ts";

export interface SchoolRow {
  id: string;
  offers: { id: string; offer: (typeof OFFERS)[number] }[];
  /** The examinator registers and assesses exams; the examencommissie member establishes them. */
  examinerId: string;
  committeeId: string;
}
export type SchoolsById = Map<string, SchoolRow>;

export async function generateSchools(
  { random, today, scaled, id, addUser, write }: Generation,
  regions: RegionRow[],
): Promise<SchoolsById> {
  const { organizations, regionMemberships, offers, offerStarts } = write;
  const schoolCount = scaled(70);
  const schools: SchoolsById = new Map();
  for (let n = 0; n < schoolCount; n += 1) {
    const region = regions[n % regions.length] as RegionRow;
    const schoolId = id("s");
    await organizations.add([
      schoolId,
      "SCHOOL",
      `ROC ${region.city}${n >= regions.length ? ` ${Math.floor(n / regions.length) + 1}` : ""}`,
      null,
      `9${n.toString().padStart(3, "0")}`,
      region.city,
    ]);
    await regionMemberships.add([id("rm"), schoolId, region.id]);
    await addUser(`opleidingsadviseur@school-${n}.gen`, schoolId, "TRAINING_ADVISOR");
    const examinerId = await addUser(`examinator@school-${n}.gen`, schoolId, "EXAMINER");
    const committeeId = await addUser(`examencommissie@school-${n}.gen`, schoolId, "EXAM_COMMITTEE");
    region.schoolIds.push(schoolId);
    const schoolOffers = [];
    for (const offer of OFFERS) {
      if (!random.chance(0.8)) continue;
      const offerId = id("to");
      const format = random.pick(["ON_SITE", "HYBRID", "ONLINE", "AT_WORKPLACE"]);
      const hoursPerWeek = random.int(2, 8);
      const seats = random.int(12, 30);
      const startDate = day(today, random.int(30, 180));
      await offers.add([
        offerId,
        schoolId,
        offer.title,
        offer.credentialId,
        offer.crebo,
        offer.learningRoute,
        format,
        offer.weeks,
        hoursPerWeek,
        day(today, -random.int(10, 200)),
      ]);
      // Employers see an offer as open through its start moments.
      await offerStarts.add([id("tos"), offerId, startDate, seats]);
      schoolOffers.push({ id: offerId, offer });
    }
    schools.set(schoolId, { id: schoolId, offers: schoolOffers, examinerId, committeeId });
  }
  // A region without its own school uses the nearest one in the list.
  for (const [index, region] of regions.entries()) {
    if (region.schoolIds.length === 0)
      region.schoolIds.push(...(regions[index % schoolCount]?.schoolIds ?? []));
  }
  return schools;
}
