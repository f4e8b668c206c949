import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { trueCountsBehind } from "@ontwikkelpad/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
let deventerId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  deventerId = (
    await db.prisma.learningTeam.findFirstOrThrow({ where: { name: "Leerteam Kind centraal Deventer" } })
  ).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `learning-teams-${email}`)).call();
const aventus = () => as("opleidingsadviseur@aventus.demo");
const saxion = () => as("opleidingsadviseur@saxion.demo");
const raster = () => as("hr@raster.demo");
const orgId = async (name: string) => (await db.prisma.organization.findFirstOrThrow({ where: { name } })).id;
const memberOf = async (studentName: string) => {
  const [givenName, ...family] = studentName.split(" ");
  return db.prisma.learningTeamMember.findFirstOrThrow({
    where: {
      OR: [{ studentName }, { enrolment: { person: { givenName, familyName: family.join(" ") } } }],
    },
    include: { goals: true },
  });
};
const enrolmentOf = (givenName: string) =>
  db.prisma.enrolment.findFirstOrThrow({ where: { person: { givenName } } });

describe("a school's learning teams", () => {
  it("lists the school's teams with its own students, and the hosts and partner schools of its region", async () => {
    const { teams, hosts, partnerSchools } = await (await aventus()).school.learningTeams.list();
    expect(teams).toEqual([
      expect.objectContaining({
        id: deventerId,
        host: "Raster Kinderopvang",
        schools: ["Aventus", "Hogeschool Saxion"],
        students: 4,
        ownStudents: 2,
        invited: false,
      }),
    ]);
    expect(hosts.map((h) => h.name)).toEqual(["Raster Kinderopvang"]);
    expect(partnerSchools.map((s) => s.name)).toEqual(["Hogeschool Saxion"]);
  });

  it("shows each school only its own students' goals and assessments, and every member and meeting", async () => {
    const team = await (await saxion()).school.learningTeams.get({ teamId: deventerId });
    expect(team.members.map((m) => m.studentName)).toEqual([
      "Jesse de Groot",
      "Lieke Jansen",
      "Noa Brinkman",
      "Sem Kuipers",
    ]);
    const noa = team.members.find((m) => m.studentName === "Noa Brinkman")!;
    expect(noa).toMatchObject({ own: false, school: "Aventus", goals: [] });
    const lieke = team.members.find((m) => m.studentName === "Lieke Jansen")!;
    expect(lieke.goals[0]).toMatchObject({
      kind: "competence",
      assessment: expect.stringContaining("Lieke"),
    });
    expect(team.meetings).toHaveLength(2);
    expect(JSON.stringify(team)).not.toContain("Noa observeert");
  });

  it("refuses another school's student: its goals cannot be set or assessed (NOT_FOUND)", async () => {
    const noa = await memberOf("Noa Brinkman");
    const client = await saxion();
    await expect(
      client.school.learningTeams.addGoal({
        memberId: noa.id,
        goal: { competenceId: "in-gesprek-met-ouders" },
        description: "Een doel van een andere school.",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      client.school.learningTeams.assessGoal({
        goalId: noa.goals[0]!.id,
        assessment: "Niet van ons om te zeggen.",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a school and an employer outside the team (NOT_FOUND), and a region (FORBIDDEN)", async () => {
    for (const email of ["opleidingsadviseur@maasoever.demo", "opleidingsadviseur@hofstad.demo"])
      await expect((await as(email)).school.learningTeams.get({ teamId: deventerId })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    await expect(
      (await as("hr@kinderrijk.demo")).employer.learningTeams.get({ teamId: deventerId }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect((await as("coordinator@rijnmond.demo")).school.learningTeams.list()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses a goal that names no shared competence or a werkproces outside the student's programme", async () => {
    const lieke = await memberOf("Lieke Jansen");
    const sem = await memberOf("Sem Kuipers");
    const noaWorkProcess = (await memberOf("Noa Brinkman")).goals.find(
      (g) => g.workProcessId,
    )!.workProcessId!;
    await expect(
      (await saxion()).school.learningTeams.addGoal({
        memberId: lieke.id,
        goal: { workProcessId: noaWorkProcess },
        description: "Een werkproces van een mbo-opleiding.",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("gedeelde competentie"),
    });
    await expect(
      (await aventus()).school.learningTeams.addGoal({
        memberId: sem.id,
        goal: { workProcessId: "onbekend-werkproces" },
        description: "Een werkproces dat niet bestaat.",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("a team's students as the school's learners", () => {
  it("adds a student from the school's own enrolments, found by name, with her person's name", async () => {
    const owner = await aventus();
    const { id: teamId } = await owner.school.learningTeams.create({
      name: "Leerteam Peutergroep De Hoek",
      hostOrganizationId: await orgId("Raster Kinderopvang"),
      question: "Hoe praten we met ouders over wat hun peuter nodig heeft?",
      teamCoachName: "Marieke Hulshof",
      startsOn: "2026-09-01",
      endsOn: "2027-06-30",
    });
    const [choice, ...rest] = await owner.school.learningTeams.enrolments({ search: "brink" });
    expect(rest).toEqual([]);
    expect(choice).toMatchObject({
      name: "Noa Brinkman",
      programmeId: "mbo-pedagogisch-medewerker-kinderopvang",
    });
    expect(await owner.school.learningTeams.enrolments({ search: "niemand" })).toEqual([]);
    await owner.school.learningTeams.addMember({
      teamId,
      enrolmentId: choice!.id,
      programmeId: choice!.programmeId!,
    });
    await expect(
      owner.school.learningTeams.addMember({ teamId, enrolmentId: choice!.id, programmeId: "hbo-pabo" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // A student the school keeps no enrolment of is still added by her name.
    await owner.school.learningTeams.addMember({
      teamId,
      studentName: "Fleur Wolters",
      programmeId: "mbo-onderwijsassistent",
    });
    const team = await owner.school.learningTeams.get({ teamId });
    expect(team.members.map((m) => [m.studentName, m.enrolled])).toEqual([
      ["Fleur Wolters", false],
      ["Noa Brinkman", true],
    ]);
  });

  it("refuses another school's enrolment (NOT_FOUND), also of a partner in the same team, and never offers it", async () => {
    const noaEnrolment = await enrolmentOf("Noa");
    const partner = await saxion();
    await expect(
      partner.school.learningTeams.addMember({
        teamId: deventerId,
        enrolmentId: noaEnrolment.id,
        programmeId: "mbo-pedagogisch-medewerker-kinderopvang",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("inschrijving") });
    await expect(
      (await aventus()).school.learningTeams.addMember({
        teamId: deventerId,
        enrolmentId: (await enrolmentOf("Ellen")).id,
        programmeId: "mbo-pedagogisch-medewerker-kinderopvang",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await partner.school.learningTeams.enrolments({ search: "" })).toEqual([]);
    expect(
      (await partner.school.learningTeams.get({ teamId: deventerId })).members.map((m) => m.studentName),
    ).toContain("Noa Brinkman");
  });
});

describe("a student's reflections", () => {
  const noaReflection = "Door het gesprek met Lieke";

  it("are read by her own school's staff on her card, and by no other school nor the host", async () => {
    const own = await (await aventus()).school.learningTeams.get({ teamId: deventerId });
    const noa = own.members.find((m) => m.studentName === "Noa Brinkman")!;
    expect(noa.reflections).toEqual([
      expect.objectContaining({
        text: expect.stringContaining(noaReflection),
        goalTitle: "Signaleren en doorverwijzen",
        superseded: false,
      }),
    ]);
    for (const team of [
      await (await saxion()).school.learningTeams.get({ teamId: deventerId }),
      await (await raster()).employer.learningTeams.get({ teamId: deventerId }),
    ]) {
      expect(team.members.flatMap((m) => m.reflections)).toEqual([]);
      expect(JSON.stringify(team)).not.toContain(noaReflection);
    }
  });

  it("are never changed nor deleted in the database", async () => {
    const reflection = await db.prisma.learningTeamReflection.findFirstOrThrow();
    await expect(
      db.prisma.learningTeamReflection.update({ where: { id: reflection.id }, data: { text: "Anders." } }),
    ).rejects.toThrow(/immutable/);
    await expect(db.prisma.learningTeamReflection.delete({ where: { id: reflection.id } })).rejects.toThrow(
      /immutable/,
    );
  });
});

describe("a learning team from start to close", () => {
  it("is made, joined by its invited partner, run with students, goals and meetings, and closed, each step audited", async () => {
    const owner = await aventus();
    const partner = await saxion();
    const { id: teamId } = await owner.school.learningTeams.create({
      name: "Leerteam BSO De Vlinder",
      hostOrganizationId: await orgId("Raster Kinderopvang"),
      question: "Hoe sluit de BSO aan op wat de school overdag met de kinderen doet?",
      teamCoachName: "Marieke Hulshof",
      startsOn: "2026-09-01",
      endsOn: "2027-06-30",
    });
    await owner.school.learningTeams.inviteSchool({
      teamId,
      schoolOrganizationId: await orgId("Hogeschool Saxion"),
    });

    // Invited, not yet joined: the partner reads the team's head, and may not add students before it accepts.
    const invited = await partner.school.learningTeams.get({ teamId });
    expect(invited).toMatchObject({ access: "invitedSchool", members: [], meetings: [] });
    await expect(
      partner.school.learningTeams.addMember({ teamId, studentName: "Jip Smit", programmeId: "hbo-pabo" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await partner.school.learningTeams.accept({ teamId });
    await expect(partner.school.learningTeams.accept({ teamId })).rejects.toMatchObject({ code: "CONFLICT" });

    const { id: jip } = await partner.school.learningTeams.addMember({
      teamId,
      studentName: "Jip Smit",
      programmeId: "hbo-pabo",
    });
    const { id: goalId } = await partner.school.learningTeams.addGoal({
      memberId: jip,
      goal: { competenceId: "samenwerken-over-beroepsgrenzen" },
      description: "Ik plan een activiteit samen met de pedagogisch medewerker.",
    });
    await partner.school.learningTeams.assessGoal({
      goalId,
      assessment: "Jip nam het initiatief en stemde goed af.",
    });
    await owner.school.learningTeams.addMeeting({
      teamId,
      heldOn: "2026-10-01",
      notes: "Startoverleg met de BSO.",
    });

    // The host reads the goal, not the assessment; the owner reads neither of the partner's student.
    const hosted = await (await raster()).employer.learningTeams.get({ teamId });
    expect(hosted.members[0]!.goals[0]).toMatchObject({
      description: expect.stringContaining("activiteit"),
      assessment: null,
    });
    expect((await owner.school.learningTeams.get({ teamId })).members[0]!.goals).toEqual([]);

    await expect(owner.school.learningTeams.close({ teamId, product: " " })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("product"),
    });
    await owner.school.learningTeams.close({
      teamId,
      product: "Een gezamenlijke weekplanning voor school en BSO.",
    });
    await expect(
      partner.school.learningTeams.addMeeting({ teamId, heldOn: "2026-11-01", notes: "Na de afsluiting." }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(
      (await (await raster()).employer.learningTeams.list()).find((t) => t.id === teamId)?.closedOn,
    ).not.toBeNull();

    const actions = await db.prisma.auditEvent.findMany({
      where: {
        action: { startsWith: "learningTeam." },
        OR: [{ entityId: teamId }, { entityId: jip }, { entityId: goalId }],
      },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).toSorted()).toEqual([
      "learningTeam.accept",
      "learningTeam.addGoal",
      "learningTeam.addMember",
      "learningTeam.assessGoal",
      "learningTeam.close",
      "learningTeam.create",
      "learningTeam.inviteSchool",
    ]);
  });

  it("lets a docent coach but not arrange a team: goals and meetings yes, students and closing no", async () => {
    const docent = await as("docent@maasoever.demo");
    const teamId = (await db.prisma.learningTeam.findFirstOrThrow({ where: { name: "Leerteam De Boomhut" } }))
      .id;
    await docent.school.learningTeams.addMeeting({
      teamId,
      heldOn: "2026-10-06",
      notes: "Overleg met de leerkracht.",
    });
    await expect(
      docent.school.learningTeams.addMember({ teamId, studentName: "Sam Test", programmeId: "hbo-pabo" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("opleidingsadviseur") });
    await expect(
      docent.school.learningTeams.close({ teamId, product: "Een product." }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses a host outside the school's regions", async () => {
    await expect(
      (await aventus()).school.learningTeams.create({
        name: "Leerteam Rotterdam",
        hostOrganizationId: await orgId("Kinderrijk"),
        question: "Een vraag van een organisatie buiten de regio.",
        teamCoachName: "Marieke Hulshof",
        startsOn: "2026-09-01",
        endsOn: "2027-06-30",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the host and the region", () => {
  it("shows the host its teams without the schools' assessments", async () => {
    const team = await (await raster()).employer.learningTeams.get({ teamId: deventerId });
    expect(team.access).toBe("host");
    expect(team.members).toHaveLength(4);
    expect(
      team.members.flatMap((m) => m.goals).every((g) => g.assessment === null && g.assessedOn === null),
    ).toBe(true);
    expect(team.members.flatMap((m) => m.goals).length).toBeGreaterThan(0);
  });

  it("gives the region counts of the teams its organisations host, the students protected per programme", async () => {
    const count = await (await as("coordinator@rijnmond.demo")).region.learningTeams.count();
    expect(count).toMatchObject({ open: 1, closed: 0, hosts: 1, schools: 1 });
    // Rijnmond's one team at Kinderrijk has one student: published as 0 or 5, never as 1.
    const fenna = await memberOf("Fenna de Jong");
    expect(count.byProgramme).toEqual([
      { programmeId: fenna.programmeId, title: expect.any(String), students: expect.any(Number) },
    ]);
    for (const figure of [count.students, count.byProgramme[0]!.students]) {
      expect(figure % 5).toBe(0);
      const bounds = trueCountsBehind(figure);
      expect(1).toBeGreaterThanOrEqual(bounds.min);
      expect(1).toBeLessThanOrEqual(bounds.max);
    }
    expect(JSON.stringify(count)).not.toContain("Fenna");
  });

  it("gives a region without teams no figures to publish", async () => {
    expect(await (await as("coordinator@haaglanden.demo")).region.learningTeams.count()).toEqual({
      open: 0,
      closed: 0,
      hosts: 0,
      schools: 0,
      students: 0,
      byProgramme: [],
    });
  });
});
