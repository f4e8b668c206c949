import { describe, expect, it } from "vitest";
import { PDF_PAGE, toWinAnsi, wrapText } from "@ontwikkelpad/ui/pdf";
import { findAccessibilityProblems, readPdf } from "@ontwikkelpad/ui/pdf-check";
import { buildPathPdf, layoutPathPdf, toPathPdfData, type PathPdfData } from "./path-pdf.ts";
import type { PathData } from "./path-view.ts";

const data: PathPdfData = {
  organization: "Kinderrijk",
  person: {
    name: "Milan Jovanović",
    functionTitle: "Groepshulp",
    location: "BSO De Ontdekkers",
    hoursPerWeek: 32,
  },
  functions: [
    { title: "Groepshulp", mayFill: true, explanation: "Geen eisen." },
    {
      title: "Pedagogisch medewerker",
      mayFill: false,
      explanation: "Nog nodig: diploma PMK of C0125 + C0123 + C0126 → taaleis 3F.",
    },
  ],
  path: {
    startedOn: "2026-01-10",
    currentStep: 7,
    steps: Array.from({ length: 8 }, (_, i) => ({
      step: i + 1,
      title: `Stap ${i + 1}`,
      completedOn: i < 6 ? "2026-02-01" : null,
    })),
    careerPerspective: "Over twee jaar zelfstandig op de babygroep.",
    ambition: "Pedagogisch medewerker worden en later mentor.",
    goal: "Pedagogisch medewerker",
    learningRoute: "BBL",
    learningHoursPerWeek: 8,
    trainerHoursPerWeek: 2,
    workplaceTrainer: "Pieter Jansen",
    training: { school: "Maasoever College", offer: "PMK BBL september", status: "Verstuurd" },
    funding: [{ title: "Subsidie groepshulpen", status: "Toegekend", amountEuro: 3000 }],
    lastReviewedOn: "2026-11-01",
    nextReviewOn: "2027-03-31",
  },
  route: {
    title: "PMK via BBL",
    totalMonths: 24,
    steps: [
      {
        title: "Diploma Pedagogisch medewerker kinderopvang",
        niveau: 3,
        learningRoute: "BBL",
        estimatedMonths: 24,
      },
    ],
    openRequirements: [],
  },
  progress: [{ code: "B1-K1", title: "Biedt pedagogische ondersteuning", mastered: 3, total: 5 }],
  generatedOn: "25-11-2026",
};

const latin1 = (c: string) => c.charCodeAt(0) < 256;

describe("Ontwikkelpad PDF", () => {
  it("keeps what WinAnsi encodes and strips accents from the rest", () => {
    expect(toWinAnsi("Öztürk – Jovanović → ✓", latin1)).toBe("Öztürk - Jovanovic -> ?");
  });

  it("wraps words to the width", () => {
    expect(wrapText("een twee drie vier", 9, (s) => s.length)).toEqual(["een twee", "drie vier"]);
    expect(wrapText("lang-woord-zonder-spaties", 5, (s) => s.length)).toEqual(["lang-woord-zonder-spaties"]);
  });

  it("makes a readable PDF, also for names outside Latin-1", async () => {
    const bytes = await buildPathPdf(data);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pdf = await readPdf(bytes);
    expect(pdf.title).toBe("Ontwikkelpad Milan Jovanović");
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.lines).toContain("Ontwikkelpad van Milan Jovanovic");
  });

  it("takes the goal, leerweg and route from the path, in words", () => {
    const person = {
      id: "p-1",
      name: "Milan Jovanović",
      givenName: "Milan",
      familyName: "Jovanović",
      email: null,
      kind: "STAFF" as const,
      archived: false,
      employment: {
        functionId: "groepshulp",
        functionTitle: "Groepshulp",
        locationId: null,
        location: "BSO De Ontdekkers",
        hoursPerWeek: 32,
        contractStart: "2025-01-01",
        contractEnd: null,
      },
      functions: [
        {
          functionId: "pm-kinderopvang",
          title: "Pedagogisch medewerker",
          mayFill: false,
          explanation: "Nog nodig: C0123.",
          refusal: null,
        },
      ],
      problem: null,
      timeline: [],
    };
    const step = {
      credentialId: "c",
      credentialKind: "DIPLOMA" as const,
      title: "Diploma PMK",
      niveau: 3,
      learningRoute: "DERDE_LEERWEG" as const,
      estimatedMonths: 12,
      coreTasks: [],
      preconditions: [],
    };
    const route = {
      id: "r",
      title: "PMK via derde leerweg",
      totalMonths: 12,
      openRequirements: ["taaleis mondeling 3F"],
      steps: [step],
    };
    const pathData = {
      path: {
        ...data.path,
        id: "path-1",
        status: "ACTIVE",
        goalFunctionId: "pm-kinderopvang",
        goalCredentialId: "c",
        learningRoute: "DERDE_LEERWEG",
        workplaceTrainerUserId: "u-2",
        lastReviewedOn: null,
        trainingRequests: [
          { school: "Oude school", offer: null, status: "DECLINED" },
          { school: "Maasoever College", offer: "PMK derde leerweg", status: "SUBMITTED" },
        ],
      },
      plan: { alreadyMet: false, routes: [route], chosenRoute: route },
      trainers: [
        { userId: "u-1", name: "Iemand Anders" },
        { userId: "u-2", name: "Pieter Jansen" },
      ],
      funding: [
        { title: "STAP", status: "closed", amountEuro: null, application: null },
        { title: "Subsidie groepshulpen", status: "eligible", amountEuro: 3000, application: null },
        {
          title: "Leerwerkloket",
          status: "not-eligible",
          amountEuro: 500,
          application: { status: "SUBMITTED" },
        },
      ],
    } as unknown as PathData;

    const titles = (id: string) => (id === "c" ? "Praktijkverklaring Groepshulp" : id);
    const pdf = toPathPdfData("Kinderrijk", person, pathData, data.progress, titles, "1-12-2026");
    expect(pdf.organization).toBe("Kinderrijk");
    expect(pdf.person).toEqual({
      name: "Milan Jovanović",
      functionTitle: "Groepshulp",
      location: "BSO De Ontdekkers",
      hoursPerWeek: 32,
    });
    expect(pdf.path).toMatchObject({
      goal: "Pedagogisch medewerker",
      learningRoute: "Derde leerweg",
      currentStep: 7,
      workplaceTrainer: "Pieter Jansen",
      training: {
        school: "Maasoever College",
        offer: "PMK derde leerweg",
        status: "Verstuurd, wacht op de school",
      },
      funding: [
        { title: "Subsidie groepshulpen", status: "Komt in aanmerking", amountEuro: 3000 },
        { title: "Leerwerkloket", status: "Ingediend", amountEuro: 500 },
      ],
    });
    // A goal that is one credential is named by its title, not by the route towards it.
    const credentialGoal = {
      ...pathData,
      path: { ...pathData.path!, goalFunctionId: null },
    } as PathData;
    expect(toPathPdfData("Kinderrijk", person, credentialGoal, [], titles, "1-12-2026").path?.goal).toBe(
      "Praktijkverklaring Groepshulp",
    );
    expect(pdf.route).toEqual({
      title: "PMK via derde leerweg",
      totalMonths: 12,
      steps: [{ title: "Diploma PMK", niveau: 3, learningRoute: "Derde leerweg", estimatedMonths: 12 }],
      openRequirements: ["taaleis mondeling 3F"],
    });
    expect(
      toPathPdfData(
        "Kinderrijk",
        { ...person, employment: null },
        { path: null, plan: null, trainers: [], funding: [] } as unknown as PathData,
        [],
        titles,
        "1-12-2026",
      ),
    ).toMatchObject({ path: null, route: null, person: { functionTitle: null } });
  });

  it("puts everything the conversation needs on the pages, inside the margins, with three places to sign", async () => {
    const { bytes, placed } = await layoutPathPdf(data);
    const { pages } = await readPdf(bytes);
    const text = placed.map((p) => p.text).join("\n");
    for (const expected of [
      "Organisatie: Kinderrijk",
      "Loopbaanperspectief: Over twee jaar zelfstandig op de babygroep.",
      "Ambitie: Pedagogisch medewerker worden en later mentor.",
      "Doel: Pedagogisch medewerker",
      "Route: PMK via BBL, ongeveer 24 maanden",
      "School en aanbod: Maasoever College, PMK BBL september (verstuurd)",
      "Praktijkopleider: Pieter Jansen",
      "Leeruren per week: 8",
      "- Subsidie groepshulpen: toegekend, € 3.000",
      "Laatste evaluatie: 1-11-2026",
      "Volgende evaluatie: 31-3-2027",
      "- 7. Stap 7 (huidige stap)",
    ])
      expect(text).toContain(expected);
    // No status glued to a title's question mark ("perspectief?: afgerond").
    expect(text).not.toMatch(/\?:/);

    // Every line lies within the margins of an A4 page that exists.
    for (const item of placed) {
      expect(item.page).toBeLessThan(pages);
      expect(item.x).toBeGreaterThanOrEqual(PDF_PAGE.margin);
      expect(item.x + item.width).toBeLessThanOrEqual(PDF_PAGE.width - PDF_PAGE.margin + 0.01);
      expect(item.y).toBeGreaterThanOrEqual(PDF_PAGE.margin - 0.01);
      expect(item.y).toBeLessThanOrEqual(PDF_PAGE.height - PDF_PAGE.margin);
    }
    // Lines of text on one page never overlap.
    const texts = placed.filter((p) => p.kind === "text" && p.size > 9.5);
    const overlapping = texts
      .slice(1)
      .filter((b, i) => b.page === texts[i]!.page && texts[i]!.y - b.y < b.size);
    expect(overlapping).toEqual([]);

    // Three signature lines side by side on the last page, each with its role above and a name below.
    const lines = placed.filter((p) => p.kind === "line");
    expect(lines.map((l) => l.text)).toEqual(["Medewerker", "Praktijkopleider", "Leidinggevende"]);
    expect(new Set(lines.map((l) => l.page))).toEqual(new Set([pages - 1]));
    expect(new Set(lines.map((l) => l.y)).size).toBe(1);
    for (const line of lines) expect(line.width).toBeGreaterThan(100);
    const touchingTheNext = lines.slice(0, -1).filter((line, i) => line.x + line.width >= lines[i + 1]!.x);
    expect(touchingTheNext).toEqual([]);
    expect(text).toContain("Naam: Milan Jovanovic");
    expect(text).toContain("Naam: Pieter Jansen");
  });

  it("keeps the signatures together on a new page when the last page is full", async () => {
    const many = {
      ...data,
      functions: Array.from({ length: 40 }, (_, i) => ({
        title: `Functie ${i}`,
        mayFill: false,
        explanation: "Nog nodig: een diploma.",
      })),
    };
    const { placed } = await layoutPathPdf(many);
    const signing = placed.filter((p) => p.kind === "line" || /^(Naam|Datum):/.test(p.text));
    expect(new Set(signing.map((p) => p.page)).size).toBe(1);
    expect(Math.max(...placed.map((p) => p.page))).toBeGreaterThan(0);
  });

  it("is a tagged PDF a screen reader can follow, with and without a path", async () => {
    expect(await findAccessibilityProblems(await buildPathPdf(data))).toEqual([]);
    expect(await findAccessibilityProblems(await buildPathPdf({ ...data, path: null, route: null }))).toEqual(
      [],
    );
  });

  it("repeats no line, but for the labels of the places to sign", async () => {
    const { placed } = await layoutPathPdf(data);
    const lines = placed
      .filter((p) => p.kind === "text" && !/^(Naam|Datum):/.test(p.text))
      .map((p) => p.text);
    expect(lines.filter((line, i) => lines.indexOf(line) !== i)).toEqual([]);
  });

  it("says when there is no path yet", async () => {
    const bytes = await buildPathPdf({ ...data, path: null, route: null });
    expect(bytes.length).toBeGreaterThan(500);
  });
});
