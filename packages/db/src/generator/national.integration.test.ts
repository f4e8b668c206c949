import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database.ts";
import { createTestDatabase } from "../testing.ts";
import { createRandom } from "./bulk.ts";
import { type NationalCounts, generateNationalDataset } from "./national.ts";

/** The day the dataset is generated for; every date of something that happened falls on or before it. */
const TODAY = "2026-06-15";

describe("generateNationalDataset", () => {
  let db: Database;
  let counts: NationalCounts;
  beforeAll(async () => {
    // On top of the demo: the generator reuses the demo's regions instead of duplicating them.
    db = await createTestDatabase({ demo: true });
    counts = await db.sql.transaction((tx) =>
      generateNationalDataset(tx, {
        scale: 0.01,
        seed: 7,
        passwordHash: "$argon2id$test",
        today: new Date(`${TODAY}T15:00:00Z`),
      }),
    );
  });
  afterAll(async () => {
    await db.close();
  });

  it("covers all 35 regions once, next to the demo data", async () => {
    const regions = await db.prisma.organization.findMany({ where: { kind: "REGION" } });
    expect(regions).toHaveLength(35);
    expect(new Set(regions.map((region) => region.regionCode)).size).toBe(35);
    expect(await db.prisma.organization.count({ where: { name: "Kinderrijk" } })).toBe(1);
  });

  it("scales employers, locations and persons", async () => {
    expect(counts.Location).toBe(100);
    expect(
      await db.prisma.organization.count({ where: { kind: "EMPLOYER", id: { startsWith: "gen-" } } }),
    ).toBe(30);
    expect(counts.Person).toBeGreaterThan(1_000);
    expect(counts.DevelopmentPath).toBeGreaterThan(100);
    expect(counts.Evidence).toBeGreaterThan(100);
    expect(await db.prisma.person.count({ where: { id: { startsWith: "gen-" } } })).toBe(counts.Person);
  });

  it.each([
    ["Evidence", "assessedOn"],
    ["Evidence", "signedAt"],
    ["IssuedCredential", "issuedOn"],
    ["PathStepRecord", "completedAt"],
    ["DevelopmentPath", "startedAt"],
    ["Employment", "contractStart"],
    ["Referral", "createdAt"],
    ["ConsentRecord", "givenAt"],
    ["CandidateRegistration", "intakeCompletedAt"],
    ["CandidateRegistration", "createdAt"],
    ["Person", "createdAt"],
  ])("dates no %s.%s after the day it is generated for", async (table, column) => {
    const [row] = await db.sql.query<{ latest: string; count: number }>(
      `SELECT to_char(max("${column}"), 'YYYY-MM-DD') AS "latest", count("${column}")::int AS "count"
         FROM "${table}" WHERE "id" LIKE 'gen-%'`,
    );
    expect(row!.count).toBeGreaterThan(0);
    expect(row!.latest <= TODAY).toBe(true);
  });

  it("registers every generated candidate at their region's desk, as the desk does", async () => {
    const candidates = await db.prisma.person.findMany({
      where: { kind: "CANDIDATE", id: { startsWith: "gen-" } },
      select: { registeredByOrganizationId: true, registration: { select: { regionOrganizationId: true } } },
    });
    expect(candidates.length).toBeGreaterThan(30);
    expect(
      candidates.filter((c) => c.registration?.regionOrganizationId !== c.registeredByOrganizationId),
    ).toEqual([]);
  });

  it("refuses to load the dataset twice", async () => {
    await expect(
      generateNationalDataset(db.sql, { scale: 0.01, seed: 7, passwordHash: "$argon2id$test" }),
    ).rejects.toThrow(/already holds the national dataset/);
  });
});

const draw = (seed: number) => {
  const random = createRandom(seed);
  return Array.from({ length: 5 }, () => random.int(0, 1_000_000));
};

describe("createRandom", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });
});
