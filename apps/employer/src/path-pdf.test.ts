import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildPathPdf, toPathPdfData, toWinAnsi, wrapText, type PathPdfData } from "./path-pdf.ts";
import type { PathData } from "./path-view.ts";

const data: PathPdfData = {
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
    goal: "Pedagogisch medewerker",
    learningRoute: "BBL",
    learningHoursPerWeek: 8,
    trainerHoursPerWeek: 2,
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
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe("Ontwikkelpad Milan Jovanović");
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
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
        },
      ],
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
      },
      plan: { alreadyMet: false, routes: [route], chosenRoute: route },
    } as unknown as PathData;

    const pdf = toPathPdfData(person, pathData, data.progress, "1-12-2026");
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
    });
    expect(pdf.route).toEqual({
      title: "PMK via derde leerweg",
      totalMonths: 12,
      steps: [{ title: "Diploma PMK", niveau: 3, learningRoute: "Derde leerweg", estimatedMonths: 12 }],
      openRequirements: ["taaleis mondeling 3F"],
    });
    expect(
      toPathPdfData(
        { ...person, employment: null },
        { path: null, plan: null } as unknown as PathData,
        [],
        "1-12-2026",
      ),
    ).toMatchObject({ path: null, route: null, person: { functionTitle: null } });
  });

  it("says when there is no path yet", async () => {
    const bytes = await buildPathPdf({ ...data, path: null, route: null });
    expect(bytes.length).toBeGreaterThan(500);
  });
});
