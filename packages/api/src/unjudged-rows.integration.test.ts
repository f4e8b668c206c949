import { protectCount } from "@ontwikkelpad/core";
import { DEMO_LOGINS, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { addDays } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRolesCaller, openRead, pageReads, type Portal } from "./page-reads.ts";
import { dateColumn, isoDate } from "./shared/dates.ts";

/**
 * Stored facts core refuses to judge — written straight into the database, past every procedure's
 * checks: evidence dated after today, a held credential the catalog does not know. Every list of the
 * portals opens all the same, and the lists that judge a person mark that person's row with the reason.
 */
let db: Database;
const poisoned = { future: "", unknown: "" };
const PORTALS = { employer: "/werkgever/", school: "/school/", region: "/regio/" } as const;
/** The demo organisation whose users log in to the portal (the region's own staff, not its partner). */
const organizationOf = (portal: Portal) =>
  DEMO_LOGINS.find((l) => l.portal === PORTALS[portal])!.organization;

/** A user holding every role of the portal's demo organisation, so no list is refused for a role. */
async function allRoles(portal: Portal) {
  const org = await db.prisma.organization.findFirstOrThrow({ where: { name: organizationOf(portal) } });
  return allRolesCaller(db, org.id, portal);
}

const callers = new Map<Portal, Awaited<ReturnType<typeof allRoles>>>();

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  const employer = await db.prisma.organization.findFirstOrThrow({
    where: { name: organizationOf("employer") },
  });
  const school = await db.prisma.organization.findFirstOrThrow({ where: { name: organizationOf("school") } });
  const location = await db.prisma.location.findFirstOrThrow({
    where: { employerOrganizationId: employer.id },
  });
  const since = dateColumn("2025-09-01");
  /** A groepshulp on a path to pedagogisch medewerker and learning at the demo school. */
  const learner = async (givenName: string) => {
    const person = await db.prisma.person.create({
      data: {
        kind: "STAFF",
        givenName,
        familyName: "Onbeoordeeld",
        employerOrganizationId: employer.id,
        employments: {
          create: {
            employerOrganizationId: employer.id,
            locationId: location.id,
            functionId: "groepshulp",
            hoursPerWeek: 24,
            contractStart: since,
          },
        },
        developmentPaths: {
          create: {
            employerOrganizationId: employer.id,
            currentStep: 5,
            goalFunctionId: "pedagogisch-medewerker",
            goalCredentialId: "PMK",
            learningRoute: "BBL",
            startedAt: since,
          },
        },
        enrolments: {
          create: {
            schoolOrganizationId: school.id,
            employerOrganizationId: employer.id,
            credentialId: "PMK",
            learningRoute: "BBL",
          },
        },
      },
    });
    return person.id;
  };
  poisoned.future = await learner("Toekomst");
  poisoned.unknown = await learner("Onbekend");
  const workProcess = await db.prisma.evidence.findFirstOrThrow({ select: { workProcessId: true } });
  await db.prisma.evidence.create({
    data: {
      personId: poisoned.future,
      employerOrganizationId: employer.id,
      workProcessId: workProcess.workProcessId,
      kind: "PRACTICE_ASSESSMENT",
      result: "MASTERED",
      assessedOn: dateColumn(isoDate(addDays(new Date(), 30))),
      signedAt: new Date(),
    },
  });
  await db.prisma.heldCredential.create({
    data: {
      personId: poisoned.unknown,
      employerOrganizationId: employer.id,
      kind: "DIPLOMA",
      credentialId: "bestaat-niet",
      issuedOn: dateColumn("2020-06-30"),
      institution: "ROC Elders",
    },
  });
  for (const portal of Object.keys(PORTALS) as Portal[]) callers.set(portal, await allRoles(portal));
});
afterAll(() => db.close());

const lists = pageReads;
const open = (path: string): Promise<unknown> => openRead(callers.get(path.split(".")[0] as Portal)!, path);

describe(`a row core cannot judge never fails a list: ${lists.length} lists`, () => {
  it("walks the lists of every portal", () => {
    expect(lists).toEqual(
      expect.arrayContaining([
        "employer.persons.list",
        "employer.dashboard.get",
        "school.credentials.learners",
        "region.forecast.get",
      ]),
    );
  });

  it.each(lists)("%s opens", async (path) => {
    await expect(open(path)).resolves.toBeDefined();
  });
});

describe("the lists that judge a person mark that person's row with core's reason", () => {
  const reasonFor = {
    future: expect.stringContaining("toekomst"),
    unknown: expect.stringContaining("Onbekend"),
  };

  it("the team overview judges everyone else", async () => {
    const rows = await callers.get("employer")!.employer.persons.list();
    expect(rows.find((r) => r.id === poisoned.future)).toMatchObject({
      problem: reasonFor.future,
      mayWork: null,
    });
    expect(rows.find((r) => r.id === poisoned.unknown)).toMatchObject({
      problem: reasonFor.unknown,
      mayWork: null,
    });
    const others = rows.filter((r) => r.id !== poisoned.future && r.id !== poisoned.unknown);
    expect(others.every((r) => r.problem === null)).toBe(true);
    expect(others.some((r) => r.mayWork !== null)).toBe(true);
  });

  it("the person page opens with the reason, so the fact can be found and corrected", async () => {
    const page = await callers.get("employer")!.employer.persons.get({ personId: poisoned.future });
    expect(page).toMatchObject({ problem: reasonFor.future, functions: [] });
    expect(page.timeline.some((t) => t.kind === "evidence")).toBe(true);
  });

  it("the dashboard and the organization page name the persons they could not judge", async () => {
    const employer = callers.get("employer")!.employer;
    const expected = [
      { personId: poisoned.future, name: "Toekomst Onbeoordeeld", problem: reasonFor.future },
      { personId: poisoned.unknown, name: "Onbekend Onbeoordeeld", problem: reasonFor.unknown },
    ];
    expect((await employer.dashboard.get()).unjudged).toEqual(expect.arrayContaining(expected));
    expect((await employer.organization.get()).unjudged).toEqual(expect.arrayContaining(expected));
  });

  it("Uitgeven lists every learner, the two with the reason and nothing to issue", async () => {
    const rows = await callers.get("school")!.school.credentials.learners();
    expect(rows.find((r) => r.personId === poisoned.future)).toMatchObject({
      problem: reasonFor.future,
      eligible: [],
    });
    expect(rows.find((r) => r.personId === poisoned.unknown)?.problem).toEqual(reasonFor.unknown);
    expect(rows.filter((r) => r.problem === null).length).toBeGreaterThan(0);
  });

  it("the region's forecast counts the paths it left out, protected as its other figures", async () => {
    const forecast = await callers.get("region")!.region.forecast.get();
    const left = await db.prisma.person.findMany({
      where: { id: { in: [poisoned.future, poisoned.unknown] } },
      select: { recordKey: true },
    });
    expect(left).toHaveLength(2);
    expect(forecast.unjudged).toBe(protectCount(left.map((p) => p.recordKey)));
  });
});
