import { hash } from "@node-rs/argon2";
import { DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { createTestDatabase, generateNationalDataset } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRolesCaller, openRead, pageReads, PORTAL_KINDS, type Portal } from "./page-reads.ts";
import { today } from "./shared/dates.ts";
import { employmentStandings } from "./routers/employer/_shared/function-standing.ts";
import { loggedInClient } from "./test-client.ts";

/**
 * The national generator produces only data the product's own rules accept: core judges every
 * generated person the way the team overview does without refusing one, and every page-level read of
 * each portal opens for a sample of generated organisations of its kind, with no person left unjudged.
 */
let db: Database;

/** What a read says it could not judge: a row's `problem`, a page's `unjudged` persons, or its error. */
function unjudgedIn(answer: unknown): unknown[] {
  if (Array.isArray(answer)) return answer.flatMap(unjudgedIn);
  if (typeof answer !== "object" || answer === null) return [];
  return Object.entries(answer).flatMap(([key, value]) => {
    if (key === "error") return [value];
    if (key === "problem" && value !== null) return [value];
    if (key === "unjudged" && Array.isArray(value)) return value;
    return unjudgedIn(value);
  });
}
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

  it.each(Object.keys(PORTAL_KINDS) as Portal[])(
    "opens every page-level read of the %s portal for up to three generated organisations",
    async (portal) => {
      const sample = await db.prisma.organization.findMany({
        where: { kind: PORTAL_KINDS[portal], id: { startsWith: "gen-" } },
        select: { id: true },
        orderBy: { id: "asc" },
        take: 3,
      });
      const reads = pageReads.filter((path) => path.startsWith(`${portal}.`));
      expect(sample.length).toBeGreaterThan(0);
      expect(reads.length).toBeGreaterThan(3);
      for (const { id } of sample) {
        const caller = await allRolesCaller(db, id, portal);
        for (const path of reads) {
          const answer = await openRead(caller, path).catch((error: unknown) => ({
            path,
            error: String(error),
          }));
          expect({ path, unjudged: unjudgedIn(answer) }).toEqual({ path, unjudged: [] });
        }
      }
    },
    120_000,
  );

  it.each([0, 1, 2])("opens the team overview and dashboard of generated employer %i", async (n) => {
    const client = await (await loggedInClient(db, `admin@werkgever-${n}.gen`, `national-${n}`)).call();
    const team = await client.employer.persons.list();
    expect(team.length).toBeGreaterThan(0);
    expect(team.filter((r) => r.problem !== null)).toEqual([]);
    expect((await client.employer.dashboard.get()).unjudged).toEqual([]);
  });
});
