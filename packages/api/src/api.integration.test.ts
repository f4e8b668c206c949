import { trueCountsBehind } from "@ontwikkelpad/core";
import { DEMO_LOGINS, DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, createContext } from "./context.ts";
import { createCallerFactory, publicProcedure, router } from "./trpc.ts";
import { loggedInClient, testClient } from "./test-client.ts";

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const client = (ip?: string) => testClient(db, ip);
const loggedIn = (email: string) => loggedInClient(db, email);

const employerAdmin = DEMO_LOGINS.find((l) => l.role === "ADMIN")!.email;

describe("auth", () => {
  it("logs in, sets an httpOnly session cookie and a readable CSRF cookie, and knows who you are", async () => {
    const c = client();
    await (await c.call()).auth.login({ email: employerAdmin, password: DEMO_PASSWORD });
    expect(c.jar.get(SESSION_COOKIE)).toMatch(/.{30,}/);
    const me = await (await c.call()).auth.me();
    expect(me.user.email).toBe(employerAdmin);
    expect(me.memberships.map((m) => m.organizationKind)).toContain("EMPLOYER");
    expect(
      await db.prisma.auditEvent.count({ where: { action: "auth.login", actorUserId: me.user.id } }),
    ).toBeGreaterThan(0);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const c = client("10.0.0.1");
    await expect((await c.call()).auth.login({ email: employerAdmin, password: "fout" })).rejects.toThrow(
      "E-mailadres of wachtwoord klopt niet.",
    );
    await expect(
      (await c.call()).auth.login({ email: "niemand@voorbeeld.nl", password: "fout" }),
    ).rejects.toThrow("E-mailadres of wachtwoord klopt niet.");
  });

  it("stops guessing after five failures with a clear message", async () => {
    const c = client("10.0.0.2");
    for (let i = 0; i < 5; i++)
      await expect(
        (await c.call()).auth.login({ email: employerAdmin, password: `fout${i}` }),
      ).rejects.toThrow("E-mailadres of wachtwoord klopt niet.");
    await expect(
      (await c.call()).auth.login({ email: employerAdmin, password: DEMO_PASSWORD }),
    ).rejects.toThrow(/Te veel mislukte pogingen. Probeer het over \d+ minuten opnieuw./);
  }, 30_000);

  it("refuses a mutation without the CSRF header", async () => {
    const c = await loggedIn(employerAdmin);
    await expect((await c.call({ csrf: false })).auth.logout({ everywhere: false })).rejects.toThrow(
      "Deze pagina is verlopen",
    );
  });

  it("logs out everywhere", async () => {
    const first = await loggedIn(employerAdmin);
    const second = await loggedIn(employerAdmin);
    const { endedSessions } = await (await first.call()).auth.logout({ everywhere: true });
    expect(endedSessions).toBeGreaterThanOrEqual(2);
    await expect((await second.call()).auth.me()).rejects.toThrow("Log in om verder te gaan.");
  });

  it("switches only to an organization the user belongs to", async () => {
    const c = await loggedIn(employerAdmin);
    const other = await db.prisma.organization.findFirstOrThrow({ where: { kind: "SCHOOL" } });
    await expect((await c.call()).auth.switchOrganization({ organizationId: other.id })).rejects.toThrow(
      "Je bent geen lid van deze organisatie.",
    );
  });
});

describe("employer persons", () => {
  it("lists the own organization's people with function and path step", async () => {
    const persons = await (await (await loggedIn(employerAdmin)).call()).employer.persons.list();
    expect(persons.length).toBeGreaterThan(0);
    expect(persons.map((p) => p.name).join(" ")).toMatch(/Ellen|Miriam|Milan/);
    expect(persons.some((p) => p.functionTitle !== null && p.pathStep !== null)).toBe(true);
  });

  it("searches by name, ignoring case", async () => {
    const c = await (await loggedIn(employerAdmin)).call();
    const [first] = await c.employer.persons.list();
    const found = await c.employer.persons.list({ search: first!.name.split(" ")[0]!.toUpperCase() });
    expect(found.map((p) => p.id)).toContain(first!.id);
    expect(await c.employer.persons.list({ search: "zzzz-niemand" })).toEqual([]);
  });

  it("adds a person with their employment in one audited transaction", async () => {
    const c = await (await loggedIn(employerAdmin)).call();
    const location = await db.prisma.location.findFirstOrThrow({
      where: { employer: { name: "Kinderrijk" } },
    });
    const { id } = await c.employer.persons.create({
      kind: "CANDIDATE",
      givenName: "Noor",
      familyName: "Bakker",
      functionId: "groepshulp",
      locationId: location.id,
      hoursPerWeek: 24,
      contractStart: "2026-12-01",
      contractEnd: "2027-12-01",
    });
    const listed = (await c.employer.persons.list({ search: "Bakker" })).find((p) => p.id === id)!;
    expect(listed).toMatchObject({
      name: "Noor Bakker",
      functionTitle: "Groepshulp",
      location: location.name,
      hoursPerWeek: 24,
    });
    expect(await db.prisma.auditEvent.count({ where: { action: "person.create", entityId: id } })).toBe(1);
  });

  it("refuses a contract that ends before it starts, with a Dutch message", async () => {
    const c = await (await loggedIn(employerAdmin)).call();
    await expect(
      c.employer.persons.create({
        kind: "STAFF",
        givenName: "A",
        familyName: "B",
        functionId: "groepshulp",
        hoursPerWeek: 20,
        contractStart: "2026-12-01",
        contractEnd: "2026-01-01",
      }),
    ).rejects.toThrow("De einddatum ligt voor de startdatum.");
    await expect(
      c.employer.persons.create({
        kind: "STAFF",
        givenName: "A",
        familyName: "B",
        functionId: "astronaut",
        hoursPerWeek: 20,
        contractStart: "2026-12-01",
      }),
    ).rejects.toThrow("Kies een functie uit de lijst.");
  });

  it("explains which functions a person may fill", async () => {
    const c = await (await loggedIn(employerAdmin)).call();
    const team = await c.employer.persons.list();
    const groepshulpFor = async (name: string) =>
      (await c.employer.persons.get({ personId: team.find((p) => p.name === name)!.id })).functions.find(
        (f) => f.functionId === "groepshulp",
      )!;
    // Ellen is registered in the Personenregister Kinderopvang; Bram's registration is not linked yet.
    expect((await groepshulpFor("Ellen de Graaf")).mayFill).toBe(true);
    expect(await groepshulpFor("Bram Hendriks")).toMatchObject({
      mayFill: false,
      refusal: "NOT_IN_PERSONENREGISTER",
    });
  });

  it("refuses another employer's person", async () => {
    const own = await (await (await loggedIn(employerAdmin)).call()).employer.persons.list();
    const other = await (await loggedIn("hr@zonnebloem.demo")).call();
    await expect(other.employer.persons.get({ personId: own[0]!.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const theirs = await other.employer.persons.list();
    expect(theirs.map((p) => p.id)).not.toContain(own[0]!.id);
  });

  it("refuses school and anonymous users", async () => {
    const school = await (
      await loggedIn(DEMO_LOGINS.find((l) => l.role === "TRAINING_ADVISOR")!.email)
    ).call();
    await expect(school.employer.persons.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await client().call()).employer.persons.list()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("catalog", () => {
  it("serves the 8 steps and the credentials to anyone", async () => {
    const c = await client().call();
    expect(await c.catalog.pathSteps()).toHaveLength(8);
    expect((await c.catalog.credentials()).map((x) => x.id)).toEqual(
      expect.arrayContaining(["PMK", "C0125", "OIK"]),
    );
  });
});

describe("school offers", () => {
  it("lists only the own school's offers", async () => {
    const maasoever = await (await loggedIn("opleidingsadviseur@maasoever.demo")).call();
    const hofstad = await (await loggedIn("opleidingsadviseur@hofstad.demo")).call();
    const own = await maasoever.school.offers.list();
    expect(own.length).toBeGreaterThan(0);
    const theirs = await hofstad.school.offers.list();
    expect(theirs.map((o) => o.id).filter((id) => own.some((o) => o.id === id))).toEqual([]);
  });
});

describe("region dashboard", () => {
  it("shows aggregates of the region's employers, every path figure protected", async () => {
    const coordinator = await loggedIn("coordinator@rijnmond.demo");
    const me = await (await coordinator.call()).auth.me();
    const rijnmond = me.memberships.find((m) => m.organizationName.includes("Rijnmond"))!;
    await (await coordinator.call()).auth.switchOrganization({ organizationId: rijnmond.organizationId });
    const dashboard = await (await coordinator.call()).region.dashboard.get();
    expect(dashboard.byStep).toHaveLength(8);
    expect(dashboard.employers).toBeGreaterThan(0);
    for (const { count } of [...dashboard.byStep, ...dashboard.byGoalFunction]) expect(count % 5).toBe(0);
    const activePaths = await db.prisma.developmentPath.count({
      where: {
        status: "ACTIVE",
        employer: { regionMemberships: { some: { regionOrganizationId: rijnmond.organizationId } } },
      },
    });
    // The cell key method: within its noise bound of the true count, never the count itself read off.
    const { min, max } = trueCountsBehind(dashboard.activePaths);
    expect(activePaths).toBeGreaterThanOrEqual(min);
    expect(activePaths).toBeLessThanOrEqual(max);
  });

  it("shows a second region only its own members' aggregates", async () => {
    const coordinator = await loggedIn("coordinator@rijnmond.demo");
    const me = await (await coordinator.call()).auth.me();
    const haaglanden = me.memberships.find((m) => m.organizationName.includes("Haaglanden"))!;
    await (await coordinator.call()).auth.switchOrganization({ organizationId: haaglanden.organizationId });
    const dashboard = await (await coordinator.call()).region.dashboard.get();

    // Haaglanden's only employer is Zonnebloem; Kinderrijk (Rijnmond) must not be counted.
    const members = await db.prisma.organization.findMany({
      where: {
        kind: "EMPLOYER",
        regionMemberships: { some: { regionOrganizationId: haaglanden.organizationId } },
      },
    });
    expect(members.map((m) => m.name)).toEqual([expect.stringContaining("Zonnebloem")]);
    expect(dashboard.employers).toBe(1);
    const theirPaths = await db.prisma.developmentPath.findMany({
      where: { status: "ACTIVE", employerOrganizationId: members[0]!.id },
    });
    const atStep = (step: number) => theirPaths.filter((p) => p.currentStep === step).length;
    // 0 stays 0 under the cell key method: a step without their paths shows 0.
    expect(dashboard.byStep.map((s) => s.count)).toEqual(
      dashboard.byStep.map((s) => (atStep(s.step) === 0 ? 0 : s.count)),
    );
    for (const s of dashboard.byStep) {
      const { min, max } = trueCountsBehind(s.count);
      expect(atStep(s.step)).toBeGreaterThanOrEqual(min);
      expect(atStep(s.step)).toBeLessThanOrEqual(max);
    }
    const kinderrijkSteps = await db.prisma.developmentPath.findMany({
      where: { status: "ACTIVE", employer: { name: { contains: "Kinderrijk" } } },
      select: { currentStep: true },
    });
    // The demo has Kinderrijk paths at a step where Zonnebloem has none, so a leak would show.
    expect(kinderrijkSteps.some((p) => atStep(p.currentStep) === 0)).toBe(true);
  });
});

describe("append-only records", () => {
  it("answers a write the database refuses with a Dutch conflict instead of a server error", async () => {
    const signed = await db.prisma.evidence.findFirstOrThrow({ where: { signedAt: { not: null } } });
    // A procedure that forgets the immutability check; the database trigger still refuses.
    const careless = router({
      tamper: publicProcedure.query(({ ctx }) =>
        ctx.prisma.evidence.update({ where: { id: signed.id }, data: { note: "gewijzigd" } }),
      ),
    });
    const caller = createCallerFactory(careless)(
      await createContext({ db, headers: new Headers(), ip: "127.0.0.1", setCookie: () => {} }),
    );
    await expect(caller.tamper()).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Leg een correctie vast"),
    });
    expect((await db.prisma.evidence.findUniqueOrThrow({ where: { id: signed.id } })).note).toBe(signed.note);
  });
});
