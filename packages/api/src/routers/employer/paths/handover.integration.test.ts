import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

type Caller = Awaited<ReturnType<Awaited<ReturnType<typeof loggedInClient>>["call"]>>;
const callers = new Map<string, Promise<Caller>>();
const as = (email: string) => {
  if (!callers.has(email))
    callers.set(
      email,
      loggedInClient(db, email, `handover-${email}`).then((c) => c.call()),
    );
  return callers.get(email)!;
};
const kinderrijk = () => as("hr@kinderrijk.demo");
const zonnebloem = () => as("hr@zonnebloem.demo");
const PERSPECTIVE = "Pedagogisch medewerker op de babygroep, gedeeld bij de overstap.";

/** A Kinderrijk employee on a path towards PMK, at step 4, who also earned C0125 on the way. */
async function employeeOnPath(givenName: string) {
  const hr = await kinderrijk();
  const { id: personId } = await hr.employer.persons.create({
    kind: "STAFF",
    givenName,
    familyName: "Overstap",
    functionId: "groepshulp",
    hoursPerWeek: 24,
    contractStart: "2026-01-05",
  });
  const { id: pathId } = await hr.employer.paths.start({ personId });
  await hr.employer.paths.save({ pathId, data: { step: 2, careerPerspective: PERSPECTIVE } });
  await hr.employer.paths.save({ pathId, data: { step: 3, ambition: "Zelfstandig een groep draaien." } });
  await hr.employer.paths.save({
    pathId,
    data: { step: 4, goalFunctionId: null, goalCredentialId: "PMK", routeId: null, learningRoute: "BBL" },
  });
  await db.prisma.developmentPath.update({ where: { id: pathId }, data: { currentStep: 7 } });
  return { personId, pathId };
}

/** Zonnebloem's HR takes the person on, as a person of its own. */
async function takeOn(givenName: string) {
  const { id } = await (
    await zonnebloem()
  ).employer.persons.create({
    kind: "STAFF",
    givenName,
    familyName: "Overstap",
    functionId: "groepshulp",
    hoursPerWeek: 24,
    contractStart: today(),
  });
  return id;
}

describe("a path continues at the new employer when the person consents", () => {
  it("shows the new employer the path, the goal and the credentials achieved, and lets it continue there", async () => {
    const zonnebloemId = (
      await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderopvang Zonnebloem" } })
    ).id;
    const { personId, pathId } = await employeeOnPath("Rosalie");
    const examiner = await as("examinator@maasoever.demo");
    const committee = await as("examencommissie@maasoever.demo");
    // The school's learner through a training request; it issues C0125 on its examencommissie's decision.
    const school = await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } });
    const kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } }))
      .id;
    await db.prisma.trainingRequest.create({
      data: {
        employerOrganizationId: kinderrijkId,
        schoolOrganizationId: school.id,
        personId,
        developmentPathId: pathId,
        credentialId: "C0125",
        learningRoute: "BBL",
        status: "ACCEPTED",
      },
    });
    const { ids } = await examiner.school.examResults.register({
      credentialId: "C0125",
      workProcessIds: (await examiner.school.credentials.learner({ personId })).aims
        .find((a) => a.credentialId === "C0125")!
        .missing.map((w) => w.id),
      title: "Praktijkexamen",
      assessedOn: today(),
      entries: [{ personId, enrolmentId: null, outcome: "PASSED", note: null }],
    });
    for (const examResultId of ids)
      await committee.school.examResults.move({ examResultId, move: "establish" });
    await committee.school.credentials.issue({ personId, credentialId: "C0125" });

    const hr = await kinderrijk();
    expect(await (await zonnebloem()).employer.paths.handovers()).toEqual([]);
    await hr.employer.persons.archive({
      personId,
      reason: "Gaat werken bij Zonnebloem",
      movedToAnotherEmployer: true,
      newEmployerOrganizationId: zonnebloemId,
      consentToShare: true,
    });

    const z = await zonnebloem();
    const [handover, ...others] = await z.employer.paths.handovers();
    expect(others).toEqual([]);
    expect(handover).toMatchObject({
      pathId,
      person: "Rosalie Overstap",
      fromEmployer: "Kinderrijk",
      endedOn: today(),
      goalCredentialId: "PMK",
      learningRoute: "BBL",
      careerPerspective: PERSPECTIVE,
      resumeStep: 5,
      achievedCredentials: [
        expect.objectContaining({ credentialId: "C0125", school: "ROC De Maasoever", issuedOn: today() }),
      ],
      continuedByPathId: null,
    });
    // Not handed to the old employer itself, nor to anyone else.
    expect(await hr.employer.paths.handovers()).toEqual([]);

    const newPerson = await takeOn("Rosalie");
    const { id: continued } = await z.employer.paths.continueHandover({ pathId, personId: newPerson });
    const { path } = await z.employer.paths.get({ personId: newPerson });
    expect(path).toMatchObject({ id: continued, currentStep: 5, goalCredentialId: "PMK" });
    expect(await db.prisma.developmentPath.findUniqueOrThrow({ where: { id: continued } })).toMatchObject({
      employerOrganizationId: zonnebloemId,
      continuesPathId: pathId,
      careerPerspective: PERSPECTIVE,
    });
    expect((await z.employer.paths.handovers())[0]!.continuedByPathId).toBe(continued);
    await expect(z.employer.paths.continueHandover({ pathId, personId: newPerson })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // The continued path is Zonnebloem's: it moves on there.
    await z.employer.paths.save({
      pathId: continued,
      data: { step: 2, careerPerspective: "Pedagogisch medewerker bij Zonnebloem." },
    });

    // The old employer no longer writes to the old path, and does not reach the new one.
    await expect(
      hr.employer.paths.save({ pathId, data: { step: 2, careerPerspective: "Nog een wijziging." } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      hr.employer.paths.save({ pathId: continued, data: { step: 2, careerPerspective: "Van Kinderrijk." } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(hr.employer.paths.get({ personId: newPerson })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The consent is asked when the path is read: withdrawn, the hand-over is gone.
    await db.prisma.consentRecord.updateMany({
      where: { personId, organizationId: zonnebloemId, purpose: "SHARE_WITH_EMPLOYER" },
      data: { withdrawnAt: new Date() },
    });
    expect(await z.employer.paths.handovers()).toEqual([]);
    expect(JSON.stringify(await z.employer.paths.handovers())).not.toContain("Kinderrijk");
  });

  it("shows nothing of the old path without the consent, and refuses to continue it", async () => {
    const zonnebloemId = (
      await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderopvang Zonnebloem" } })
    ).id;
    const { personId, pathId } = await employeeOnPath("Sem");
    await (
      await kinderrijk()
    ).employer.persons.archive({
      personId,
      reason: "Gaat werken bij Zonnebloem",
      movedToAnotherEmployer: true,
      newEmployerOrganizationId: zonnebloemId,
    });
    const z = await zonnebloem();
    expect(JSON.stringify(await z.employer.paths.handovers())).not.toContain(pathId);
    const newPerson = await takeOn("Sem");
    await expect(z.employer.paths.continueHandover({ pathId, personId: newPerson })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await z.employer.paths.get({ personId: newPerson })).path).toBeNull();
  });

  it("refuses a consent without a new employer, and a new employer without a move", async () => {
    const hr = await kinderrijk();
    const { personId } = await employeeOnPath("Noa");
    await expect(
      hr.employer.persons.archive({
        personId,
        reason: "Overgestapt",
        movedToAnotherEmployer: true,
        consentToShare: true,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const zonnebloemId = (
      await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderopvang Zonnebloem" } })
    ).id;
    await expect(
      hr.employer.persons.archive({
        personId,
        reason: "Uit dienst",
        newEmployerOrganizationId: zonnebloemId,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const school = await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } });
    await expect(
      hr.employer.persons.archive({
        personId,
        reason: "Overgestapt",
        movedToAnotherEmployer: true,
        newEmployerOrganizationId: school.id,
        consentToShare: true,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("reads another employer's path only through readHandovers, which asks core with the consent", () => {
    // The hand-over columns are the one way a path of another employer reaches this one: a reader that
    // skipped core's pathHandover would show it without the consent in force. Writing them is fine.
    const src = join(import.meta.dirname, "../../..");
    const reading = (readdirSync(src, { recursive: true }) as string[])
      .filter(
        (file) =>
          file.endsWith(".ts") && !file.includes(".test.") && !file.endsWith("authorization-matrix.ts"),
      )
      .filter((file) =>
        /scopePathsMovedToEmployer|movedToEmployerOrganizationId|continuesPath|continuedBy/.test(
          readFileSync(join(src, file), "utf8"),
        ),
      )
      .toSorted();
    expect(reading).toEqual([
      // Writes the continued path's link after readHandovers allowed it.
      "routers/employer/paths/continue-handover.ts",
      "routers/employer/paths/handover.ts",
      // Counts a continued path's end in the funnel's protected aggregate; no person-level read.
      "routers/region/_shared/funnel.ts",
      // Writes the new employer on the ended path.
      "shared/path-outcome.ts",
    ]);
  });

  it("offers as new employers only the other employers, with nothing but their id and name", async () => {
    const choices = await (await kinderrijk()).employer.organization.employers();
    const expected = await db.prisma.organization.findMany({
      where: { kind: "EMPLOYER", archivedAt: null, name: { not: "Kinderrijk" } },
      select: { id: true, name: true },
    });
    expect(choices.toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(
      expected.toSorted((a, b) => a.id.localeCompare(b.id)),
    );
    expect(choices.map((c) => c.name)).toContain("Kinderopvang Zonnebloem");
    // Only the two fields: no people, paths or registry details of another employer leave the api.
    for (const choice of choices) expect(Object.keys(choice).toSorted()).toEqual(["id", "name"]);
  });
});
