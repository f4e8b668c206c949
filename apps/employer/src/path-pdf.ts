import type { RouterOutputs } from "@ontwikkelpad/api";
import { LEARNING_ROUTE_LABELS } from "@ontwikkelpad/ui";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { PathData } from "./path-view.ts";

/** What the Ontwikkelpad PDF shows; the page gathers it from persons.get and paths.get. */
export interface PathPdfData {
  person: {
    name: string;
    functionTitle: string | null;
    location: string | null;
    hoursPerWeek: number | null;
  };
  functions: { title: string; mayFill: boolean; explanation: string }[];
  path: {
    startedOn: string;
    currentStep: number;
    steps: { step: number; title: string; completedOn: string | null }[];
    goal: string | null;
    learningRoute: string | null;
    learningHoursPerWeek: number | null;
    trainerHoursPerWeek: number | null;
    nextReviewOn: string | null;
  } | null;
  route: {
    title: string;
    totalMonths: number;
    steps: { title: string; niveau: number; learningRoute: string; estimatedMonths: number }[];
    openRequirements: string[];
  } | null;
  /** Werkprocessen with a signed "beheerst" per kerntaak. */
  progress: { code: string; title: string; mastered: number; total: number }[];
  /** "25-11-2026": when the PDF was made. */
  generatedOn: string;
}

type PersonData = RouterOutputs["employer"]["persons"]["get"];

/**
 * The PDF's content from persons.get and paths.get: the goal named by its function (or, for a loose
 * credential, by the route towards it), leerwegen in words.
 */
export function toPathPdfData(
  person: PersonData,
  pathData: PathData,
  progress: PathPdfData["progress"],
  generatedOn: string,
): PathPdfData {
  const path = pathData.path;
  const route = pathData.plan?.chosenRoute ?? null;
  const goalFunction = person.functions.find((f) => f.functionId === path?.goalFunctionId);
  return {
    person: {
      name: person.name,
      functionTitle: person.employment?.functionTitle ?? null,
      location: person.employment?.location ?? null,
      hoursPerWeek: person.employment?.hoursPerWeek ?? null,
    },
    functions: person.functions.map(({ title, mayFill, explanation }) => ({ title, mayFill, explanation })),
    path: path && {
      startedOn: path.startedOn,
      currentStep: path.currentStep,
      steps: path.steps,
      goal: goalFunction?.title ?? route?.title ?? null,
      learningRoute: path.learningRoute && LEARNING_ROUTE_LABELS[path.learningRoute],
      learningHoursPerWeek: path.learningHoursPerWeek,
      trainerHoursPerWeek: path.trainerHoursPerWeek,
      nextReviewOn: path.nextReviewOn,
    },
    route: route && {
      title: route.title,
      totalMonths: route.totalMonths,
      steps: route.steps.map((s) => ({
        title: s.title,
        niveau: s.niveau,
        learningRoute: LEARNING_ROUTE_LABELS[s.learningRoute],
        estimatedMonths: s.estimatedMonths,
      })),
      openRequirements: route.openRequirements,
    },
    progress,
    generatedOn,
  };
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const; // A4 in points
const BODY = 10.5;
const LINE = 1.4;

/**
 * The standard PDF fonts only know WinAnsi (Latin-1 plus a few signs): keep what it can encode,
 * drop accents from the rest (Jovanović → Jovanovic) and replace anything else.
 */
export function toWinAnsi(text: string, canEncode: (char: string) => boolean): string {
  let out = "";
  for (const char of text.replace(/[\u2010-\u2013]/g, "-").replace(/\u2192/g, "->")) {
    if (canEncode(char)) out += char;
    else {
      const plain = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += plain && [...plain].every(canEncode) ? plain : "?";
    }
  }
  return out;
}

function encoderFor(font: PDFFont): (char: string) => boolean {
  const cache = new Map<string, boolean>();
  return (char) => {
    let ok = cache.get(char);
    if (ok === undefined) {
      try {
        font.encodeText(char);
        ok = true;
      } catch {
        ok = false;
      }
      cache.set(char, ok);
    }
    return ok;
  };
}

/** Splits text into lines that fit `width` at `size`. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

const dutchDate = (iso: string | null) => {
  if (!iso) return "-";
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}-${m}-${y}`;
};

class Writer {
  private page: PDFPage;
  private y: number;
  private readonly encodable: (char: string) => boolean;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    this.encodable = encoderFor(regular);
  }

  private ensure(height: number) {
    if (this.y - height < PAGE.margin) {
      this.page = this.doc.addPage([PAGE.width, PAGE.height]);
      this.y = PAGE.height - PAGE.margin;
    }
  }

  text(text: string, { size = BODY, bold = false, indent = 0, color = rgb(0.1, 0.1, 0.12) } = {}) {
    const font = bold ? this.bold : this.regular;
    const safe = toWinAnsi(text, this.encodable);
    const width = PAGE.width - 2 * PAGE.margin - indent;
    for (const line of wrapText(safe, width, (s) => font.widthOfTextAtSize(s, size))) {
      this.ensure(size * LINE);
      this.y -= size * LINE;
      this.page.drawText(line, { x: PAGE.margin + indent, y: this.y, size, font, color });
    }
  }

  heading(text: string, size = 13) {
    this.gap(size * 0.6);
    this.ensure(size * 3); // keep a heading with the line under it
    this.text(text, { size, bold: true, color: rgb(0.04, 0.31, 0.54) });
    this.gap(2);
  }

  bullet(text: string, indent = 0) {
    this.text(`- ${text}`, { indent: indent + 8 });
  }

  gap(points: number) {
    this.y -= points;
  }
}

/** The Ontwikkelpad of one person as a PDF: who, which functions and why not, the route and the steps. */
export async function buildPathPdf(data: PathPdfData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Ontwikkelpad ${data.person.name}`);
  doc.setLanguage("nl-NL");
  doc.setCreator("Ontwikkelpad");
  const w = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );

  w.text(`Ontwikkelpad van ${data.person.name}`, { size: 18, bold: true });
  w.text(`Gemaakt op ${data.generatedOn}`, { size: 9, color: rgb(0.29, 0.31, 0.34) });

  w.heading("Persoon");
  w.text(`Functie: ${data.person.functionTitle ?? "-"}`);
  w.text(`Locatie: ${data.person.location ?? "-"}`);
  w.text(`Uren per week: ${data.person.hoursPerWeek?.toLocaleString("nl-NL") ?? "-"}`);

  w.heading("Functies en waarom (nog) niet");
  for (const f of data.functions)
    w.bullet(`${f.title}: ${f.mayFill ? "mag vervullen" : "nog niet"}. ${f.explanation}`);

  if (!data.path) {
    w.heading("Ontwikkelpad");
    w.text("Er is nog geen Ontwikkelpad gestart.");
    return doc.save();
  }
  const path = data.path;
  w.heading("Gekozen doel en route");
  w.text(`Doel: ${path.goal ?? "nog niet gekozen"}`);
  if (data.route) {
    w.text(`Route: ${data.route.title}, ongeveer ${data.route.totalMonths} maanden`);
    for (const s of data.route.steps)
      w.bullet(`${s.title} (niveau ${s.niveau}, ${s.learningRoute}, ${s.estimatedMonths} maanden)`);
    for (const open of data.route.openRequirements) w.bullet(`Blijft open: ${open}`);
  } else if (path.learningRoute) {
    w.text(`Leerweg: ${path.learningRoute}`);
  }
  w.text(
    `Leeruren per week: ${path.learningHoursPerWeek ?? "-"}; uren praktijkopleider per week: ${path.trainerHoursPerWeek ?? "-"}`,
  );

  if (data.progress.length > 0) {
    w.heading("Voortgang per kerntaak");
    for (const t of data.progress)
      w.bullet(`${t.code} ${t.title}: ${t.mastered} van ${t.total} werkprocessen beheerst`);
  }

  w.heading("Stappen");
  w.text(`Gestart op ${dutchDate(path.startedOn)}; nu bij stap ${path.currentStep}.`);
  for (const s of path.steps) {
    const status = s.completedOn
      ? `afgerond op ${dutchDate(s.completedOn)}`
      : s.step === path.currentStep
        ? "huidige stap"
        : "nog niet afgerond";
    w.bullet(`${s.step}. ${s.title}: ${status}`);
  }

  w.heading("Volgende evaluatie");
  w.text(path.nextReviewOn ? dutchDate(path.nextReviewOn) : "Nog niet gepland.");
  return doc.save();
}
