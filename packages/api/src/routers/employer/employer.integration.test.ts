import { childcareCatalog } from "@ontwikkelpad/core";
import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { addMonths } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoDate } from "../../shared/dates.ts";
import { loggedInClient } from "../../test-client.ts";

let db: Database;
let kinderrijkId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `employer-${email}`)).call();
const hr = () => as("hr@kinderrijk.demo");
const trainer = () => as("praktijkopleider@kinderrijk.demo");
const manager = () => as("leidinggevende@kinderrijk.demo");
const personNamed = (givenName: string) =>
  db.prisma.person.findFirstOrThrow({ where: { givenName, employerOrganizationId: kinderrijkId } });
const ownLocation = () =>
  db.prisma.location.findFirstOrThrow({
    where: { employerOrganizationId: kinderrijkId, name: "KDV De Boomhut" },
  });
const audits = (action: string) =>
  db.prisma.auditEvent.count({ where: { action, organizationId: kinderrijkId } });

describe("organization", () => {
  it("shows locations with groups, SBB recognitions and praktijkopleiders with their load", async () => {
    const org = await (await hr()).employer.organization.get();
    expect(org.locations.find((l) => l.name === "KDV De Boomhut")?.groups.map((g) => g.name)).toEqual([
      "Baby's",
      "Dreumesen",
      "Peuters",
    ]);
    expect(
      org.recognitions.some(
        (r) => r.crebo === "25696" && r.learningRoute === "DERDE_LEERWEG" && r.qualificationTitle,
      ),
    ).toBe(true);
    expect(
      org.recognitions.some((r) => r.crebo === "25696" && r.learningRoute === "BBL" && r.status === "ACTIVE"),
    ).toBe(false);
    const busyTrainer = org.trainers.find((t) => t.name.length > 0 && t.activePaths > 0);
    expect(busyTrainer?.plannedHoursPerWeek).toBeGreaterThan(0);
    // Milan's chosen route is PMK through BBL, for which Kinderrijk has no active recognition.
    const locations = await (await hr()).employer.organization.locations();
    expect(locations.map((l) => l.name)).toEqual(org.locations.map((l) => l.name));
    expect(org.missingRecognitions).toEqual([
      {
        requirement: expect.stringMatching(/crebo 25696\).*BBL/),
        persons: [{ personId: expect.any(String), name: expect.stringMatching(/^Milan /) }],
      },
    ]);
  });

  it("adds a location and a group, validates the LRK number, and refuses a duplicate", async () => {
    const c = await hr();
    await expect(
      c.employer.organization.addLocation({
        name: "BSO Kralingen",
        type: "BSO",
        lrkNumber: "12",
        city: "Rotterdam",
      }),
    ).rejects.toThrow("Een LRK-nummer bestaat uit 9 cijfers.");
    await expect(
      c.employer.organization.addLocation({
        name: "Dubbel",
        type: "KDV",
        lrkNumber: "100000001",
        city: "Rotterdam",
      }),
    ).rejects.toThrow("Dit LRK-nummer is al geregistreerd");
    const { id } = await c.employer.organization.addLocation({
      name: "BSO Kralingen",
      type: "BSO",
      lrkNumber: "200000123",
      city: "Rotterdam",
    });
    await expect(
      c.employer.organization.addGroup({
        locationId: id,
        name: "Omgekeerd",
        minAgeMonths: 84,
        maxAgeMonths: 48,
        maxChildren: 10,
      }),
    ).rejects.toThrow("De hoogste leeftijd moet boven de laagste liggen.");
    await c.employer.organization.addGroup({
      locationId: id,
      name: "Bovenbouw",
      minAgeMonths: 84,
      maxAgeMonths: 156,
      maxChildren: 20,
    });
    const org = await c.employer.organization.get();
    expect(org.locations.find((l) => l.id === id)?.groups).toHaveLength(1);
    expect(await audits("location.create")).toBe(1);
  });

  it("lets only an admin change the organization", async () => {
    await expect(
      (await trainer()).employer.organization.addRecognition({
        crebo: "25696",
        learningRoute: "BBL",
        status: "REQUESTED",
      }),
    ).rejects.toThrow("Alleen een beheerder");
  });
});

describe("team", () => {
  it("lists each person with path stage and next action", async () => {
    const list = await (await hr()).employer.persons.list();
    const miriam = list.find((p) => p.name.startsWith("Miriam"));
    expect(miriam).toMatchObject({
      pathStep: 4,
      nextAction: "Ga verder met stap 5 (Welke scholingsbehoefte volgt daaruit?)",
    });
    const fresh = list.find((p) => p.name.startsWith("Oksana"));
    expect(fresh).toBeUndefined();
    expect(list.find((p) => p.name.startsWith("Lotte"))?.nextAction).toBe("Start een Ontwikkelpad.");
  });

  it("edits a person and their employment, and archives with a reason", async () => {
    const c = await hr();
    const location = await ownLocation();
    const { id } = await c.employer.persons.create({
      kind: "STAFF",
      givenName: "Iris",
      familyName: "Bakker",
      functionId: "groepshulp",
      locationId: location.id,
      hoursPerWeek: 20,
      contractStart: "2026-09-01",
    });
    await c.employer.persons.update({
      personId: id,
      givenName: "Iris",
      familyName: "Bakker-de Vries",
      functionId: "pedagogisch-medewerker",
      locationId: location.id,
      hoursPerWeek: 24,
      contractStart: "2026-09-01",
    });
    const person = await c.employer.persons.get({ personId: id });
    expect(person).toMatchObject({
      name: "Iris Bakker-de Vries",
      employment: { functionId: "pedagogisch-medewerker", hoursPerWeek: 24 },
    });
    await expect(c.employer.persons.archive({ personId: id, reason: "" })).rejects.toThrow(
      "Geef kort de reden",
    );
    await c.employer.persons.archive({ personId: id, reason: "Uit dienst" });
    expect((await c.employer.persons.list()).map((p) => p.id)).not.toContain(id);
  });

  it("previews a CSV import with per-row errors and imports nothing until all rows are valid", async () => {
    const c = await hr();
    const good = {
      voornaam: "Fatima",
      achternaam: "El Amrani",
      email: "",
      functie: "Groepshulp",
      locatie: "KDV De Boomhut",
      uren: "24,5",
      startdatum: "1-10-2026",
      einddatum: "",
      soort: "",
    };
    const bad = { ...good, voornaam: "Tom", functie: "Kok", uren: "", startdatum: "morgen" };
    const preview = await c.employer.persons.import({ rows: [good, bad], dryRun: true });
    expect(preview.rows[0]).toEqual({ line: 2, name: "Fatima El Amrani", existing: false, errors: [] });
    expect(preview.rows[1]!.errors.join(" ")).toMatch(
      /Onbekende functie "Kok".*Startdatum "morgen" is geen datum/,
    );
    await expect(c.employer.persons.import({ rows: [good, bad], dryRun: false })).rejects.toThrow(
      "Er is niets geïmporteerd",
    );
    expect(await db.prisma.person.count({ where: { givenName: "Fatima" } })).toBe(0);
    expect((await c.employer.persons.import({ rows: [good], dryRun: false })).created).toBe(1);
    const employment = await db.prisma.employment.findFirstOrThrow({
      where: { person: { givenName: "Fatima" } },
    });
    expect(employment).toMatchObject({ hoursPerWeek: 24.5, functionId: "groepshulp" });

    // The exported list, edited and imported again, updates Fatima instead of adding her twice.
    const again = { ...good, uren: "32", functie: "Pedagogisch medewerker", soort: "Medewerker" };
    const repeat = await c.employer.persons.import({ rows: [again], dryRun: true });
    expect(repeat.rows[0]).toMatchObject({ existing: true, errors: [] });
    expect(await c.employer.persons.import({ rows: [again], dryRun: false })).toMatchObject({
      created: 0,
      updated: 1,
    });
    expect(await db.prisma.person.count({ where: { givenName: "Fatima" } })).toBe(1);
    const listed = (await c.employer.persons.list()).find((p) => p.givenName === "Fatima");
    expect(listed).toMatchObject({
      familyName: "El Amrani",
      hoursPerWeek: 32,
      functionTitle: "Pedagogisch medewerker",
      contractStart: "2026-10-01",
      contractEnd: null,
    });
  });

  it("shows a person's timeline with evidence, requests and credentials", async () => {
    const milan = await personNamed("Milan");
    const page = await (await hr()).employer.persons.get({ personId: milan.id });
    expect(page.timeline.some((t) => t.kind === "credential" && t.title.includes("behaald"))).toBe(true);
    expect(page.timeline.some((t) => t.kind === "request")).toBe(true);
    expect(page.functions.find((f) => f.functionId === "pedagogisch-medewerker")?.mayFill).toBe(false);
  });
});

describe("the Ontwikkelpad wizard", () => {
  it("walks a new groepshulp from startpunt to a sent training request", async () => {
    const c = await hr();
    const { id: personId } = await c.employer.persons.create({
      kind: "STAFF",
      givenName: "Ellen",
      familyName: "Visser",
      functionId: "groepshulp",
      locationId: (await ownLocation()).id,
      hoursPerWeek: 24,
      contractStart: "2026-03-01",
      contractEnd: "2027-08-31",
    });
    const { id: pathId } = await c.employer.paths.start({ personId });
    await expect(c.employer.paths.start({ personId })).rejects.toThrow("al een lopend Ontwikkelpad");
    await expect(c.employer.paths.move({ pathId, to: 2 })).rejects.toThrow("Leg het startpunt vast");
    await expect(c.employer.paths.move({ pathId, to: 5 })).rejects.toThrow(
      "Van stap 1 kan niet naar stap 5.",
    );

    await c.employer.paths.save({
      pathId,
      data: {
        step: 1,
        startingPoint: {
          languageLevel: "2F",
          priorEducation: [],
          experienceYears: 0,
          vogRegistered: true,
          babyscholing: false,
        },
      },
    });
    await c.employer.paths.move({ pathId, to: 2 });
    await c.employer.paths.save({
      pathId,
      data: { step: 2, careerPerspective: "Groepshulp op de babygroep." },
    });
    await c.employer.paths.move({ pathId, to: 3 });
    await c.employer.paths.save({ pathId, data: { step: 3, ambition: "Laten zien wat ik kan." } });
    await c.employer.paths.move({ pathId, to: 4 });

    const routes = await c.employer.paths.routes({
      personId,
      goal: { kind: "credentials", ids: ["pv-helpende-zorg-welzijn"] },
    });
    expect(routes.routes[0]!.steps[0]!.coreTasks.length).toBeGreaterThan(0);
    await c.employer.paths.save({
      pathId,
      data: {
        step: 4,
        goalFunctionId: "groepshulp",
        goalCredentialId: "pv-helpende-zorg-welzijn",
        routeId: routes.routes[0]!.id,
        learningRoute: "DERDE_LEERWEG",
      },
    });
    await c.employer.paths.move({ pathId, to: 5 });
    await c.employer.paths.move({ pathId, to: 6 });

    const view = await c.employer.paths.get({ personId });
    expect(view.plan?.chosenRoute?.steps[0]?.credentialId).toBe("pv-helpende-zorg-welzijn");
    // Recognised, derde leerweg, but no POK signed by the learner, the leerbedrijf and the school yet:
    // core's funding answer says so (the subsidy needs the signed POK).
    expect(view.funding.find((f) => f.instrumentId === "praktijkleren-derde-leerweg")).toMatchObject({
      status: "not-eligible",
      unmetConditions: [
        "De praktijkovereenkomst (POK) is nog niet getekend door de deelnemer, het leerbedrijf en de school.",
      ],
    });
    const trainerId = view.trainers[0]!.userId;
    // The wizard's buttons come from the server: on to 7 still needs the hours, back to 5 needs nothing.
    expect(view.path?.moves).toEqual([
      { to: 7, kind: "forward", missing: ["Spreek de uren af voor de kandidaat en de praktijkopleider."] },
      { to: 5, kind: "back", missing: [] },
    ]);
    await expect(c.employer.paths.move({ pathId, to: 7 })).rejects.toThrow("Spreek de uren af");
    await c.employer.paths.save({
      pathId,
      data: { step: 6, learningHoursPerWeek: 2, trainerHoursPerWeek: 1, workplaceTrainerUserId: trainerId },
    });
    await c.employer.paths.move({ pathId, to: 7 });

    // An offer that has already started is never ranked above one that is still to start.
    const fitting = await db.prisma.trainingOffer.findFirstOrThrow({
      where: { credentialId: "pv-helpende-zorg-welzijn", publishedAt: { not: null } },
    });
    const { id: _id, createdAt: _created, ...copy } = fitting;
    const [begun, upcoming] = await Promise.all(
      [
        ["voorjaar", "2026-03-01"],
        ["winter", "2027-01-11"],
      ].map(([season, start]) =>
        db.prisma.trainingOffer.create({
          data: {
            ...copy,
            onDemand: false,
            title: `${fitting.title} (${season})`,
            starts: { create: [{ startsOn: new Date(`${start}T00:00:00Z`), capacity: 12 }] },
          },
        }),
      ),
    );
    const offers = (await c.employer.paths.get({ personId })).offers;
    // A start moment in the past is never the best fit; one still to come is, and every offer that
    // fits the plan comes before those that do not.
    expect(offers.find((o) => o.id === begun!.id)).toMatchObject({ available: false, fitsPlan: false });
    expect(offers.find((o) => o.id === upcoming!.id)).toMatchObject({ fitsPlan: true, available: true });
    const firstNotFitting = offers.findIndex((o) => !o.fitsPlan);
    expect(offers.slice(firstNotFitting).filter((o) => o.fitsPlan)).toEqual([]);
    const offer = offers[0]!;
    expect(offer.credentialId).toBe("pv-helpende-zorg-welzijn");
    await c.employer.paths.requestTraining({
      pathId,
      offerId: offer.id,
      message: "Graag starten in januari.",
    });
    await expect(c.employer.paths.requestTraining({ pathId, offerId: offer.id })).rejects.toThrow(
      "al een aanvraag verstuurd",
    );
    await c.employer.paths.move({ pathId, to: 8 });
    await expect(
      c.employer.paths.save({ pathId, data: { step: 8, nextReviewOn: "2020-01-01" } }),
    ).rejects.toThrow("in de toekomst");
    await expect(
      c.employer.paths.save({ pathId, data: { step: 8, nextReviewOn: "2999-01-15" } }),
    ).rejects.toThrow("hoogstens 2 jaar vooruit");
    const nextReviewOn = isoDate(addMonths(new Date(), 6));
    await c.employer.paths.save({ pathId, data: { step: 8, nextReviewOn } });

    const done = await c.employer.paths.get({ personId });
    expect(done.path).toMatchObject({ currentStep: 8, nextReviewOn });
    expect(done.path!.steps.filter((s) => s.completedOn).map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(done.path!.trainingRequests[0]).toMatchObject({ status: "SUBMITTED", offer: offer.title });
    expect(done.path!.moves).toEqual([
      { to: 3, kind: "review", missing: [] },
      { to: 7, kind: "back", missing: [] },
    ]);

    // Moving the path back needs a reason, which the audit keeps; then on again to 8.
    await expect(c.employer.paths.move({ pathId, to: 7 })).rejects.toThrow(
      "Geef de reden waarom het Ontwikkelpad terug gaat naar stap 7",
    );
    await c.employer.paths.move({ pathId, to: 7, reason: "De school vraagt een ander aanbod." });
    const back = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "path.move", entityId: pathId },
      orderBy: { occurredAt: "desc" },
    });
    expect(back.data).toEqual({ from: 8, to: 7, reason: "De school vraagt een ander aanbod." });
    await c.employer.paths.move({ pathId, to: 8 });

    // A review goes back to step 3.
    await c.employer.paths.move({ pathId, to: 3 });
    expect((await c.employer.paths.get({ personId })).path?.lastReviewedOn).not.toBeNull();
  });

  it("shows Milan's alternative routes side by side and flags the missing SBB recognition", async () => {
    const milan = await personNamed("Milan");
    const plan = await (
      await hr()
    ).employer.paths.routes({
      personId: milan.id,
      goal: { kind: "function", functionId: "pedagogisch-medewerker" },
    });
    expect(plan.routes.length).toBeGreaterThanOrEqual(2);
    const bbl = plan.routes
      .flatMap((r) => r.steps)
      .find((s) => s.credentialId === "PMK" && s.learningRoute === "BBL");
    expect(bbl?.preconditions.some((p) => !p.met && /erkenning|erkend/i.test(p.message))).toBe(true);
    // Milan has taaleis 3F and a VOG: once the education is done nothing stays open.
    expect(plan.routes.every((r) => r.openRequirements.length === 0)).toBe(true);
    const miriam = await personNamed("Miriam");
    const hers = await (
      await hr()
    ).employer.paths.routes({
      personId: miriam.id,
      goal: { kind: "function", functionId: "pedagogisch-medewerker" },
    });
    expect(hers.routes.some((r) => r.openRequirements.some((m) => m.includes("3F")))).toBe(true);
  });

  it("refuses a praktijkopleider of another organization in step 6", async () => {
    const c = await hr();
    const miriam = await personNamed("Miriam");
    const path = (await c.employer.paths.get({ personId: miriam.id })).path!;
    const outsider = await db.prisma.user.findUniqueOrThrow({
      where: { email: "praktijkopleider@zonnebloem.demo" },
    });
    await expect(
      c.employer.paths.save({
        pathId: path.id,
        data: {
          step: 6,
          learningHoursPerWeek: 2,
          trainerHoursPerWeek: 1,
          workplaceTrainerUserId: outsider.id,
        },
      }),
    ).rejects.toThrow("Kies een praktijkopleider van jouw organisatie.");
  });
});

describe("praktijkbeoordeling", () => {
  it("rates, signs, corrects with a reason, co-signs and requests the praktijkverklaring", async () => {
    const ellen = await personNamed("Ellen");
    const t = await trainer();
    const before = await t.employer.assessments.get({ personId: ellen.id });
    expect(before.canRate).toBe(true);
    const open = before.coreTasks
      .flatMap((k) => k.workProcesses)
      .find((w) => !w.current || w.current.kind === "PRACTICE_OBSERVATION")!;

    await expect(
      t.employer.assessments.rate({
        personId: ellen.id,
        workProcessId: open.id,
        result: "MASTERED",
        note: "Goed",
        assessedOn: "2999-01-01",
      }),
    ).rejects.toThrow("niet in de toekomst");
    const { id } = await t.employer.assessments.rate({
      personId: ellen.id,
      workProcessId: open.id,
      result: "NOT_YET",
      note: "Eerste keer",
      assessedOn: "2026-11-20",
    });
    const { id: sameDraft } = await t.employer.assessments.rate({
      personId: ellen.id,
      workProcessId: open.id,
      result: "MASTERED",
      note: "Zelfstandig voorbereid",
      assessedOn: "2026-11-21",
    });
    expect(sameDraft).toBe(id);
    await t.employer.assessments.sign({ evidenceIds: [id] });
    await expect(
      t.employer.assessments.rate({
        personId: ellen.id,
        workProcessId: open.id,
        result: "NOT_YET",
        note: "Toch niet",
        assessedOn: "2026-11-22",
      }),
    ).rejects.toThrow("Leg een correctie vast");
    await expect(db.prisma.evidence.update({ where: { id }, data: { result: "NOT_YET" } })).rejects.toThrow(
      "is signed and cannot be changed",
    );

    await expect(
      t.employer.assessments.correct({
        evidenceId: id,
        result: "NOT_YET",
        note: "Nog niet zelfstandig",
        assessedOn: "2026-11-22",
        reason: "",
      }),
    ).rejects.toThrow("Geef de reden van de correctie");
    const { id: correctionId } = await t.employer.assessments.correct({
      evidenceId: id,
      result: "NOT_YET",
      note: "Nog niet zelfstandig",
      assessedOn: "2026-11-22",
      reason: "Verkeerde leerling beoordeeld",
    });
    await expect(
      t.employer.assessments.correct({
        evidenceId: id,
        result: "MASTERED",
        note: "x",
        assessedOn: "2026-11-22",
        reason: "Nog een keer",
      }),
    ).rejects.toThrow("al gecorrigeerd");
    const after = (await t.employer.assessments.get({ personId: ellen.id })).coreTasks
      .flatMap((k) => k.workProcesses)
      .find((w) => w.id === open.id)!;
    expect(after.current).toMatchObject({
      id: correctionId,
      result: "NOT_YET",
      supersedesId: id,
      correctionReason: "Verkeerde leerling beoordeeld",
    });
    expect(after.history.find((h) => h.id === id)).toMatchObject({ superseded: true, result: "MASTERED" });

    await expect(t.employer.assessments.coSign({ evidenceIds: [correctionId] })).rejects.toThrow(
      "Alleen een leidinggevende",
    );
    const m = await manager();
    await expect(
      m.employer.assessments.rate({
        personId: ellen.id,
        workProcessId: open.id,
        result: "MASTERED",
        note: "x",
        assessedOn: "2026-11-22",
      }),
    ).rejects.toThrow("Alleen een praktijkopleider");
    const toCoSign = (await m.employer.assessments.get({ personId: ellen.id })).coreTasks
      .flatMap((k) => k.workProcesses)
      .flatMap((w) => (w.current?.signedAt && !w.current.coSignedAt ? [w.current.id] : []));
    await m.employer.assessments.coSign({ evidenceIds: toCoSign });
    await expect(m.employer.assessments.coSign({ evidenceIds: [toCoSign[0]!] })).rejects.toThrow(
      "nog niet medeondertekende",
    );

    const view = await m.employer.assessments.get({ personId: ellen.id });
    const pv = view.praktijkverklaringen.find((p) => p.templateId === "pv-helpende-zorg-welzijn")!;
    expect(pv.ready).toBe(true);
    // Only templates her path aims at or her mastered werkprocessen count for, not the whole catalog.
    expect(
      view.praktijkverklaringen.every((p) => p.ready || p.templateId === "pv-helpende-zorg-welzijn"),
    ).toBe(true);
    expect(view.praktijkverklaringen.length).toBeLessThan(
      childcareCatalog.praktijkverklaringTemplates.length,
    );
    const { workProcessCount } = await m.employer.assessments.requestPraktijkverklaring({
      personId: ellen.id,
      templateId: pv.templateId,
      schoolId: view.schools[0]!.id,
    });
    expect(workProcessCount).toBe(pv.workProcessCount);
    await expect(
      m.employer.assessments.requestPraktijkverklaring({
        personId: ellen.id,
        templateId: pv.templateId,
        schoolId: view.schools[0]!.id,
      }),
    ).rejects.toThrow("al aangevraagd");
    expect(await audits("evidence.correct")).toBe(1);
  });
});

describe("dashboard", () => {
  it("counts people by function and step, lists reviews due, subsidy candidates and staffing per location", async () => {
    const d = await (await hr()).employer.dashboard.get();
    const groepshulp = d.byFunction.find((f) => f.functionId === "groepshulp")!;
    expect(groepshulp.byStep.reduce((a, b) => a + b, 0) + groepshulp.withoutPath).toBe(groepshulp.total);
    expect(d.groepshulpSubsidy.maxPerYear).toBe(2);
    expect(d.groepshulpSubsidy.persons.some((p) => p.name.startsWith("Ellen") && p.applied)).toBe(true);
    const boomhut = d.staffing.find((s) => s.name === "KDV De Boomhut")!;
    expect(boomhut.required).toBeGreaterThan(0);
    expect(boomhut.projection).toHaveLength(6);
    expect(boomhut.projection.every((q) => /^\d{4}-K[1-4]$/.test(q.quarter))).toBe(true);
  });
});

describe("vacancies and referrals", () => {
  it("posts and closes a vacancy", async () => {
    const c = await hr();
    await expect(
      c.employer.vacancies.create({ title: "PM", functionId: "kok", hoursPerWeek: 24, openings: 1 }),
    ).rejects.toThrow("Kies een functie uit de lijst.");
    const { id } = await c.employer.vacancies.create({
      title: "Groepshulp KDV",
      functionId: "groepshulp",
      hoursPerWeek: 24,
      openings: 1,
      locationId: (await ownLocation()).id,
    });
    await c.employer.vacancies.close({ vacancyId: id, status: "CLOSED" });
    expect((await c.employer.vacancies.list()).find((v) => v.id === id)?.status).toBe("CLOSED");
  });

  it("declines with a reason, and accepting makes the candidate a team member with a starting path", async () => {
    const c = await hr();
    const proposed = (await c.employer.referrals.list()).find((r) => r.status === "PROPOSED")!;
    expect(proposed.personId).toBeNull();
    const vacancy = await db.prisma.vacancy.findFirstOrThrow({ where: { title: proposed.vacancy! } });
    expect(proposed.vacancyTerms).toEqual({
      functionId: vacancy.functionId,
      locationId: vacancy.locationId,
      hoursPerWeek: vacancy.hoursPerWeek,
    });
    await expect(
      c.employer.referrals.respond({ referralId: proposed.id, decision: "decline", note: "" }),
    ).rejects.toThrow("Geef de reden van de afwijzing");
    const { personId } = await c.employer.referrals.respond({
      referralId: proposed.id,
      decision: "accept",
      functionId: "groepshulp",
      hoursPerWeek: 20,
      contractStart: "2027-01-01",
    });
    await expect(
      c.employer.referrals.respond({ referralId: proposed.id, decision: "decline", note: "Toch niet" }),
    ).rejects.toThrow("al gereageerd");
    const team = await c.employer.persons.list();
    expect(team.find((p) => p.id === personId)).toMatchObject({ kind: "STAFF", pathStep: 1 });
  });
});

describe("to do", () => {
  it("lists per user what waits for them: ratings to sign, to co-sign, reviews, answers and referrals", async () => {
    const ellen = await personNamed("Ellen");
    const t = await trainer();
    const m = await manager();
    const countFor = (items: { kind: string; personId: string | null; count: number }[], kind: string) =>
      items.find((i) => i.kind === kind && i.personId === ellen.id)?.count ?? 0;

    const signBefore = countFor(await t.employer.todo.list(), "sign");
    const coSignBefore = countFor(await m.employer.todo.list(), "coSign");
    const open = (await t.employer.assessments.get({ personId: ellen.id })).coreTasks
      .flatMap((k) => k.workProcesses)
      .find((w) => !w.current)!;
    const { id } = await t.employer.assessments.rate({
      personId: ellen.id,
      workProcessId: open.id,
      result: "MASTERED",
      note: "Voor de takenlijst",
      assessedOn: "2026-11-20",
    });
    expect(countFor(await t.employer.todo.list(), "sign")).toBe(signBefore + 1);
    // Signing moves the rating from the praktijkopleider's list to the leidinggevende's.
    await t.employer.assessments.sign({ evidenceIds: [id] });
    expect(countFor(await t.employer.todo.list(), "sign")).toBe(signBefore);
    expect(countFor(await m.employer.todo.list(), "coSign")).toBe(coSignBefore + 1);
    // Nobody signs or co-signs by role alone what is not theirs to sign.
    expect((await m.employer.todo.list()).some((i) => i.kind === "sign")).toBe(false);
    expect((await t.employer.todo.list()).some((i) => i.kind === "coSign")).toBe(false);

    const hrList = await (await hr()).employer.todo.list();
    const horizon = new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 10);
    for (const review of hrList.filter((i) => i.kind === "review")) expect(review.on! <= horizon).toBe(true);
    const openReferrals = await db.prisma.referral.count({
      where: { employerOrganizationId: kinderrijkId, status: { in: ["PROPOSED", "INTRODUCED"] } },
    });
    expect(hrList.filter((i) => i.kind === "referral")).toHaveLength(openReferrals);

    // Another employer's list holds none of Kinderrijk's people.
    const kinderrijkPeople = new Set(
      (await db.prisma.person.findMany({ where: { employerOrganizationId: kinderrijkId } })).map((p) => p.id),
    );
    const other = await (await as("hr@zonnebloem.demo")).employer.todo.list();
    expect(other.filter((i) => i.personId && kinderrijkPeople.has(i.personId))).toEqual([]);
  });
});
