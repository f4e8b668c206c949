import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildPathPdf, toWinAnsi, wrapText, type PathPdfData } from "./path-pdf.ts";

const data: PathPdfData = {
  person: { name: "Milan Jovanović", functionTitle: "Groepshulp", location: "BSO De Ontdekkers", hoursPerWeek: 32 },
  functions: [
    { title: "Groepshulp", mayFill: true, explanation: "Geen eisen." },
    { title: "Pedagogisch medewerker", mayFill: false, explanation: "Nog nodig: diploma PMK of C0125 + C0123 + C0126 → taaleis 3F." },
  ],
  path: {
    startedOn: "2026-01-10",
    currentStep: 7,
    steps: Array.from({ length: 8 }, (_, i) => ({ step: i + 1, title: `Stap ${i + 1}`, completedOn: i < 6 ? "2026-02-01" : null })),
    goal: "Pedagogisch medewerker",
    learningRoute: "BBL",
    learningHoursPerWeek: 8,
    trainerHoursPerWeek: 2,
    nextReviewOn: "2027-03-31",
  },
  route: { title: "PMK via BBL", totalMonths: 24, steps: [{ title: "Diploma Pedagogisch medewerker kinderopvang", niveau: 3, learningRoute: "BBL", estimatedMonths: 24 }], openRequirements: [] },
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

  it("says when there is no path yet", async () => {
    const bytes = await buildPathPdf({ ...data, path: null, route: null });
    expect(bytes.length).toBeGreaterThan(500);
  });
});
