import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./database.ts";
import * as scope from "./scope.ts";
import {
  scopeDevelopmentPathsForRegionAggregates,
  scopeEvidenceForEmployer,
  scopeEvidenceForSchool,
  scopeOrganizationsInRegion,
  scopeOwnedBySchool,
  scopePersonsForEmployer,
  scopePersonsForRegion,
  scopeReferralsForEmployer,
} from "./scope.ts";
import { createTestDatabase } from "./testing.ts";

describe("tenant scopes on the demo data", () => {
  let db: Database;
  const orgs: Record<string, string> = {};
  beforeAll(async () => {
    db = await createTestDatabase({ demo: true });
    for (const organization of await db.prisma.organization.findMany())
      orgs[organization.name] = organization.id;
  });
  afterAll(async () => {
    await db.close();
  });

  const org = (name: string) => {
    const id = orgs[name];
    if (!id) throw new Error(`no organization ${name}`);
    return id;
  };
  const givenNames = async (where: Parameters<Database["prisma"]["person"]["findMany"]>[0]) =>
    (await db.prisma.person.findMany({ ...where, orderBy: { givenName: "asc" } })).map(
      (person) => person.givenName,
    );

  /** The school's learners as the api reads them: through the enrolments it owns. */
  const enrolledNames = async (schoolId: string) =>
    [
      ...new Set(
        (
          await db.prisma.enrolment.findMany({
            where: scopeOwnedBySchool(schoolId),
            include: { person: true },
          })
        ).map((enrolment) => enrolment.person.givenName),
      ),
    ].toSorted();

  it("shows an employer its own staff, and referred candidates through the referral", async () => {
    const kinderrijk = await givenNames({ where: scopePersonsForEmployer(org("Kinderrijk")) });
    expect(kinderrijk).toEqual(expect.arrayContaining(["Ellen", "Miriam", "Milan"]));
    expect(kinderrijk).not.toContain("Kevin");
    expect(kinderrijk).not.toContain("Samira");
    // Kevin and the class's other learners (demo-classes.ts), and Ayla.
    expect(await givenNames({ where: scopePersonsForEmployer(org("Kinderopvang Zonnebloem")) })).toEqual([
      "Amira",
      "Ayla",
      "Fenna",
      "Jesse",
      "Kevin",
    ]);
    const referrals = await db.prisma.referral.findMany({
      where: scopeReferralsForEmployer(org("Kinderopvang Zonnebloem")),
      include: { person: true },
    });
    expect(referrals.map((referral) => referral.person.givenName)).toEqual(["Samira"]);
  });

  it("shows an employer only evidence about its own people", async () => {
    const rows = await db.prisma.evidence.findMany({
      where: scopeEvidenceForEmployer(org("Kinderopvang Zonnebloem")),
      include: { person: true },
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.person.employerOrganizationId))).toEqual(
      new Set([org("Kinderopvang Zonnebloem")]),
    );
    expect(
      await db.prisma.evidence.count({ where: scopeEvidenceForEmployer(org("Kinderrijk")) }),
    ).toBeGreaterThan(0);
  });

  it("shows a school its enrolled learners, and requested persons through the request", async () => {
    expect(await enrolledNames(org("ROC De Maasoever"))).toEqual([
      "Amira",
      "Bram",
      "Ellen",
      "Fenna",
      "Fleur",
      "Jesse",
      "Kevin",
      "Rosa",
      "Yara",
    ]);
    const requests = await db.prisma.trainingRequest.findMany({
      where: { ...scopeOwnedBySchool(org("ROC De Maasoever")), status: "SUBMITTED" },
      include: { person: true },
    });
    expect(requests.map((request) => request.person.givenName)).toEqual(["Milan"]);
    expect(await db.prisma.trainingRequest.count({ where: scopeOwnedBySchool(org("ROC Hofstad")) })).toBe(0);
    expect(await enrolledNames(org("ROC Hofstad"))).toEqual([]);
    expect(await db.prisma.evidence.count({ where: scopeEvidenceForSchool(org("ROC Hofstad")) })).toBe(0);
  });

  it("shows a region only the persons its desk registered with consent that is not withdrawn", async () => {
    // Not Pieter (withdrawn), nor anyone employed but not registered.
    expect(await givenNames({ where: scopePersonsForRegion(org("Arbeidsmarktregio Rijnmond")) })).toEqual([
      "Ayla",
      "Daniël",
      "Eva",
      "Hamza",
      "Lisa",
      "Miriam",
      "Noor",
      "Oksana",
      "Samira",
      "Sanne",
      "Yusuf",
    ]);
    expect(await givenNames({ where: scopePersonsForRegion(org("Arbeidsmarktregio Haaglanden")) })).toEqual(
      [],
    );
    const referrals = await db.prisma.referral.findMany({
      where: { AND: [{ regionOrganizationId: org("Arbeidsmarktregio Haaglanden") }] },
    });
    expect(referrals).toEqual([]);
  });

  it("counts region aggregates over the organizations in the region only", async () => {
    const haaglanden = await db.prisma.organization.findMany({
      where: scopeOrganizationsInRegion(org("Arbeidsmarktregio Haaglanden")),
      orderBy: { name: "asc" },
    });
    expect(haaglanden.map((organization) => organization.name)).toEqual([
      "Kinderopvang Zonnebloem",
      "ROC Hofstad",
    ]);
    expect(
      await db.prisma.developmentPath.count({
        where: scopeDevelopmentPathsForRegionAggregates(org("Arbeidsmarktregio Haaglanden")),
      }),
    ).toBe(0);
    expect(
      await db.prisma.developmentPath.count({
        where: scopeDevelopmentPathsForRegionAggregates(org("Arbeidsmarktregio Rijnmond")),
      }),
    ).toBe(4); // Kinderrijk's Ellen, Miriam, Milan and Sanne
  });

  it("keeps the tenant condition when a caller adds a filter on the same key", async () => {
    // The to-do list spread the evidence scope and added `person: { archivedAt: null }`: with bare keys
    // the later key replaced the scope's own `person` condition and listed every employer's ratings.
    const kinderrijk = org("Kinderrijk");
    const rows = await db.prisma.evidence.findMany({
      where: { ...scopeEvidenceForEmployer(kinderrijk), person: { archivedAt: null } },
      select: { person: { select: { employerOrganizationId: true } } },
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.person.employerOrganizationId))).toEqual(new Set([kinderrijk]));
    expect(await db.prisma.evidence.count({ where: { person: { archivedAt: null } } })).toBeGreaterThan(
      rows.length,
    );
  });
});

describe("the shape of every scope", () => {
  // Every exported scope helper, so a new one is covered without an entry here.
  const scopes = Object.entries(scope).filter(([name]) => name.startsWith("scope"));

  it("finds the scope helpers", () => {
    expect(scopes.length).toBeGreaterThan(15);
  });

  it.each(scopes)("%s puts its condition under AND alone, where no spread-in key replaces it", (_, make) => {
    const fragment = (make as (...ids: unknown[]) => Record<string, unknown>)("tenant-a", "tenant-b");
    expect(Object.keys(fragment)).toEqual(["AND"]);
  });
});
