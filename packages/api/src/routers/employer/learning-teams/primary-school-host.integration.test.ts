/**
 * A learning team's host need not be a childcare organisation: a primary school registered in the
 * school's region is offered as a host, hosts its own team, reads it and names its supervisors; another
 * host does not see that team.
 */
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let regenboogId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  const raster = await db.prisma.organization.findFirstOrThrow({
    where: { name: "Raster Kinderopvang" },
    include: { regionMemberships: true },
  });
  const regenboog = await db.prisma.organization.create({
    data: {
      kind: "EMPLOYER",
      name: "Openbare basisschool De Regenboog",
      regionMemberships: {
        create: { regionOrganizationId: raster.regionMemberships[0]!.regionOrganizationId },
      },
    },
  });
  regenboogId = regenboog.id;
  // The school's director logs in with the demo password, as the demo's accounts do.
  const { passwordHash } = await db.prisma.user.findUniqueOrThrow({ where: { email: "hr@raster.demo" } });
  await db.prisma.user.create({
    data: {
      email: "directeur@regenboog.test",
      displayName: "Marieke Kok",
      passwordHash,
      memberships: { create: { organizationId: regenboog.id, role: "ADMIN" } },
    },
  });
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `primary-${email}`)).call();

describe("a primary school as a learning team's host", () => {
  it("is offered to the school, hosts its team, reads it and names its supervisor; another host does not see it", async () => {
    const aventus = await as("opleidingsadviseur@aventus.demo");
    const { hosts } = await aventus.school.learningTeams.list();
    expect(hosts.map((h) => h.name)).toContain("Openbare basisschool De Regenboog");
    const { id } = await aventus.school.learningTeams.create({
      name: "Leerteam Doorgaande lijn",
      hostOrganizationId: regenboogId,
      question: "Hoe zorgen we dat peuters met een taalachterstand goed starten in groep 1?",
      teamCoachName: "Els Bosman",
      startsOn: "2026-09-01",
      endsOn: "2027-06-30",
    });

    const host = await as("directeur@regenboog.test");
    expect((await host.employer.learningTeams.list()).map((t) => t.id)).toEqual([id]);
    const team = await host.employer.learningTeams.get({ teamId: id });
    expect(team).toMatchObject({
      name: "Leerteam Doorgaande lijn",
      question: expect.stringContaining("groep 1"),
    });
    await host.employer.learningTeams.addSupervisor({
      teamId: id,
      name: "Sanne Vos",
      jobTitle: "Leerkracht groep 1",
    });
    expect((await aventus.school.learningTeams.get({ teamId: id })).supervisors).toEqual([
      expect.objectContaining({ name: "Sanne Vos", jobTitle: "Leerkracht groep 1" }),
    ]);

    const raster = await as("hr@raster.demo");
    expect((await raster.employer.learningTeams.list()).map((t) => t.id)).not.toContain(id);
    await expect(raster.employer.learningTeams.get({ teamId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
