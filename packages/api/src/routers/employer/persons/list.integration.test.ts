import { hash } from "@node-rs/argon2";
import { DEMO_PASSWORD, type Database, type PrismaClient } from "@ontwikkelpad/db";
import { createTestDatabase, generateNationalDataset } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "@ontwikkelpad/core";
import { today } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

/**
 * The team overview judges a whole team from one set-based read: its answers are the person page's
 * (each person judged on their own, from their own Prisma read), and its number of database operations
 * does not grow with the team.
 */
let db: Database;
let operations = 0;
/** The same database, counting every operation its Prisma client runs (model queries and raw SQL). */
let counted: Database;

/** The demo employer and the largest generated team, each with an admin who opens the overview. */
const TEAMS = [
  { name: "the demo's Kinderrijk", admin: "hr@kinderrijk.demo", size: 5 },
  { name: "the largest generated team", admin: "", size: 80 },
];

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.sql.transaction((tx) => generateNationalDataset(tx, { scale: 0.005, seed: 26, passwordHash }));
  const prisma = db.prisma.$extends({
    query: {
      $allOperations: ({ args, query }) => {
        operations++;
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  counted = { ...db, prisma };
  const [largest] = await db.prisma.person.groupBy({
    by: ["employerOrganizationId"],
    where: { id: { startsWith: "gen-" } },
    _count: { _all: true },
    orderBy: { _count: { employerOrganizationId: "desc" } },
    take: 1,
  });
  const admin = await db.prisma.membership.findFirstOrThrow({
    where: { organizationId: largest!.employerOrganizationId!, role: ROLES.ADMIN },
    include: { user: true },
  });
  TEAMS[1]!.admin = admin.user.email;
}, 120_000);
afterAll(() => db.close());

const admin = async (email: string, database = db) => (await loggedInClient(database, email, email)).call();

/** The database operations one call of the overview and of the dashboard takes, for the team of `email`. */
async function operationsOf(email: string) {
  const client = await admin(email, counted);
  operations = 0;
  const team = await client.employer.persons.list();
  const overview = operations;
  operations = 0;
  await client.employer.dashboard.get();
  return { teamSize: team.length, overview, dashboard: operations };
}

describe("the team overview", () => {
  it.each(TEAMS)("answers for $name what the person page answers for each person", async (expected) => {
    const client = await admin(expected.admin);
    const team = await client.employer.persons.list();
    expect(team.length).toBeGreaterThanOrEqual(expected.size);
    const asOf = today();
    const fromPages = [];
    for (const row of team) {
      const page = await client.employer.persons.get({ personId: row.id });
      const employed =
        page.employment && (!page.employment.contractEnd || page.employment.contractEnd >= asOf);
      const own = employed
        ? page.functions.find((f) => f.functionId === page.employment!.functionId)
        : undefined;
      fromPages.push({
        id: row.id,
        mayWork: own?.mayFill ?? null,
        mayWorkExplanation: own?.explanation ?? null,
        mayWorkRefusal: own?.refusal ?? null,
        problem: employed ? page.problem : null,
      });
    }
    const fromOverview = team.map(({ id, mayWork, mayWorkExplanation, mayWorkRefusal, problem }) => ({
      id,
      mayWork,
      mayWorkExplanation,
      mayWorkRefusal,
      problem,
    }));
    expect(fromOverview).toEqual(fromPages);
    // Most persons are judged, with different answers, so a wrong judgement shows.
    const compared = fromPages.filter((p) => p.mayWork !== null);
    expect(compared.length).toBeGreaterThan(expected.size / 2);
    expect(new Set(compared.map((p) => p.mayWorkExplanation)).size).toBeGreaterThan(1);
  });

  it("takes as many database operations for a large team as for a small one, as does the dashboard", async () => {
    const small = await operationsOf("hr@kinderrijk.demo");
    const large = await operationsOf(TEAMS[1]!.admin);
    expect(large.teamSize).toBeGreaterThan(2 * small.teamSize);
    expect({ overview: large.overview, dashboard: large.dashboard }).toEqual({
      overview: small.overview,
      dashboard: small.dashboard,
    });
    expect(small.overview).toBeGreaterThan(0);
  });
});
