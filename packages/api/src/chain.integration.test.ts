import {
  childcareCatalog,
  closedPeriods,
  FUNNEL_COLUMNS,
  protectCount,
  RECORDED_LANGUAGE_LEVELS,
  type FunnelColumn,
} from "@ontwikkelpad/core";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "./shared/dates.ts";
import { loggedInClient } from "./test-client.ts";

/**
 * The whole journey across the portals, for seven candidates of one closed month, each ending another
 * way: a partner registers them, the LWL-adviseur gives one of them an advice the WSP-adviseur reads,
 * the region refers them, the employer sees the intake and hires them with it and their path runs,
 * the school issues a praktijkverklaring, the path completes (or the person leaves, moves, moves on with
 * the path continued at the new employer, or withdraws), and the region's funnel counts each one in the
 * stage it reached and in its own outcome column.
 */

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

type Caller = Awaited<ReturnType<Awaited<ReturnType<typeof loggedInClient>>["call"]>>;
const callers = new Map<string, Promise<Caller>>();
/** Each demo user logs in once (the login is rate limited). */
const as = (email: string) => {
  if (!callers.has(email))
    callers.set(
      email,
      loggedInClient(db, email).then((c) => c.call()),
    );
  return callers.get(email)!;
};
const TEMPLATE = "pv-helpende-zorg-welzijn";
const template = childcareCatalog.praktijkverklaringTemplates.find((t) => t.id === TEMPLATE)!;

/** A month the demo registered no one in: the funnel's row for it holds only this journey's candidates. */
const EMPTY_MONTH = closedPeriods("month", today(), 12).at(-1)!;

async function register(givenName: string) {
  const uwv = await as("intake@uwv-rotterdam.demo");
  const { id } = await uwv.region.candidates.register({
    givenName,
    familyName: "Keten",
    email: `${givenName.toLowerCase()}.keten@example.org`,
    consentRegistration: true,
    consentAdvice: true,
    consentGivenOn: today(),
  });
  // Registered in a closed month, so the funnel may publish the journey.
  await db.prisma.candidateRegistration.update({
    where: { id },
    data: { createdAt: new Date(`${EMPTY_MONTH}-15T10:00:00Z`) },
  });
  return id;
}

/** The partner records the intake; the LWL-adviseur writes an advice and gives it. */
async function intakeAndAdvice(candidateId: string) {
  const uwv = await as("intake@uwv-rotterdam.demo");
  await uwv.region.candidates.saveIntake({
    candidateId,
    availableFrom: today(),
    hoursPerWeek: 24,
    city: "Rotterdam",
    postcodeArea: "3015",
    travelDistanceKm: 10,
    locationTypes: ["BSO"],
    languageLevel: "3F",
    experienceYears: 4,
    workProcessIds: [template.recommendedWorkProcessIds[0]!],
    priorDiplomas: [],
  });
  const lwl = await as("lwl@rijnmond.demo");
  const { routes } = await lwl.region.advice.get({ candidateId, goalFunctionId: "groepshulp" });
  const concept = await lwl.region.advice.save({
    candidateId,
    goalFunctionId: "groepshulp",
    routeId: routes[0]!.id,
    adviceText: "Start als groepshulp en haal de praktijkverklaring.",
    nextSteps: [],
  });
  // A concept is the adviser's own: the WSP-adviseur reads only a given advice.
  const wsp = await as("wsp@rijnmond.demo");
  expect((await wsp.region.advice.notes({ candidateId })).notes).toEqual([]);
  await lwl.region.advice.give({ noteId: concept.id });
  return concept;
}

/** The region refers the candidate to Kinderrijk's open vacancy; Kinderrijk hires them. */
async function referAndHire(candidateId: string, givenName: string) {
  const wsp = await as("wsp@rijnmond.demo");
  const vacancy = await db.prisma.vacancy.findFirstOrThrow({
    where: { status: "OPEN", employer: { name: "Kinderrijk" } },
    orderBy: { createdAt: "asc" },
  });
  await wsp.region.referrals.send({
    candidateId,
    vacancyId: vacancy.id,
    reason: "Woont dichtbij en wil op een groep werken.",
    consentToShare: true,
  });
  const hr = await as("hr@kinderrijk.demo");
  const referral = (await hr.employer.referrals.list()).find((r) => r.candidate === `${givenName} Keten`)!;
  // HR confirms what the portal's form prefills from the intake: hours, start date and startpunt.
  const intake = referral.intake;
  const language = RECORDED_LANGUAGE_LEVELS.find((level) => level === intake?.languageLevel);
  const { personId } = await hr.employer.referrals.respond({
    referralId: referral.id,
    decision: "accept",
    functionId: "groepshulp",
    hoursPerWeek: intake?.hoursPerWeek ?? 20,
    contractStart: intake?.availableFrom ?? today(),
    ...(language ? { languageLevel: language, languageSource: "Intake van het regioloket" } : {}),
    ...(typeof intake?.experienceYears === "number" ? { experienceYears: intake.experienceYears } : {}),
  });
  return { personId: personId!, intake };
}

/** HR sets the path's goal (step 4). */
async function chooseGoal(personId: string, goalCredentialId: string) {
  const hr = await as("hr@kinderrijk.demo");
  const { path } = await hr.employer.paths.get({ personId });
  await hr.employer.paths.save({
    pathId: path!.id,
    data: {
      step: 4,
      goalFunctionId: "groepshulp",
      goalCredentialId,
      routeId: null,
      learningRoute: "DERDE_LEERWEG",
    },
  });
  return path!.id;
}

/** The praktijkopleider judges a werkproces mastered, the manager co-signs, the school issues. */
async function earnPraktijkverklaring(personId: string) {
  const trainer = await as("praktijkopleider@kinderrijk.demo");
  const manager = await as("leidinggevende@kinderrijk.demo");
  const { id } = await trainer.employer.assessments.rate({
    personId,
    workProcessId: template.recommendedWorkProcessIds[0]!,
    result: "MASTERED",
    note: "Zelfstandig en veilig.",
    assessedOn: today(),
  });
  await trainer.employer.assessments.sign({ evidenceIds: [id] });
  await manager.employer.assessments.coSign({ evidenceIds: [id] });
  const view = await manager.employer.assessments.get({ personId });
  const school = view.schools.find((s) => s.name.includes("Maasoever"))!;
  const request = await manager.employer.assessments.requestPraktijkverklaring({
    personId,
    templateId: TEMPLATE,
    schoolId: school.id,
  });
  const examiner = await as("examinator@maasoever.demo");
  await examiner.school.requests.issuePraktijkverklaring({ requestId: request.id });
}

describe("the chain from registration to the funnel", () => {
  it("completes a path on the issue that meets its goal and counts every outcome in its own column", async () => {
    const hr = await as("hr@kinderrijk.demo");
    // Kinderrijk's vacancy has room for everyone of this journey.
    await db.prisma.vacancy.updateMany({
      where: { status: "OPEN", employer: { name: "Kinderrijk" } },
      data: { openings: 20 },
    });
    const names = ["Anouk", "Bram", "Cato", "Daan", "Emma", "Finn", "Gijs"] as const;
    const candidates = Object.fromEntries(
      await Promise.all(names.map(async (n) => [n, await register(n)] as const)),
    ) as Record<(typeof names)[number], string>;

    // Anouk: the partner records her intake and the LWL-adviseur gives an advice, which the
    // WSP-adviseur reads under her advice consent before referring her.
    const advice = await intakeAndAdvice(candidates.Anouk);
    const wsp = await as("wsp@rijnmond.demo");
    const read = await wsp.region.advice.notes({ candidateId: candidates.Anouk });
    expect(read.currentId).toBe(advice.id);
    expect(read.notes).toEqual([
      expect.objectContaining({ id: advice.id, status: "GIVEN", routeId: advice.routeId, givenOn: today() }),
    ]);
    expect(read.canWrite).toBe(false);

    // The intake arrives at Kinderrijk with the referral, and the hire uses it: the person's startpunt,
    // the contract's start and the path's route come from it, nothing retyped.
    const { personId: anouk, intake } = await referAndHire(candidates.Anouk, "Anouk");
    expect(intake).toMatchObject({
      availableFrom: today(),
      hoursPerWeek: 24,
      languageLevel: "3F",
      experienceYears: 4,
      workProcesses: [expect.objectContaining({ id: template.recommendedWorkProcessIds[0] })],
      advisedRoute: {
        goalFunctionId: "groepshulp",
        routeId: advice.routeId,
        learningRoute: advice.learningRoute,
        durationMonths: advice.durationMonths,
      },
    });
    const hired = await db.prisma.person.findUniqueOrThrow({
      where: { id: anouk },
      include: { employments: true, developmentPaths: true },
    });
    expect(hired.profile).toMatchObject({
      languageLevel: "3F",
      languageSource: "Intake van het regioloket",
      experienceYears: 4,
    });
    expect(hired.employments).toEqual([expect.objectContaining({ hoursPerWeek: 24 })]);
    expect(hired.employments[0]!.contractStart.toISOString().slice(0, 10)).toBe(today());
    expect(hired.developmentPaths).toEqual([
      expect.objectContaining({
        currentStep: 1,
        goalFunctionId: "groepshulp",
        chosenRoute: advice.routeId,
        learningRoute: advice.learningRoute,
      }),
    ]);

    // Her goal the praktijkverklaring; the school's issue completes her path.
    const anouksPath = await chooseGoal(anouk, TEMPLATE);
    expect(anouksPath).toBe(hired.developmentPaths[0]!.id);
    await earnPraktijkverklaring(anouk);
    const afterIssue = await hr.employer.paths.get({ personId: anouk });
    expect(afterIssue.path).toBeNull();
    expect(afterIssue.endedPaths).toEqual([
      expect.objectContaining({
        id: anouksPath,
        endReason: "COMPLETED",
        endedOn: today(),
        achievedCredentialId: TEMPLATE,
      }),
    ]);
    // A next goal is a new path; the completed one stays in her history.
    await hr.employer.paths.start({ personId: anouk });
    const next = await hr.employer.paths.get({ personId: anouk });
    expect(next.path?.id).not.toBe(anouksPath);
    expect(next.endedPaths.map((p) => p.id)).toEqual([anouksPath]);

    // Bram: aims at a certificate, earns a praktijkverklaring on the way and leaves: left with a result.
    const { personId: bram } = await referAndHire(candidates.Bram, "Bram");
    await chooseGoal(bram, "C0125");
    await earnPraktijkverklaring(bram);
    expect((await hr.employer.paths.get({ personId: bram })).path?.goalMet).toBe(false);
    await hr.employer.persons.archive({ personId: bram, reason: "Uit dienst" });

    // Cato: referred to Zonnebloem too (a second referral of one candidate), hired at Kinderrijk, and
    // leaves without a result: uitgevallen.
    const zonnebloem = await db.prisma.vacancy.findFirstOrThrow({
      where: { status: "OPEN", employer: { name: "Kinderopvang Zonnebloem" } },
    });
    await wsp.region.referrals.send({
      candidateId: candidates.Cato,
      vacancyId: zonnebloem.id,
      reason: "Heeft ervaring op een BSO-groep.",
      consentToShare: true,
    });
    const { personId: cato } = await referAndHire(candidates.Cato, "Cato");
    await hr.employer.persons.archive({ personId: cato, reason: "Uit dienst" });

    // Daan: hired and moves to another employer.
    const { personId: daan } = await referAndHire(candidates.Daan, "Daan");
    await hr.employer.persons.archive({
      personId: daan,
      reason: "Overgestapt",
      movedToAnotherEmployer: true,
    });

    // Emma leaves the desk before any hire: uitgevallen.
    await wsp.region.candidates.withdrawConsent({
      candidateId: candidates.Emma,
      purpose: "REGION_FOLLOW_UP",
    });

    // Gijs moves to Zonnebloem and consents to share his path, which Zonnebloem continues: his journey
    // runs on there, so he has no outcome yet.
    const { personId: gijs } = await referAndHire(candidates.Gijs, "Gijs");
    const gijsPath = await chooseGoal(gijs, "C0125");
    const zonnebloemId = (
      await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderopvang Zonnebloem" } })
    ).id;
    await hr.employer.persons.archive({
      personId: gijs,
      reason: "Overgestapt",
      movedToAnotherEmployer: true,
      newEmployerOrganizationId: zonnebloemId,
      consentToShare: true,
    });
    const zonnebloemHr = await as("hr@zonnebloem.demo");
    const { id: gijsAtZonnebloem } = await zonnebloemHr.employer.persons.create({
      kind: "STAFF",
      givenName: "Gijs",
      familyName: "Keten",
      functionId: "groepshulp",
      hoursPerWeek: 24,
      contractStart: today(),
    });
    await zonnebloemHr.employer.paths.continueHandover({ pathId: gijsPath, personId: gijsAtZonnebloem });

    // Finn is hired and then withdraws his registration: the region's data goes, he is no dropout.
    const { personId: finn } = await referAndHire(candidates.Finn, "Finn");
    await wsp.region.candidates.withdrawConsent({
      candidateId: candidates.Finn,
      purpose: "REGION_FOLLOW_UP",
    });

    const keyOf = async (personId: string) =>
      (await db.prisma.person.findUniqueOrThrow({ where: { id: personId } })).recordKey;
    const emma = (await db.prisma.candidateRegistration.findUniqueOrThrow({ where: { id: candidates.Emma } }))
      .personId;
    const k = {
      anouk: await keyOf(anouk),
      bram: await keyOf(bram),
      cato: await keyOf(cato),
      daan: await keyOf(daan),
      emma: await keyOf(emma),
      finn: await keyOf(finn),
      gijs: await keyOf(gijs),
    };
    const expected: Partial<Record<FunnelColumn, number[]>> = {
      REFERRED: [],
      REGISTERED: [k.emma],
      STARTED: [k.cato, k.daan, k.finn, k.gijs],
      PRAKTIJKVERKLARING: [k.anouk, k.bram],
      COMPLETED: [k.anouk],
      LEFT_WITH_RESULT: [k.bram],
      MOVED_EMPLOYER: [k.daan],
      DROPPED_OUT: [k.cato, k.emma],
    };

    const coordinator = await as("coordinator@rijnmond.demo");
    const funnel = await coordinator.region.funnel.get({ by: "month", period: EMPTY_MONTH });
    const row = funnel.rows.find((r) => r.label === EMPTY_MONTH)!;
    // Seven referrals of six referred candidates: the desk counts referrals, not registrations.
    expect(row.desk).toEqual({ registered: 7, intakeCompleted: 1, referrals: 7 });
    expect(row.cells).toEqual(FUNNEL_COLUMNS.map((column) => protectCount(expected[column] ?? [])));
  }, 180_000); // seven journeys across three portals: past the default minute on a busy machine
});
