import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database.ts";
import { scopeOwnedByEmployer, scopePersonsForEmployer } from "../scope.ts";
import { readTeamOverview, type TeamOverviewRow } from "./team-overview.ts";
import { createTestDatabase } from "../testing.ts";

let db: Database;
const asOf = new Date().toISOString().slice(0, 10);
let kinderrijk: string;
let zonnebloem: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  const id = async (name: string) => (await db.prisma.organization.findFirstOrThrow({ where: { name } })).id;
  kinderrijk = await id("Kinderrijk");
  zonnebloem = await id("Kinderopvang Zonnebloem");
});
afterAll(() => db.close());

/** The same overview through Prisma's nested select and the scope helpers: the reference. */
async function teamThroughScopes(employerOrganizationId: string): Promise<OverviewColumns[]> {
  const persons = await db.prisma.person.findMany({
    where: { ...scopePersonsForEmployer(employerOrganizationId), archivedAt: null },
    include: {
      employments: {
        where: scopeOwnedByEmployer(employerOrganizationId),
        include: { location: true },
        orderBy: { contractStart: "desc" },
        take: 1,
      },
      developmentPaths: {
        where: { ...scopeOwnedByEmployer(employerOrganizationId), status: "ACTIVE" },
        include: { stepRecords: true, trainingRequests: true },
        orderBy: { startedAt: "desc" },
        take: 1,
      },
    },
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
  });
  return persons.map(({ employments: [employment], developmentPaths: [path], ...person }) => ({
    id: person.id,
    kind: person.kind,
    givenName: person.givenName,
    familyName: person.familyName,
    email: person.email,
    hasProfile: person.profile !== null,
    employment: employment
      ? {
          functionId: employment.functionId,
          hoursPerWeek: employment.hoursPerWeek,
          locationName: employment.location?.name ?? null,
          contractStart: employment.contractStart,
          contractEnd: employment.contractEnd,
        }
      : null,
    path: path
      ? {
          currentStep: path.currentStep,
          careerPerspective: path.careerPerspective,
          ambition: path.ambition,
          goalFunctionId: path.goalFunctionId,
          goalCredentialId: path.goalCredentialId,
          learningHoursPerWeek: path.learningHoursPerWeek,
          trainerHoursPerWeek: path.trainerHoursPerWeek,
          nextReviewAt: path.nextReviewAt,
          completedSteps: path.stepRecords.filter((r) => r.completedAt).map((r) => r.step),
          trainingRequestStatuses: path.trainingRequests.map((r) => r.status),
        }
      : null,
  }));
}

/** The overview's own columns; the standing facts are compared in `team-standing-facts.integration.test.ts`. */
type OverviewColumns = Omit<TeamOverviewRow, "standing">;

/**
 * Order within a path's step and request lists carries no meaning; the standing facts are left out
 * (`toEqual` passes over a property that is undefined).
 */
const sorted = (rows: OverviewColumns[]) =>
  rows.map((row) => ({
    ...row,
    standing: undefined,
    path: row.path && {
      ...row.path,
      completedSteps: row.path.completedSteps.toSorted((a, b) => a - b),
      trainingRequestStatuses: row.path.trainingRequestStatuses.toSorted(),
    },
  }));

describe("readTeamOverview", () => {
  it("gives each employer what the scoped Prisma query gives, paths and employments included", async () => {
    for (const employer of [kinderrijk, zonnebloem]) {
      const rows = await readTeamOverview(db.prisma, employer, asOf);
      expect(rows.length).toBeGreaterThan(0);
      expect(sorted(rows)).toEqual(sorted(await teamThroughScopes(employer)));
    }
    expect(
      (await readTeamOverview(db.prisma, kinderrijk, asOf)).some(
        (row) => row.path && row.path.completedSteps.length > 0,
      ),
    ).toBe(true);
  });

  it("shows only the employer's own employment and path of a person who also worked elsewhere", async () => {
    const ellen = await db.prisma.person.findFirstOrThrow({
      where: { givenName: "Ellen", employerOrganizationId: kinderrijk },
    });
    const before = (await readTeamOverview(db.prisma, kinderrijk, asOf)).find((r) => r.id === ellen.id);
    const elsewhere = await db.prisma.location.findFirstOrThrow({ where: scopeOwnedByEmployer(zonnebloem) });
    await db.prisma.employment.create({
      data: {
        personId: ellen.id,
        employerOrganizationId: zonnebloem,
        locationId: elsewhere.id,
        functionId: "pedagogisch-medewerker",
        hoursPerWeek: 36,
        contractStart: new Date("2030-01-01"),
      },
    });
    await db.prisma.developmentPath.create({
      data: {
        personId: ellen.id,
        employerOrganizationId: zonnebloem,
        currentStep: 7,
        startedAt: new Date("2030-01-01"),
      },
    });

    const row = (await readTeamOverview(db.prisma, kinderrijk, asOf)).find((r) => r.id === ellen.id);
    expect(before?.path).not.toBeNull();
    expect(row).toEqual(before);
    expect(sorted(await readTeamOverview(db.prisma, kinderrijk, asOf))).toEqual(
      sorted(await teamThroughScopes(kinderrijk)),
    );
    expect((await readTeamOverview(db.prisma, zonnebloem, asOf)).map((r) => r.id)).not.toContain(ellen.id);
  });

  it("leaves archived persons out and searches names case-insensitively, taking % and _ literally", async () => {
    const leaver = (await readTeamOverview(db.prisma, kinderrijk, asOf)).find(
      (r) => r.givenName !== "Ellen",
    )!;
    await db.prisma.person.update({ where: { id: leaver.id }, data: { archivedAt: new Date() } });
    expect((await readTeamOverview(db.prisma, kinderrijk, asOf)).map((r) => r.id)).not.toContain(leaver.id);

    const found = await readTeamOverview(db.prisma, kinderrijk, asOf, "ELLEN");
    expect(found.map((r) => r.givenName)).toEqual(["Ellen"]);
    expect(await readTeamOverview(db.prisma, kinderrijk, asOf, "%")).toEqual([]);
    expect(await readTeamOverview(db.prisma, kinderrijk, asOf, "_")).toEqual([]);
  });
});
