import { closedPeriods, trueCountsBehind } from "@ontwikkelpad/core";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { addQuarters, endOfQuarter, format, getQuarter, startOfQuarter } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../shared/dates.ts";
import { loggedInClient } from "../../test-client.ts";
import { VIEW_LIMIT } from "./candidates/get.ts";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const as = async (email: string, ip?: string) => (await loggedInClient(db, email, ip)).call();
const newCandidate = (givenName: string) => ({
  givenName,
  familyName: "Testkandidaat",
  email: `${givenName.toLowerCase()}@example.org`,
  consentRegistration: true as const,
  consentAdvice: true,
  consentGivenOn: "2026-11-30",
});

describe("region candidates", () => {
  it("lets a partner log in and work at its region's desk", async () => {
    const uwv = await as("intake@uwv-rotterdam.demo");
    const list = await uwv.region.candidates.list();
    expect(list.map((c) => c.name)).toContain("Samira Benali");
    expect(list.every((c) => c.registeredBy === "UWV Rotterdam")).toBe(true);
  });

  it("shows a partner only the candidates it registered; the desk sees them all", async () => {
    const gemeente = await as("intake@gemeente-rotterdam.demo");
    const { id } = await gemeente.region.candidates.register(newCandidate("Fenna"));
    const own = await gemeente.region.candidates.list();
    expect(own.map((c) => c.id)).toContain(id);
    expect(own.map((c) => c.name)).not.toContain("Samira Benali");
    const uwv = await as("intake@uwv-rotterdam.demo");
    expect((await uwv.region.candidates.list()).map((c) => c.id)).not.toContain(id);
    await expect(uwv.region.candidates.get({ candidateId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const desk = await as("wsp@rijnmond.demo");
    expect((await desk.region.candidates.list()).map((c) => c.id)).toContain(id);
  });

  it("records the consent per purpose with who recorded it and when", async () => {
    const uwv = await as("intake@uwv-rotterdam.demo");
    const { id } = await uwv.region.candidates.register(newCandidate("Gijs"));
    const page = await uwv.region.candidates.get({ candidateId: id });
    expect(page.consents.map((c) => [c.purpose, c.givenOn, c.recordedBy, c.withdrawnOn])).toEqual([
      ["REGION_FOLLOW_UP", "2026-11-30", "Tom Hendriks", null],
      ["ADVICE", "2026-11-30", "Tom Hendriks", null],
    ]);
  });

  it("refuses a registration without consent, and another region's user by id", async () => {
    const uwv = await as("intake@uwv-rotterdam.demo");
    await expect(
      uwv.region.candidates.register({ ...newCandidate("Zonder"), consentRegistration: false as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const samira = (await uwv.region.candidates.list()).find((c) => c.name === "Samira Benali")!;
    const haaglanden = await as("coordinator@haaglanden.demo");
    await expect(haaglanden.region.candidates.get({ candidateId: samira.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await haaglanden.region.candidates.list()).toEqual([]);
  });

  it("logs every view of a candidate page and limits how many one user may open", async () => {
    const desk = await as("lwl@rijnmond.demo", "rate-limit");
    const [first] = await desk.region.candidates.list();
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "lwl@rijnmond.demo" } });
    const views = () =>
      db.prisma.auditEvent.count({
        where: { actorUserId: user.id, action: "candidate.view", entityId: first!.id },
      });
    const before = await views();
    await desk.region.candidates.get({ candidateId: first!.id });
    expect(await views()).toBe(before + 1);
    for (let i = before + 1; i < VIEW_LIMIT; i++)
      await desk.region.candidates.get({ candidateId: first!.id });
    await expect(desk.region.candidates.get({ candidateId: first!.id })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("erases the person's data when the registration consent is withdrawn, and says what went", async () => {
    const uwv = await as("intake@uwv-rotterdam.demo");
    const { id } = await uwv.region.candidates.register(newCandidate("Hidde"));
    await uwv.region.candidates.saveIntake({
      candidateId: id,
      availableFrom: "2026-12-01",
      hoursPerWeek: 20,
      city: "Rotterdam",
      postcodeArea: "3024",
      travelDistanceKm: 5,
      locationTypes: ["KDV"],
      languageLevel: "2F",
      workProcessIds: [],
      priorDiplomas: ["vmbo"],
    });
    const { removed } = await uwv.region.candidates.withdrawConsent({
      candidateId: id,
      purpose: "REGION_FOLLOW_UP",
    });
    expect(removed).toContain("Naam en contactgegevens");
    expect(removed.some((r) => r.startsWith("Intake"))).toBe(true);
    await expect(uwv.region.candidates.get({ candidateId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = await db.prisma.candidateRegistration.findUniqueOrThrow({
      where: { id },
      include: { person: true },
    });
    expect([
      row.person.givenName,
      row.person.familyName,
      row.person.email,
      row.city,
      row.priorDiplomas,
    ]).toEqual(["", "", null, null, []]);
    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "candidate.consent.withdraw", entityId: id },
    });
    // The audit keeps that it happened, not the data.
    expect(JSON.stringify(event.data)).not.toContain("Hidde");
    expect(JSON.stringify(event.data)).not.toContain("Rotterdam");
  });
});

describe("matching, referral and the funnel", () => {
  it("refers a candidate, the employer accepts in its portal, and the funnel moves", async () => {
    const wsp = await as("wsp@rijnmond.demo");
    const lisa = (await wsp.region.candidates.list()).find((c) => c.name === "Lisa Verbeek")!;
    const ranked = await wsp.region.referrals.matches({ candidateId: lisa.id });
    expect(ranked.length).toBeGreaterThan(1);
    expect(ranked[0]!.functionTitle.toLowerCase()).toContain("groepshulp");
    expect(ranked[0]!.reasons.length).toBeGreaterThan(0);
    const kinderrijk = ranked.find((m) => m.employer === "Kinderrijk" && m.title.startsWith("Groepshulp"))!;

    const coordinator = await as("coordinator@rijnmond.demo");
    const month = { by: "month" as const, period: lisa.registeredOn.slice(0, 7) };
    const before = await coordinator.region.funnel.get(month);

    // Before the referral Kinderrijk does not see her.
    const hr = await as("hr@kinderrijk.demo");
    expect((await hr.employer.referrals.list()).map((r) => r.candidate)).not.toContain("Lisa Verbeek");
    await wsp.region.referrals.send({
      candidateId: lisa.id,
      vacancyId: kinderrijk.vacancyId,
      reason: "Woont dichtbij, wil 20 uur op een KDV werken.",
      consentToShare: true,
    });
    const referral = (await hr.employer.referrals.list()).find((r) => r.candidate === "Lisa Verbeek")!;
    expect(referral.status).toBe("PROPOSED");
    await hr.employer.referrals.respond({
      referralId: referral.id,
      decision: "accept",
      functionId: "groepshulp",
      hoursPerWeek: 20,
      contractStart: "2026-12-15",
    });
    const page = await wsp.region.candidates.get({ candidateId: lisa.id });
    expect(page.referrals[0]).toMatchObject({
      status: "HIRED",
      startsOn: "2026-12-15",
      employer: "Kinderrijk",
    });
    expect(
      page.consents.some((c) => c.purpose === "SHARE_WITH_EMPLOYER" && c.organization === "Kinderrijk"),
    ).toBe(true);

    const after = await coordinator.region.funnel.get(month);
    const started = after.columns.indexOf("STARTED");
    expect(before.columnTotals![started]).toBe(0);
    // One hire: the protected figure moves by the cell key's rule (to 0 or 5), never by exactly one.
    expect([0, 5]).toContain(after.columnTotals![started]);
    expect(after.desk.referrals).toBe(before.desk.referrals + 1);
  });

  it("refers a hired candidate no further: the page names the employer and a referral is refused", async () => {
    const wsp = await as("wsp@rijnmond.demo");
    const miriam = (await wsp.region.candidates.list()).find((c) => c.name === "Miriam Öztürk")!;
    const page = await wsp.region.candidates.get({ candidateId: miriam.id });
    expect(page.hiredBy).toBe(page.referrals.find((r) => r.status === "HIRED")!.employer);
    const open = (await wsp.region.referrals.matches({ candidateId: miriam.id })).find(
      (m) => !m.alreadyReferred,
    )!;
    await expect(
      wsp.region.referrals.send({
        candidateId: miriam.id,
        vacancyId: open.vacancyId,
        reason: "Zou ook hier goed passen, op een andere locatie.",
        consentToShare: true,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("al aangenomen bij") });
  });

  it("refuses a referral without the consent to share and a partner who tries to refer", async () => {
    const wsp = await as("wsp@rijnmond.demo");
    const noor = (await wsp.region.candidates.list()).find((c) => c.name === "Noor de Graaf")!;
    const [match] = await wsp.region.referrals.matches({ candidateId: noor.id });
    await expect(
      wsp.region.referrals.send({
        candidateId: noor.id,
        vacancyId: match!.vacancyId,
        reason: "Past goed bij de groep.",
        consentToShare: false as never,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const gemeente = await as("intake@gemeente-rotterdam.demo");
    await expect(gemeente.region.referrals.matches({ candidateId: noor.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("publishes closed months and quarters only, every stage figure protected, the desk's own counts exact", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const registrations = await db.prisma.candidateRegistration.findMany({
      where: { region: { name: "Arbeidsmarktregio Rijnmond" } },
      select: { createdAt: true, intakeCompletedAt: true },
    });
    const month = closedPeriods("month", today(), 1)[0]!;
    const inMonth = registrations.filter((r) => r.createdAt.toISOString().startsWith(month));
    for (const by of ["month", "partner", "employer"] as const) {
      const funnel = await coordinator.region.funnel.get({ by, period: month });
      expect(funnel.desk).toMatchObject({
        registered: inMonth.length,
        intakeCompleted: inMonth.filter((r) => r.intakeCompletedAt).length,
      });
      expect(funnel.rows.reduce((sum, r) => sum + r.desk.registered, 0)).toBe(inMonth.length);
      const { min, max } = trueCountsBehind(funnel.total);
      expect(inMonth.length).toBeGreaterThanOrEqual(min);
      expect(inMonth.length).toBeLessThanOrEqual(max);
      for (const v of [...funnel.rows.flatMap((r) => [...(r.cells ?? []), r.total]), ...funnel.columnTotals!])
        expect(v % 5).toBe(0);
      // A row of fewer than five registrations is not broken down: its size is known to the staff.
      for (const r of funnel.rows) expect(r.cells === null).toBe(r.desk.registered < 5);
    }
    for (const period of [today().slice(0, 7), `${today().slice(0, 4)}-Q4`, "2099-01"])
      await expect(coordinator.region.funnel.get({ by: "month", period })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("afgesloten maand of kwartaal"),
      });
    await expect(
      coordinator.region.funnel.get({ by: "month", period: "2026-11-15" } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is only for the region's staff: a partner is refused the funnel", async () => {
    const uwv = await as("intake@uwv-rotterdam.demo");
    await expect(
      uwv.region.funnel.get({ by: "month", period: closedPeriods("month", today(), 1)[0]! }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("LWL advice", () => {
  it("plans the routes to a goal with core's planner and funding check, only with consent for advice", async () => {
    const lwl = await as("lwl@rijnmond.demo");
    const candidates = await lwl.region.candidates.list();
    const noor = candidates.find((c) => c.name === "Noor de Graaf")!;
    const advice = await lwl.region.advice.get({
      candidateId: noor.id,
      goalFunctionId: "pedagogisch-medewerker",
    });
    expect(advice.goalFunction).toBe("Pedagogisch medewerker");
    expect(advice.routes.length).toBeGreaterThan(0);
    const [route] = advice.routes;
    expect(route!.totalMonths).toBe(route!.steps.reduce((sum, s) => sum + s.estimatedMonths, 0));
    expect(route!.funding.length).toBeGreaterThan(0);
    // No employer yet: the route's preconditions (SBB recognition, praktijkopleider) are still to arrange.
    expect(route!.steps.flatMap((s) => s.preconditions).every((p) => !p.met)).toBe(true);

    const samira = candidates.find((c) => c.name === "Samira Benali")!;
    await expect(
      lwl.region.advice.get({ candidateId: samira.id, goalFunctionId: "pedagogisch-medewerker" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("toestemming voor advies"),
    });
    const wsp = await as("wsp@rijnmond.demo");
    await expect(
      wsp.region.advice.get({ candidateId: noor.id, goalFunctionId: "pedagogisch-medewerker" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("financiering", () => {
  it("lists the catalog's instruments with conditions and the region's use, people protected", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const instruments = await coordinator.region.funding.get();
    const groepshulpen = instruments.find((i) => i.id === "subsidie-groepshulpen")!;
    expect(groepshulpen.conditions.length).toBeGreaterThan(0);
    // Ellen's application at Kinderrijk: one person (protected: 0 or 5), one employer (exact).
    expect([0, 5]).toContain(groepshulpen.persons);
    expect(groepshulpen.employers).toBe(1);
    for (const i of instruments) expect(i.persons % 5).toBe(0);
  });
});

describe("signalen", () => {
  it("shows the mentor teams' signals; the coordinator acknowledges and records the regiegroep's discussion", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const [signal] = await coordinator.region.signals.list();
    expect(signal).toMatchObject({ school: "ROC De Maasoever", acknowledgedOn: null, discussedOn: null });
    const wsp = await as("wsp@rijnmond.demo");
    await expect(
      wsp.region.signals.review({ signalId: signal!.id, action: "acknowledge" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await coordinator.region.signals.review({ signalId: signal!.id, action: "acknowledge" });
    await coordinator.region.signals.review({
      signalId: signal!.id,
      action: "discussed",
      discussedOn: "2026-11-20",
      note: "School plant extra oefening oudergesprekken in blok 3.",
    });
    const [after] = await coordinator.region.signals.list();
    expect(after).toMatchObject({
      acknowledgedBy: "Marleen Visser",
      discussedOn: "2026-11-20",
      regiegroepNote: "School plant extra oefening oudergesprekken in blok 3.",
    });
    const haaglanden = await as("coordinator@haaglanden.demo");
    expect(await haaglanden.region.signals.list()).toEqual([]);
  });
});

describe("implementatie", () => {
  it("lists the region's employers and schools and the SBB coverage of the Ontwikkelpad's crebos", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const impl = await coordinator.region.implementation.get();
    expect(impl.employers.map((e) => e.name)).toEqual(["Kinderopvang Zonnebloem", "Kinderrijk"]);
    expect(impl.schools.map((s) => s.name)).toEqual(["ROC De Maasoever"]);
    const pmk = impl.crebos.find((c) => c.crebo === "25696")!;
    expect(pmk.recognisedEmployers).toBe(
      impl.employers.filter((e) => e.recognisedCrebos.includes("25696")).length,
    );
    const haaglanden = await as("coordinator@haaglanden.demo");
    expect((await haaglanden.region.implementation.get()).employers.map((e) => e.name)).toEqual([
      "Kinderopvang Zonnebloem",
    ]);
  });
});

describe("knelpunten", () => {
  it("lets the coordinator log a knelpunt and resolve it; advisers only read the log", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const { id } = await coordinator.region.implementation.addBottleneck({
      category: "EDUCATION",
      description: "Geen instroommoment BBL tot september.",
      owner: "ROC De Maasoever",
      raisedOn: "2026-11-28",
    });
    await coordinator.region.implementation.setBottleneckStatus({ bottleneckId: id, status: "RESOLVED" });
    const wsp = await as("wsp@rijnmond.demo");
    const log = await wsp.region.implementation.listBottlenecks();
    expect(log.find((b) => b.id === id)).toMatchObject({
      status: "RESOLVED",
      resolvedOn: expect.any(String),
    });
    await expect(
      wsp.region.implementation.setBottleneckStatus({ bottleneckId: id, status: "OPEN" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("leerkringen", () => {
  it("lets the coordinator record a session with actions and tick one off; advisers only read", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const { id } = await coordinator.region.implementation.addLearningCircle({
      heldOn: "2026-11-26",
      topic: "Taalondersteuning op de groep",
      participants: ["Kinderrijk", "Taalcoach gemeente"],
      notes: "Taalniveau B1 blijkt de drempel voor de praktijkverklaring.",
    });
    const { id: actionId } = await coordinator.region.implementation.addLearningCircleAction({
      sessionId: id,
      description: "Taalcoaching aanvragen bij de gemeente.",
      owner: "Gemeente Rotterdam",
      dueOn: "2026-12-20",
    });
    await coordinator.region.implementation.setLearningCircleActionDone({ actionId, done: true });
    const wsp = await as("wsp@rijnmond.demo");
    const sessions = await wsp.region.implementation.listLearningCircles();
    expect(sessions.find((s) => s.id === id)).toMatchObject({
      topic: "Taalondersteuning op de groep",
      participants: ["Kinderrijk", "Taalcoach gemeente"],
      actions: [
        { id: actionId, owner: "Gemeente Rotterdam", dueOn: "2026-12-20", doneOn: expect.any(String) },
      ],
    });
    await expect(
      wsp.region.implementation.setLearningCircleActionDone({ actionId, done: false }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const haaglanden = await as("coordinator@haaglanden.demo");
    expect((await haaglanden.region.implementation.listLearningCircles()).map((s) => s.id)).not.toContain(id);
    await expect(
      haaglanden.region.implementation.addLearningCircleAction({
        sessionId: id,
        description: "Een actie in een andere regio.",
        owner: "Haaglanden",
        dueOn: null,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a session without participants with a reason", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    await expect(
      coordinator.region.implementation.addLearningCircle({
        heldOn: "2026-11-26",
        topic: "Zonder deelnemers",
        participants: [],
        notes: "",
      }),
    ).rejects.toThrow("Vul minstens één deelnemer in.");
  });
});

/** The end of the i-th quarter after the current one. */
const nextQuarterEnd = (i: number) => endOfQuarter(addQuarters(startOfQuarter(new Date()), i + 1));

describe("prognose", () => {
  it("forecasts newly qualified pedagogisch medewerkers for the next six quarters, protected", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const before = await coordinator.region.forecast.get();
    expect(before.quarters.map((q) => q.quarter)).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => `${format(nextQuarterEnd(i), "yyyy")}-K${getQuarter(nextQuarterEnd(i))}`),
    );
    for (const figure of [...before.quarters.map((q) => q.qualified), before.totalQualified])
      expect(figure % 5).toBe(0);
    expect(trueCountsBehind(before.totalQualified).max).toBeGreaterThan(0);

    // Without the region's paths towards a qualified function there is nothing to forecast.
    const paths = await db.prisma.developmentPath.findMany({
      where: {
        status: "ACTIVE",
        goalFunctionId: { in: ["pedagogisch-medewerker", "gespecialiseerd-pm"] },
        employer: { name: { in: ["Kinderopvang Zonnebloem", "Kinderrijk"] } },
      },
    });
    await db.prisma.developmentPath.updateMany({
      where: { id: { in: paths.map((p) => p.id) } },
      data: { status: "STOPPED", endReason: "STOPPED_WITHOUT_RESULT", endedAt: new Date() },
    });
    const without = await coordinator.region.forecast.get();
    await db.prisma.developmentPath.updateMany({
      where: { id: { in: paths.map((p) => p.id) } },
      data: { status: "ACTIVE", endReason: null, endedAt: null },
    });
    expect(without.quarters.map((q) => q.qualified)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(without.totalQualified).toBe(0);
  });

  it("shows the openings of the region's open vacancies for qualified functions exactly: places, not persons", async () => {
    const coordinator = await as("coordinator@rijnmond.demo");
    const before = (await coordinator.region.forecast.get()).openVacancies;
    const vacancy = await db.prisma.vacancy.findFirstOrThrow({
      where: { status: "OPEN", functionId: "pedagogisch-medewerker", employer: { name: "Kinderrijk" } },
    });
    await db.prisma.vacancy.update({ where: { id: vacancy.id }, data: { openings: vacancy.openings + 6 } });
    const after = await coordinator.region.forecast.get();
    await db.prisma.vacancy.update({ where: { id: vacancy.id }, data: { openings: vacancy.openings } });
    expect(after.openVacancies).toBe(before + 6);
  });
});

describe("consent in force for the desk's own reads and actions", () => {
  it("advises only with the advice consent given to this region, and shows only a registration consent in force now", async () => {
    const uwv = await as("intake@uwv-rotterdam.demo");
    const lwl = await as("lwl@rijnmond.demo");
    const { id } = await uwv.region.candidates.register(newCandidate("Iris"));
    const registration = await db.prisma.candidateRegistration.findUniqueOrThrow({ where: { id } });
    const haaglanden = await db.prisma.organization.findFirstOrThrow({
      where: { name: "Arbeidsmarktregio Haaglanden" },
    });
    const advice = () => lwl.region.advice.get({ candidateId: id, goalFunctionId: "pedagogisch-medewerker" });
    await advice();

    // An advice consent to another region is no consent to this one.
    await db.prisma.consentRecord.updateMany({
      where: { personId: registration.personId, purpose: "ADVICE" },
      data: { organizationId: haaglanden.id },
    });
    await expect(advice()).rejects.toMatchObject({ code: "FORBIDDEN" });

    // A registration consent that only takes effect later is not in force now.
    await db.prisma.consentRecord.updateMany({
      where: { personId: registration.personId, purpose: "REGION_FOLLOW_UP" },
      data: { givenAt: new Date(Date.now() + 86_400_000) },
    });
    // The coordinator: the LWL adviser used up their candidate page views earlier in this file.
    const coordinator = await as("coordinator@rijnmond.demo");
    expect((await coordinator.region.candidates.list()).map((c) => c.id)).not.toContain(id);
    await expect(coordinator.region.candidates.get({ candidateId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
