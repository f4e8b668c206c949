import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/prisma/client.ts";
import type { Database } from "../database.ts";
import { createTestDatabase } from "../testing.ts";
import { MARKER, type MarkerTenants, seedMarkerTenants } from "./marker-tenants.ts";

/** Tables without marker rows, each with its reason. */
const WITHOUT_MARKER_ROWS: Partial<Record<Prisma.ModelName, string>> = {
  Session: "nobody logs in as a marker account",
  LoginAttempt: "nobody logs in as a marker account",
};

let db: Database;
let markers: MarkerTenants;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  markers = await seedMarkerTenants(db.prisma);
});
afterAll(() => db.close());

describe("marker tenants", () => {
  // A new table gets marker rows, or the isolation test has nothing of it to find in an answer.
  it("adds rows to every table but the listed ones", () => {
    const without = Object.values(Prisma.ModelName).filter((model) => !markers.idsByModel[model]);
    expect(without.toSorted()).toEqual(Object.keys(WITHOUT_MARKER_ROWS).toSorted());
  });

  it("returns exactly the rows it added", async () => {
    const persons = await db.prisma.person.findMany({ where: { id: { in: markers.idsByModel.Person } } });
    expect(persons.length).toBe(markers.idsByModel.Person!.length);
    expect(await db.prisma.person.count()).toBeGreaterThan(persons.length);
    expect(new Set(markers.ids).size).toBe(markers.ids.length);
  });

  it("puts the marker in every name and e-mail address", async () => {
    const [organizations, users, persons] = await Promise.all([
      db.prisma.organization.findMany({ where: { id: { in: markers.idsByModel.Organization } } }),
      db.prisma.user.findMany({ where: { id: { in: markers.idsByModel.User } } }),
      db.prisma.person.findMany({ where: { id: { in: markers.idsByModel.Person } } }),
    ]);
    const texts = [
      ...organizations.map((o) => o.name),
      ...users.flatMap((u) => [u.displayName, u.email]),
      ...persons.flatMap((p) => [p.givenName, p.familyName, p.email ?? ""]),
    ];
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((text) => !text.toUpperCase().includes(MARKER))).toEqual([]);
  });

  it("keeps the marker region's offers out of the demo regions", async () => {
    const offers = await db.prisma.trainingOffer.findMany({
      where: { schoolOrganizationId: markers.school.id },
    });
    expect(offers.length).toBeGreaterThan(0);
    const { regionCode } = await db.prisma.organization.findUniqueOrThrow({
      where: { id: markers.region.id },
    });
    expect(offers.flatMap((o) => o.regionCodes).filter((code) => code !== regionCode)).toEqual([]);
  });
});
