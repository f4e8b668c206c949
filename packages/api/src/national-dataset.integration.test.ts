import { hash } from "@node-rs/argon2";
import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { createTestDatabase, generateNationalDataset } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "./shared/dates.ts";
import { employmentStandings } from "./routers/employer/_shared/function-standing.ts";
import { loggedInClient } from "./test-client.ts";

/**
 * The national generator produces only data the product's own rules accept: core judges every
 * generated person the way the team overview does without refusing one, and the employers' pages open.
 */
let db: Database;
let employers: { id: string }[];

beforeAll(async () => {
  db = await createTestDatabase();
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.sql.transaction((tx) => generateNationalDataset(tx, { scale: 0.005, seed: 11, passwordHash }));
  employers = await db.prisma.organization.findMany({
    where: { kind: "EMPLOYER" },
    select: { id: true },
    orderBy: { id: "asc" },
  });
}, 120_000);
afterAll(() => db.close());

describe("the national dataset", () => {
  it("has every employed person judged by core, none refused", async () => {
    let judged = 0;
    for (const { id } of employers) {
      const standings = [...(await employmentStandings(db.prisma, id, today())).values()];
      expect(standings.filter((s) => s.problem !== null)).toEqual([]);
      judged += standings.length;
    }
    expect(employers.length).toBeGreaterThan(10);
    expect(judged).toBeGreaterThan(300);
  });

  it.each([0, 1, 2])("opens the team overview and dashboard of generated employer %i", async (n) => {
    const client = await (await loggedInClient(db, `admin@werkgever-${n}.gen`, `national-${n}`)).call();
    const team = await client.employer.persons.list();
    expect(team.length).toBeGreaterThan(0);
    expect(team.filter((r) => r.problem !== null)).toEqual([]);
    expect((await client.employer.dashboard.get()).unjudged).toEqual([]);
  });
});
