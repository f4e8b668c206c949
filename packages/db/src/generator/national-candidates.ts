/**
 * Candidates registered at the region desks, as the desk registers them: a person with a registration
 * (by the desk or one of the region's partners, most with the intake done), most with consent to
 * follow them up, some referred to an employer.
 */
import { type Generation, type RegionRow, day } from "./national-context.ts";
import { REGION_WEIGHT } from "./national-data.ts";

export async function generateCandidates(
  { random, today, past, scaled, id, name, write }: Generation,
  regions: RegionRow[],
): Promise<void> {
  const { persons, registrations, consents, referrals } = write;
  for (const region of regions) {
    const candidates = scaled(120) * (REGION_WEIGHT[region.code] ?? 1);
    for (let c = 0; c < candidates; c += 1) {
      const personId = id("p");
      const [given, family] = name();
      const registeredAt = day(today, -random.int(1, 365));
      await persons.add([personId, "CANDIDATE", given, family, null, region.id, registeredAt]);
      const intakeDone = random.chance(0.7);
      await registrations.add([
        id("cg"),
        personId,
        region.id,
        random.chance(0.6) ? random.pick(region.partnerIds) : null,
        intakeDone ? past(day(registeredAt, random.int(1, 21))) : null,
        intakeDone ? random.int(12, 32) : null,
        intakeDone ? region.city : null,
        registeredAt,
      ]);
      if (!random.chance(0.85)) continue;
      await consents.add([id("cr"), personId, region.id, "REGION_FOLLOW_UP", registeredAt]);
      if (region.employerIds.length > 0 && random.chance(0.5)) {
        await referrals.add([
          id("rf"),
          region.id,
          random.pick(region.employerIds),
          random.pick(region.partnerIds),
          personId,
          null,
          random.pick(["PROPOSED", "INTRODUCED", "HIRED", "DECLINED"]),
          "Past bij het profiel van groepshulp.",
          past(day(registeredAt, random.int(1, 60))),
        ]);
      }
    }
  }
}
