import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./database.ts";
import { createTestDatabase } from "./testing.ts";

// A path carries its person's record key for the region dashboard's counts (readRegionPathCounts).
// The database fills it on every insert and keeps both copies from changing, so however a path is
// written (a procedure, the seed, the generator's bulk INSERTs) it holds its person's key.
describe("a development path carries its person's record key", () => {
  let db: Database;
  let employerId: string;
  beforeAll(async () => {
    db = await createTestDatabase({ demo: true });
    employerId = (
      await db.prisma.organization.create({ data: { kind: "EMPLOYER", name: "Kinderopvang Sleutel" } })
    ).id;
  });
  afterAll(() => db.close());

  const newPerson = (givenName: string) =>
    db.prisma.person.create({
      data: { kind: "STAFF", givenName, familyName: "Sleutel", employerOrganizationId: employerId },
      select: { id: true, recordKey: true },
    });
  const recordKeyOfPath = async (id: string) =>
    (await db.prisma.developmentPath.findUniqueOrThrow({ where: { id }, select: { recordKey: true } }))
      .recordKey;

  it("is filled from the person however the path is inserted, whatever the insert gives", async () => {
    const person = await newPerson("Ans");
    const otherKey = (person.recordKey + 1) % 2_147_483_647;
    const created = await db.prisma.developmentPath.create({
      data: { personId: person.id, employerOrganizationId: employerId },
    });
    const givenAnother = await db.prisma.developmentPath.create({
      data: { personId: person.id, employerOrganizationId: employerId, recordKey: otherKey },
    });
    const [many] = await db.prisma.developmentPath.createManyAndReturn({
      data: [{ personId: person.id, employerOrganizationId: employerId, recordKey: -1 }],
      select: { id: true },
    });
    // As the national generator writes paths: a multi-row INSERT that names no record key.
    const [bulk] = await db.sql.query<{ id: string }>(
      `INSERT INTO "DevelopmentPath" ("id", "personId", "employerOrganizationId") VALUES ($1, $2, $3) RETURNING "id"`,
      ["gen-path-record-key", person.id, employerId],
    );
    for (const id of [created.id, givenAnother.id, many!.id, bulk!.id])
      expect(await recordKeyOfPath(id)).toBe(person.recordKey);
  });

  it("refuses a path of a person that does not exist", async () => {
    await expect(
      db.sql.query(
        `INSERT INTO "DevelopmentPath" ("id", "personId", "employerOrganizationId") VALUES ($1, $2, $3)`,
        ["gen-path-nobody", "no-such-person", employerId],
      ),
    ).rejects.toThrow(/does not exist/);
  });

  it("never changes: neither the path's person, nor its record key, nor the person's", async () => {
    const [ans, bea] = [await newPerson("Ans"), await newPerson("Bea")];
    const path = await db.prisma.developmentPath.create({
      data: { personId: ans.id, employerOrganizationId: employerId },
    });
    await expect(
      db.prisma.developmentPath.update({ where: { id: path.id }, data: { personId: bea.id } }),
    ).rejects.toThrow(/never change/);
    await expect(
      db.prisma.developmentPath.update({ where: { id: path.id }, data: { recordKey: bea.recordKey } }),
    ).rejects.toThrow(/never change/);
    await expect(
      db.prisma.person.update({ where: { id: ans.id }, data: { recordKey: bea.recordKey } }),
    ).rejects.toThrow(/never changes/);

    // Everything else of both stays editable, and the copy still matches.
    await db.prisma.developmentPath.update({ where: { id: path.id }, data: { currentStep: 2 } });
    await db.prisma.person.update({ where: { id: ans.id }, data: { givenName: "Anna" } });
    expect(await recordKeyOfPath(path.id)).toBe(ans.recordKey);
  });

  it("holds for every path the demo seed wrote", async () => {
    const [counts] = await db.sql.query<{ paths: number; mismatched: number }>(
      `SELECT count(*)::int AS paths, count(*) FILTER (WHERE d."recordKey" <> p."recordKey")::int AS mismatched
       FROM "DevelopmentPath" d JOIN "Person" p ON p."id" = d."personId"`,
    );
    expect(counts!.paths).toBeGreaterThan(0);
    expect(counts!.mismatched).toBe(0);
  });
});
