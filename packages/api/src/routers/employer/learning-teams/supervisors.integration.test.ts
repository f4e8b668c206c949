import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let deventerId: string;
let boomhutId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  const teamId = async (name: string) =>
    (await db.prisma.learningTeam.findFirstOrThrow({ where: { name } })).id;
  deventerId = await teamId("Leerteam Kind centraal Deventer");
  boomhutId = await teamId("Leerteam De Boomhut");
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `supervisors-${email}`)).call();
const raster = () => as("hr@raster.demo");
const supervisorsOf = async (email: string, teamId: string) =>
  (await (await as(email)).school.learningTeams.get({ teamId })).supervisors;

describe("the host's practice supervisors", () => {
  it("are named and removed by the host, read by every school of the team, each change audited", async () => {
    const host = await raster();
    const { id } = await host.employer.learningTeams.addSupervisor({
      teamId: deventerId,
      name: " Henk Mulder ",
      jobTitle: "Locatiemanager",
      email: "henk.mulder@raster.demo",
    });
    const named = { id, name: "Henk Mulder", jobTitle: "Locatiemanager", email: "henk.mulder@raster.demo" };
    for (const school of ["opleidingsadviseur@aventus.demo", "opleidingsadviseur@saxion.demo"])
      expect(await supervisorsOf(school, deventerId)).toContainEqual(named);
    expect((await host.employer.learningTeams.get({ teamId: deventerId })).supervisors).toContainEqual(named);

    const { id: noContact } = await host.employer.learningTeams.addSupervisor({
      teamId: deventerId,
      name: "Anouk Smit",
      jobTitle: "",
    });
    expect(await supervisorsOf("opleidingsadviseur@aventus.demo", deventerId)).toContainEqual({
      id: noContact,
      name: "Anouk Smit",
      jobTitle: null,
      email: null,
    });

    await host.employer.learningTeams.removeSupervisor({ supervisorId: id });
    const left = await supervisorsOf("opleidingsadviseur@saxion.demo", deventerId);
    expect(left.map((s) => s.id)).not.toContain(id);
    expect(left.map((s) => s.id)).toContain(noContact);

    const audited = await db.prisma.auditEvent.findMany({
      where: { entityId: { in: [id, noContact] } },
      select: { action: true, entityId: true },
    });
    expect(audited).toHaveLength(3);
    expect(
      audited
        .filter((a) => a.entityId === id)
        .map((a) => a.action)
        .toSorted(),
    ).toEqual(["learningTeam.addSupervisor", "learningTeam.removeSupervisor"]);
  });

  it("refuses another organisation's team and supervisor as NOT_FOUND, and a school or region outright", async () => {
    const rasterSupervisor = await db.prisma.learningTeamSupervisor.findFirstOrThrow({
      where: { learningTeamId: deventerId },
    });
    const kinderrijk = await as("hr@kinderrijk.demo");
    await expect(
      kinderrijk.employer.learningTeams.addSupervisor({ teamId: deventerId, name: "Iemand Anders" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      kinderrijk.employer.learningTeams.removeSupervisor({ supervisorId: rasterSupervisor.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const email of ["opleidingsadviseur@aventus.demo", "coordinator@rijnmond.demo"])
      await expect(
        (await as(email)).employer.learningTeams.removeSupervisor({ supervisorId: rasterSupervisor.id }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.prisma.learningTeamSupervisor.count({ where: { id: rasterSupervisor.id } })).toBe(1);
  });

  it("is the beheerder's and the leidinggevende's to arrange, not the praktijkopleider's", async () => {
    const manager = await as("leidinggevende@kinderrijk.demo");
    const { id } = await manager.employer.learningTeams.addSupervisor({
      teamId: boomhutId,
      name: "Joke Smit",
    });
    const trainer = await as("praktijkopleider@kinderrijk.demo");
    await expect(
      trainer.employer.learningTeams.addSupervisor({ teamId: boomhutId, name: "Piet de Vries" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("beheerder") });
    await expect(trainer.employer.learningTeams.removeSupervisor({ supervisorId: id })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    expect((await trainer.employer.learningTeams.get({ teamId: boomhutId })).supervisors).toContainEqual(
      expect.objectContaining({ id, name: "Joke Smit" }),
    );
  });

  it("refuses a name too short, an address that is none, and any change once the team is closed", async () => {
    const host = await raster();
    await expect(
      host.employer.learningTeams.addSupervisor({ teamId: deventerId, name: " " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("naam") });
    await expect(
      host.employer.learningTeams.addSupervisor({ teamId: deventerId, name: "Henk", email: "henk@" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("e-mailadres") });

    const kept = await db.prisma.learningTeamSupervisor.findFirstOrThrow({
      where: { learningTeamId: boomhutId },
    });
    await (
      await as("opleidingsadviseur@maasoever.demo")
    ).school.learningTeams.close({
      teamId: boomhutId,
      product: "Een overdrachtsformulier voor groep 1.",
    });
    const kinderrijk = await as("hr@kinderrijk.demo");
    await expect(
      kinderrijk.employer.learningTeams.addSupervisor({ teamId: boomhutId, name: "Na de afsluiting" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      kinderrijk.employer.learningTeams.removeSupervisor({ supervisorId: kept.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
