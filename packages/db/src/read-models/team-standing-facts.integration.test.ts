import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database.ts";
import { generateNationalDataset } from "../generator/national.ts";
import { scopeOwnedByEmployer, scopePersonsForEmployer } from "../scope.ts";
import { createTestDatabase } from "../testing.ts";
import { readTeamStandingFacts, type TeamStandingFactsRow } from "./team-standing-facts.ts";

let db: Database;
let kinderrijk: string;
let zonnebloem: string;
const asOf = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  await db.sql.transaction((tx) =>
    generateNationalDataset(tx, { scale: 0.005, seed: 26, passwordHash: "-" }),
  );
  const id = async (name: string) => (await db.prisma.organization.findFirstOrThrow({ where: { name } })).id;
  kinderrijk = await id("Kinderrijk");
  zonnebloem = await id("Kinderopvang Zonnebloem");
}, 120_000);
afterAll(() => db.close());

/** The same facts through Prisma's nested select and the scope helpers: the reference. */
async function factsThroughScopes(employerOrganizationId: string): Promise<TeamStandingFactsRow[]> {
  const persons = await db.prisma.person.findMany({
    where: { ...scopePersonsForEmployer(employerOrganizationId), archivedAt: null },
    include: {
      employments: {
        where: {
          ...scopeOwnedByEmployer(employerOrganizationId),
          OR: [{ contractEnd: null }, { contractEnd: { gte: new Date(`${asOf}T00:00:00Z`) } }],
        },
        orderBy: { contractStart: "desc" },
        take: 1,
        include: { location: { include: { groups: true } } },
      },
      evidence: true,
      credentials: true,
      heldCredentials: {
        where: { ...scopeOwnedByEmployer(employerOrganizationId), archivedAt: null },
        orderBy: { issuedOn: "desc" },
      },
      enrolments: {
        where: { ...scopeOwnedByEmployer(employerOrganizationId), status: "ACTIVE" },
        orderBy: { createdAt: "desc" },
      },
      examResults: { where: { generiekDeelPart: { not: null } }, include: { supersededBy: true } },
      developmentPaths: {
        where: {
          ...scopeOwnedByEmployer(employerOrganizationId),
          status: "ACTIVE",
          OR: [{ goalFunctionId: { not: null } }, { goalCredentialId: { not: null } }],
        },
      },
    },
  });
  return persons.flatMap(({ employments: [employment], ...p }) =>
    employment
      ? [
          {
            id: p.id,
            profile: p.profile,
            employment: {
              functionId: employment.functionId,
              location: employment.location
                ? {
                    groups: employment.location.groups.map((g) => ({
                      minAgeMonths: g.minAgeMonths,
                      maxAgeMonths: g.maxAgeMonths,
                    })),
                  }
                : null,
            },
            evidence: p.evidence.map((e) => ({
              id: e.id,
              kind: e.kind,
              workProcessId: e.workProcessId,
              result: e.result,
              assessedOn: e.assessedOn,
              signedAt: e.signedAt,
              coSignedAt: e.coSignedAt,
              supersedesId: e.supersedesId,
              schoolOrganizationId: e.schoolOrganizationId,
            })),
            credentials: p.credentials.map((c) => ({
              id: c.id,
              kind: c.kind,
              credentialId: c.credentialId,
              workProcessIds: c.workProcessIds,
              schoolOrganizationId: c.schoolOrganizationId,
              issuedOn: c.issuedOn,
              supersededById: c.supersededById,
            })),
            heldCredentials: p.heldCredentials.map((h) => ({
              kind: h.kind,
              credentialId: h.credentialId,
              title: h.title,
              educationLevel: h.educationLevel,
              diplomaGroup: h.diplomaGroup,
              issuedOn: h.issuedOn,
              workProcessIds: h.workProcessIds,
              originIssuerDid: h.originIssuerDid,
            })),
            enrolments: p.enrolments.map((n) => ({
              credentialId: n.credentialId,
              learningRoute: n.learningRoute,
              pokSignedOn: n.pokSignedOn,
              pokStartDate: n.pokStartDate,
              pokEndDate: n.pokEndDate,
            })),
            examResults: p.examResults.map((x) => ({
              generiekDeelPart: x.generiekDeelPart,
              status: x.status,
              outcome: x.outcome,
              assessedOn: x.assessedOn,
              supersededBy: x.supersededBy ? { id: x.supersededBy.id } : null,
            })),
            _count: { developmentPaths: p.developmentPaths.length },
          },
        ]
      : [],
  );
}

/** Order carries meaning only for held credentials and enrolments (the latest first). */
const byId = <T extends { id: string }>(rows: T[]) => rows.toSorted((a, b) => a.id.localeCompare(b.id));
const comparable = (rows: TeamStandingFactsRow[]) =>
  byId(rows).map((row) => ({
    ...row,
    evidence: byId(row.evidence),
    credentials: byId(row.credentials),
    employment: {
      ...row.employment,
      location: row.employment.location && {
        groups: row.employment.location.groups.toSorted(
          (a, b) => a.minAgeMonths - b.minAgeMonths || a.maxAgeMonths - b.maxAgeMonths,
        ),
      },
    },
    examResults: row.examResults.toSorted((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  }));

/** The generated employer with the largest team. */
async function largestGeneratedTeam() {
  const teams = await db.prisma.person.groupBy({
    by: ["employerOrganizationId"],
    where: { id: { startsWith: "gen-" } },
    _count: { _all: true },
    orderBy: { _count: { employerOrganizationId: "desc" } },
    take: 1,
  });
  return teams[0]!.employerOrganizationId!;
}

describe("readTeamStandingFacts", () => {
  it("gives the demo's employers and a large generated team what the scoped Prisma query gives", async () => {
    for (const employer of [kinderrijk, zonnebloem, await largestGeneratedTeam()]) {
      const rows = await readTeamStandingFacts(db.prisma, employer, asOf);
      expect(comparable(rows)).toEqual(comparable(await factsThroughScopes(employer)));
    }
    const generated = await readTeamStandingFacts(db.prisma, await largestGeneratedTeam(), asOf);
    expect(generated.length).toBeGreaterThanOrEqual(50);
    const facts = (await readTeamStandingFacts(db.prisma, kinderrijk, asOf)).concat(generated);
    // The comparison covers every kind of fact, not only empty lists.
    const kinds = ["evidence", "credentials", "heldCredentials", "enrolments"] as const;
    expect(kinds.filter((kind) => facts.some((row) => row[kind].length > 0))).toEqual(kinds);
    expect(facts.some((row) => row._count.developmentPaths > 0)).toBe(true);
  });

  it("reads only the employer's own, running employment and records, and only the persons asked for", async () => {
    const [first, other] = (await readTeamStandingFacts(db.prisma, kinderrijk, asOf)).slice(0, 2);
    const elsewhere = await db.prisma.location.findFirstOrThrow({ where: scopeOwnedByEmployer(zonnebloem) });
    const data = { personId: first!.id, hoursPerWeek: 36 };
    await db.prisma.employment.createMany({
      data: [
        // Another employer's later contract, and an own one that has ended: neither is the current one.
        {
          ...data,
          employerOrganizationId: zonnebloem,
          locationId: elsewhere.id,
          functionId: "groepshulp",
          contractStart: new Date("2030-01-01"),
        },
        {
          ...data,
          employerOrganizationId: kinderrijk,
          functionId: "groepshulp",
          contractStart: new Date("2029-01-01"),
          contractEnd: new Date("2020-01-01"),
        },
      ],
    });
    await db.prisma.heldCredential.createMany({
      data: [
        {
          personId: first!.id,
          employerOrganizationId: zonnebloem,
          kind: "OTHER_DIPLOMA",
          title: "Elders",
          institution: "Elders",
          issuedOn: new Date("2020-01-01"),
        },
        {
          personId: first!.id,
          employerOrganizationId: kinderrijk,
          kind: "OTHER_DIPLOMA",
          title: "Weg",
          institution: "Weg",
          issuedOn: new Date("2020-01-01"),
          archivedAt: new Date(),
        },
      ],
    });

    const after = await readTeamStandingFacts(db.prisma, kinderrijk, asOf);
    expect(comparable(after)).toEqual(comparable(await factsThroughScopes(kinderrijk)));
    expect(after.find((row) => row.id === first!.id)).toEqual(first);
    expect(await readTeamStandingFacts(db.prisma, kinderrijk, asOf, [other!.id])).toEqual([other]);
    expect((await readTeamStandingFacts(db.prisma, zonnebloem, asOf)).map((r) => r.id)).not.toContain(
      first!.id,
    );
  });
});
