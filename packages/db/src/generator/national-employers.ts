/** The employers with their recognitions, locations, groups, vacancies and staff, weighted towards the larger regions. */
import { type Generation, type RegionRow, day, weightedPick } from "./national-context.ts";
import { LOCATION_TYPES, LOCATION_WORDS, REGION_WEIGHT } from "./national-data.ts";
import type { SchoolRow, SchoolsById } from "./national-schools.ts";
import { generateStaffMember } from "./national-staff.ts";

export async function generateEmployers(
  g: Generation,
  regions: RegionRow[],
  schools: SchoolsById,
): Promise<void> {
  const { random, today, scaled, id, addUser } = g;
  const { organizations, regionMemberships, recognitions, locations, groups, vacancies } = g.write;
  const employerCount = scaled(3_000);
  const locationTarget = scaled(10_000);
  let locationsLeft = locationTarget;
  let lrk = 0;
  for (let n = 0; n < employerCount; n += 1) {
    const region = weightedPick(random, regions, (r) => REGION_WEIGHT[r.code] ?? 1);
    const employerId = id("e");
    await organizations.add([
      employerId,
      "EMPLOYER",
      `Kinderopvang ${random.pick(LOCATION_WORDS)} ${n + 1}`,
      null,
      (40_000_000 + n).toString(),
      region.city,
    ]);
    await regionMemberships.add([id("rm"), employerId, region.id]);
    region.employerIds.push(employerId);
    const adminId = await addUser(`admin@werkgever-${n}.gen`, employerId, "ADMIN");
    const trainerId = await addUser(`praktijkopleider@werkgever-${n}.gen`, employerId, "WORKPLACE_TRAINER");
    for (const [crebo, route, p] of [
      ["25696", "DERDE_LEERWEG", 0.7],
      ["25696", "BBL", 0.5],
      ["25498", "DERDE_LEERWEG", 0.35],
    ] as const) {
      if (random.chance(p))
        await recognitions.add([
          id("sbb"),
          employerId,
          crebo,
          route,
          "ACTIVE",
          day(today, -random.int(30, 1400)),
          day(today, random.int(30, 1400)),
        ]);
    }
    // Most employers have a few locations, a handful are large chains.
    const employersLeft = employerCount - n;
    const average = locationsLeft / employersLeft;
    const locationCount =
      employersLeft === 1
        ? Math.max(1, locationsLeft)
        : Math.max(
            1,
            Math.min(
              locationsLeft - (employersLeft - 1),
              Math.round(average * (random.chance(0.03) ? random.int(4, 12) : random.next() * 1.6 + 0.2)),
            ),
          );
    locationsLeft -= locationCount;
    const school = schools.get(random.pick(region.schoolIds)) as SchoolRow;
    for (let l = 0; l < locationCount; l += 1) {
      const kind = weightedPick(random, LOCATION_TYPES, (t) => t.weight);
      const locationId = id("l");
      await locations.add([
        locationId,
        employerId,
        `${kind.type === "BSO" ? "BSO" : kind.type === "KDV" ? "KDV" : ""} ${random.pick(LOCATION_WORDS)}`.trim(),
        kind.type,
        `3${(lrk++).toString().padStart(8, "0")}`,
        region.city,
      ]);
      for (const [groupName, minAge, maxAge, maxChildren] of kind.groups) {
        await groups.add([id("g"), locationId, employerId, groupName, minAge, maxAge, maxChildren]);
      }
      if (random.chance(0.15)) {
        await vacancies.add([
          id("v"),
          employerId,
          locationId,
          random.chance(0.6) ? "groepshulp" : "pedagogisch-medewerker",
          "Vacature",
          random.int(16, 32),
          "OPEN",
          day(today, -random.int(1, 90)),
        ]);
      }
      const staffCount = kind.type === "GASTOUDERBUREAU" ? random.int(2, 4) : random.int(8, 18);
      for (let s = 0; s < staffCount; s += 1) {
        await generateStaffMember(g, { employerId, locationId, adminId, trainerId, school });
      }
    }
  }
}
