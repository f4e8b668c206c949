import { DEMO_EMPLOYEE_VIEW_TOKEN, type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient, testClient } from "../../test-client.ts";

let db: Database;
let deventerId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  deventerId = (
    await db.prisma.learningTeam.findFirstOrThrow({ where: { name: "Leerteam Kind centraal Deventer" } })
  ).id;
});
afterAll(() => db.close());

// Noa Brinkman: Aventus's learner at Raster, in Deventer's team through her enrolment.
const token = DEMO_EMPLOYEE_VIEW_TOKEN;
const student = async () => (await testClient(db, "my-learning-teams-noa")).call();
const staff = async (email: string) => (await loggedInClient(db, email, `my-learning-teams-${email}`)).call();
const noaOnCard = async (email: string) =>
  (await (await staff(email)).school.learningTeams.get({ teamId: deventerId })).members.find(
    (m) => m.studentName === "Noa Brinkman",
  )!;
const memberByName = (studentName: string) =>
  db.prisma.learningTeamMember.findFirstOrThrow({ where: { studentName }, include: { goals: true } });

describe("a student's learning team in her own view", () => {
  it("shows her the team, her own goals with her school's assessments and her reflections, nothing of the others", async () => {
    const [team, ...others] = await (await student()).myPath.learningTeams({ token });
    expect(others).toEqual([]);
    expect(team).toMatchObject({
      name: "Leerteam Kind centraal Deventer",
      host: "Raster Kinderopvang",
      teamCoachName: "Marieke Hulshof",
      schools: ["Aventus", "Hogeschool Saxion"],
      programme: "Pedagogisch medewerker kinderopvang (mbo 3)",
      canReflect: true,
    });
    expect(team!.goals.map((g) => [g.kind, g.assessment !== null])).toEqual([
      ["competence", true],
      ["workProcess", false],
    ]);
    expect(team!.goals[0]).toMatchObject({
      title: "Signaleren en doorverwijzen",
      assessment: expect.stringContaining("Noa observeert"),
    });
    // A werkproces goal carries its catalog title, not its id.
    expect(team!.goals[1]!.title).not.toBe(team!.goals[1]!.refId);
    expect(team!.reflections).toEqual([
      expect.objectContaining({ goalTitle: "Signaleren en doorverwijzen", superseded: false }),
    ]);
    const seen = JSON.stringify(team);
    // Her own reflection names Lieke; the other students' names, goals and assessments are not hers.
    for (const other of [
      "Lieke Jansen",
      "Sem Kuipers",
      "Jesse de Groot",
      "oudergesprek",
      "voorleesactiviteit",
      "Lieke bereidde",
    ])
      expect(seen).not.toContain(other);
  });

  it("lets her write a reflection on one of her goals that her own school reads and no other, and correct it with a reason", async () => {
    const client = await student();
    const [team] = await client.myPath.learningTeams({ token });
    const goal = team!.goals[1]!;
    const { id } = await client.myPath.writeReflection({
      token,
      memberId: team!.memberId,
      goalId: goal.id,
      text: "Ik paste de dagindeling aan na de gymles; de peuters waren rustiger.",
    });
    expect((await noaOnCard("opleidingsadviseur@aventus.demo")).reflections[0]).toMatchObject({
      id,
      goalTitle: goal.title,
      text: expect.stringContaining("dagindeling aan"),
    });
    expect((await noaOnCard("opleidingsadviseur@saxion.demo")).reflections).toEqual([]);

    const correction = await client.myPath.correctReflection({
      token,
      reflectionId: id,
      text: "Ik paste de dagindeling aan na het buitenspelen; de peuters waren rustiger.",
      reason: "Het was na het buitenspelen, niet na de gymles.",
    });
    await expect(
      client.myPath.correctReflection({
        token,
        reflectionId: id,
        text: "Nog een andere versie van dezelfde reflectie.",
        reason: "Tweede correctie op de oude.",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const reflections = (await client.myPath.learningTeams({ token }))[0]!.reflections;
    expect(reflections.filter((r) => r.goalId === goal.id)).toEqual([
      expect.objectContaining({
        id: correction.id,
        correctionReason: expect.stringContaining("buitenspelen"),
      }),
      expect.objectContaining({ id, superseded: true, text: expect.stringContaining("gymles") }),
    ]);
    const aventusId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Aventus" } })).id;
    const audited = await db.prisma.auditEvent.findMany({
      where: { organizationId: aventusId, entityId: { in: [id, correction.id] } },
      select: { action: true, actorUserId: true },
    });
    expect(audited.toSorted((a, b) => a.action.localeCompare(b.action))).toEqual([
      { action: "learningTeam.correctReflection", actorUserId: null },
      { action: "learningTeam.writeReflection", actorUserId: null },
    ]);
  });

  it("refuses another student's place, reflection and goal, and a text too short", async () => {
    const client = await student();
    const [team] = await client.myPath.learningTeams({ token });
    const lieke = await memberByName("Lieke Jansen");
    const liekeReflection = await db.prisma.learningTeamReflection.create({
      data: { memberId: lieke.id, schoolOrganizationId: lieke.schoolOrganizationId, text: "Van Lieke zelf." },
    });
    await expect(
      client.myPath.writeReflection({
        token,
        memberId: lieke.id,
        goalId: null,
        text: "Op de plek van Lieke.",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      client.myPath.correctReflection({
        token,
        reflectionId: liekeReflection.id,
        text: "Een correctie van iemand anders.",
        reason: "Niet van mij.",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      client.myPath.writeReflection({
        token,
        memberId: team!.memberId,
        goalId: lieke.goals[0]!.id,
        text: "Over het leerdoel van Lieke.",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("eigen leerdoelen") });
    await expect(
      client.myPath.writeReflection({ token, memberId: team!.memberId, goalId: null, text: "Kort." }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows an employee who is no student of a team none, and refuses her every student's place", async () => {
    const hr = await staff("hr@kinderrijk.demo");
    const milanPath = await db.prisma.developmentPath.findFirstOrThrow({
      where: { person: { givenName: "Milan" } },
    });
    const milan = (await hr.employer.paths.inviteEmployee({ pathId: milanPath.id })).token;
    const client = await student();
    expect(await client.myPath.learningTeams({ token: milan })).toEqual([]);
    const members = await db.prisma.learningTeamMember.findMany({ include: { reflections: true } });
    for (const member of members) {
      await expect(
        client.myPath.writeReflection({
          token: milan,
          memberId: member.id,
          goalId: null,
          text: "Een reflectie op andermans plek.",
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      for (const reflection of member.reflections)
        await expect(
          client.myPath.correctReflection({
            token: milan,
            reflectionId: reflection.id,
            text: "Een correctie op andermans reflectie.",
            reason: "Niet van mij.",
          }),
        ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("closes her reflections with the team: shown, no longer written", async () => {
    await (
      await staff("opleidingsadviseur@aventus.demo")
    ).school.learningTeams.close({
      teamId: deventerId,
      product: "Een signaleringskaart voor de peutergroep.",
    });
    const client = await student();
    const [team] = await client.myPath.learningTeams({ token });
    expect(team).toMatchObject({ canReflect: false, closedOn: expect.any(String) });
    expect(team!.reflections.length).toBeGreaterThan(0);
    await expect(
      client.myPath.writeReflection({
        token,
        memberId: team!.memberId,
        goalId: null,
        text: "Na de afsluiting nog iets kwijt.",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
