/** The schools with their offers, spread over the regions; a region without its own school uses the nearest one in the list. */
import { type Generation, type RegionRow, day } from "./national-context.ts";
import { OFFERS } from "./national-data.ts";

export type OffersBySchool = Map<string, { id: string; offer: (typeof OFFERS)[number] }[]>;

export async function generateSchools(
  { random, today, scaled, id, addUser, write }: Generation,
  regions: RegionRow[],
): Promise<OffersBySchool> {
  const { organizations, regionMemberships, offers, offerStarts } = write;
  const schoolCount = scaled(70);
  const offersBySchool = new Map<string, { id: string; offer: (typeof OFFERS)[number] }[]>();
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
    await addUser(`examinator@school-${n}.gen`, schoolId, "EXAMINER");
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
    offersBySchool.set(schoolId, schoolOffers);
  }
  // A region without its own school uses the nearest one in the list.
  for (const [index, region] of regions.entries()) {
    if (region.schoolIds.length === 0)
      region.schoolIds.push(...(regions[index % schoolCount]?.schoolIds ?? []));
  }
  return offersBySchool;
}
