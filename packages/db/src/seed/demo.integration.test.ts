import { verify } from "@node-rs/argon2";
import {
  isConsentInForce,
  learningTeamGoalRefusal,
  programmeCatalog,
  SECTOR_CATALOGS,
} from "@ontwikkelpad/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database.ts";
import { createTestDatabase } from "../testing.ts";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from "./demo.ts";

describe("seedDemo", () => {
  let db: Database;
  let firstRun: Awaited<ReturnType<typeof seedDemo>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    firstRun = await seedDemo(db.prisma);
  });
  afterAll(async () => {
    await db.close();
  });

  it("seeds an empty database", () => {
    expect(firstRun).toEqual({ seeded: true });
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await Promise.all([
      db.prisma.organization.count(),
      db.prisma.person.count(),
      db.prisma.user.count(),
    ]);
    expect(await seedDemo(db.prisma)).toEqual({ seeded: false });
    const after = await Promise.all([
      db.prisma.organization.count(),
      db.prisma.person.count(),
      db.prisma.user.count(),
    ]);
    expect(after).toEqual(before);
  });

  it("creates one login per role, each with an argon2id hash of the demo passphrase", async () => {
    const roles = DEMO_LOGINS.map((login) => login.role);
    expect(new Set(roles).size).toBe(11);
    for (const login of DEMO_LOGINS) {
      const user = await db.prisma.user.findUniqueOrThrow({
        where: { email: login.email },
        include: { memberships: { include: { organization: true } } },
      });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(user.memberships).toContainEqual(
        expect.objectContaining({
          role: login.role,
          organization: expect.objectContaining({ name: login.organization }),
        }),
      );
    }
    const [first] = DEMO_LOGINS;
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: first?.email ?? "" } });
    expect(await verify(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verify(user.passwordHash, "wrong-passphrase")).toBe(false);
  });

  it("registers everyone who works on the groups in the Personenregister Kinderopvang, but Bram, who shows the refusal", async () => {
    const employed = await db.prisma.person.findMany({
      where: { employments: { some: {} } },
      select: { givenName: true, familyName: true, profile: true },
    });
    expect(employed.length).toBeGreaterThan(10);
    const unregistered = employed.filter(
      (p) => (p.profile as { vogRegistered?: unknown } | null)?.vogRegistered !== true,
    );
    expect(unregistered.map((p) => `${p.givenName} ${p.familyName}`)).toEqual(["Bram Hendriks"]);
  });

  it("places the personas at their stages", async () => {
    const paths = await db.prisma.developmentPath.findMany({
      where: { person: { givenName: { in: ["Ellen", "Miriam", "Milan"] } } },
      include: { person: true },
    });
    const byName = Object.fromEntries(paths.map((path) => [path.person.givenName, path]));
    expect(byName.Ellen).toMatchObject({ currentStep: 7, goalCredentialId: "pv-helpende-zorg-welzijn" });
    expect(byName.Miriam).toMatchObject({ currentStep: 4, goalCredentialId: "OIK" });
    expect(byName.Milan).toMatchObject({ currentStep: 7, goalCredentialId: "PMK", learningRoute: "BBL" });
  });

  it("has signed and unsigned evidence, and four regions (Veluwe Stedendriehoek for Deventer's learning team)", async () => {
    expect(await db.prisma.evidence.count({ where: { signedAt: { not: null } } })).toBeGreaterThan(0);
    expect(await db.prisma.evidence.count({ where: { signedAt: null } })).toBeGreaterThan(0);
    const regions = await db.prisma.organization.findMany({
      where: { kind: "REGION" },
      orderBy: { regionCode: "asc" },
    });
    expect(regions.map((region) => region.regionCode)).toEqual(["AM06", "AM18", "AM21", "AM22"]);
  });

  it("has Deventer's learning team: an mbo and an hbo school, a childcare host, four students of three programmes", async () => {
    const team = await db.prisma.learningTeam.findFirstOrThrow({
      where: { name: "Leerteam Kind centraal Deventer" },
      include: {
        host: true,
        schools: { include: { school: true } },
        members: { include: { goals: true } },
        meetings: true,
      },
    });
    expect(team.host.name).toBe("Raster Kinderopvang");
    expect(team.schools.map((s) => [s.school.name, s.status])).toEqual([
      ["Aventus", "JOINED"],
      ["Hogeschool Saxion", "JOINED"],
    ]);
    expect(team.members).toHaveLength(4);
    expect(new Set(team.members.map((m) => m.programmeId))).toEqual(
      new Set(["mbo-pedagogisch-medewerker-kinderopvang", "mbo-onderwijsassistent", "hbo-pabo"]),
    );
    expect(team.members.flatMap((m) => m.goals).filter((g) => g.assessment !== null)).toHaveLength(2);
    expect(team.closedAt).toBeNull();
  });

  it("gives every seeded learning-team student only goals core accepts for her programme", async () => {
    const members = await db.prisma.learningTeamMember.findMany({ include: { goals: true } });
    const refusals = members.flatMap((m) =>
      m.goals.map((g) =>
        learningTeamGoalRefusal(
          programmeCatalog,
          SECTOR_CATALOGS,
          m.programmeId,
          g.competenceId ? { competenceId: g.competenceId } : { workProcessId: g.workProcessId! },
        ),
      ),
    );
    expect(refusals.length).toBeGreaterThan(5);
    expect(refusals.filter((r) => r !== null)).toEqual([]);
  });

  it("leaves Kinderrijk without SBB recognition for PMK via BBL, the route Milan asked for", async () => {
    const employer = await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } });
    const recognitions = await db.prisma.sbbRecognition.findMany({
      where: { employerOrganizationId: employer.id, status: "ACTIVE" },
    });
    expect(recognitions.length).toBeGreaterThan(0);
    expect(recognitions.some((r) => r.crebo === "25696" && r.learningRoute === "BBL")).toBe(false);
  });

  it("gives every referral the consent its use needs: shown to the employer exactly while shared", async () => {
    const now = new Date();
    const referrals = await db.prisma.referral.findMany({
      include: { person: { include: { consentRecords: true } }, employer: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    });
    expect(referrals.map((r) => r.status)).toEqual(
      expect.arrayContaining(["HIRED", "PROPOSED", "WITHDRAWN"]),
    );
    for (const r of referrals) {
      const consents = r.person.consentRecords;
      const who = `${r.person.givenName} → ${r.employer.name}`;
      // A referral the employer sees has the consent to share with it in force; a withdrawn one has not.
      expect({
        who,
        shared: isConsentInForce(consents, "SHARE_WITH_EMPLOYER", r.employerOrganizationId, now),
      }).toEqual({
        who,
        shared: r.status !== "WITHDRAWN",
      });
      // The desk could refer only a candidate it may see, with the consent to share given by then.
      expect({
        who,
        registered: isConsentInForce(consents, "REGION_FOLLOW_UP", r.regionOrganizationId, r.createdAt),
        shared: isConsentInForce(consents, "SHARE_WITH_EMPLOYER", r.employerOrganizationId, r.createdAt),
      }).toEqual({ who, registered: true, shared: true });
    }
  });
});
