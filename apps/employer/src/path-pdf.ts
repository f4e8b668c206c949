import type { RouterOutputs } from "@ontwikkelpad/api";
import {
  FUNDING_APPLICATION_LABELS,
  FUNDING_ELIGIBILITY_LABELS,
  LEARNING_ROUTE_LABELS,
  TRAINING_REQUEST_STATUS_LABELS,
  formatEuro,
} from "@ontwikkelpad/ui";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { PathData } from "./path-view.ts";

/** What the Ontwikkelpad PDF shows; the page gathers it from auth.me, persons.get and paths.get. */
export interface PathPdfData {
  organisation: string;
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
    careerPerspective: string | null;
    ambition: string | null;
    /** The goal by its name: the function, or the credential when the goal is one credential. */
    goal: string | null;
    learningRoute: string | null;
    learningHoursPerWeek: number | null;
    trainerHoursPerWeek: number | null;
    workplaceTrainer: string | null;
    /** The school and offer of the latest training request. */
    training: { school: string; offer: string | null; status: string } | null;
    /** Funding that applies or was applied for, with its amount and what it still needs. */
    funding: { title: string; status: string; amountEuro: number | null }[];
    lastReviewedOn: string | null;
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
 * The PDF's content from persons.get and paths.get: the goal named by its function or credential,
 * the route the wizard shows, leerwegen, statuses and funding in words.
 */
export function toPathPdfData(
  organisation: string,
  person: PersonData,
  pathData: PathData,
  progress: PathPdfData["progress"],
  credentialTitle: (id: string) => string,
  generatedOn: string,
): PathPdfData {
  const path = pathData.path;
  const route = pathData.plan?.chosenRoute ?? null;
  const goalFunction = person.functions.find((f) => f.functionId === path?.goalFunctionId);
  const request = path?.trainingRequests.at(-1);
  return {
    organisation,
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
      careerPerspective: path.careerPerspective,
      ambition: path.ambition,
      goal: goalFunction?.title ?? (path.goalCredentialId ? credentialTitle(path.goalCredentialId) : null),
      learningRoute: path.learningRoute && LEARNING_ROUTE_LABELS[path.learningRoute],
      learningHoursPerWeek: path.learningHoursPerWeek,
      trainerHoursPerWeek: path.trainerHoursPerWeek,
      workplaceTrainer: pathData.trainers.find((t) => t.userId === path.workplaceTrainerUserId)?.name ?? null,
      training: request
        ? {
            school: request.school,
            offer: request.offer,
            status: TRAINING_REQUEST_STATUS_LABELS[request.status],
          }
        : null,
      funding: pathData.funding
        .filter((f) => f.status === "eligible" || f.application)
        .map((f) => ({
          title: f.title,
          status: f.application
            ? FUNDING_APPLICATION_LABELS[f.application.status]
            : FUNDING_ELIGIBILITY_LABELS[f.status],
          amountEuro: f.amountEuro,
        })),
      lastReviewedOn: path.lastReviewedOn,
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

/** One piece of text or a line as placed on a page, so a test can check the layout. */
export interface PlacedItem {
  page: number;
  kind: "text" | "line";
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

class Writer {
  private page: PDFPage;
  private y: number;
  private readonly encodable: (char: string) => boolean;
  readonly placed: PlacedItem[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    this.encodable = encoderFor(regular);
  }

  private get pageIndex() {
    return this.doc.getPageCount() - 1;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number) {
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
      const x = PAGE.margin + indent;
      this.page.drawText(line, { x, y: this.y, size, font, color });
      this.placed.push({
        page: this.pageIndex,
        kind: "text",
        text: line,
        x,
        y: this.y,
        width: font.widthOfTextAtSize(line, size),
        size,
      });
    }
  }

  /** "Label: value" on one line, or "Label: -" when there is no value. */
  field(label: string, value: string | number | null | undefined) {
    this.text(`${label}: ${value === null || value === undefined || value === "" ? "-" : value}`);
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

  /** A place to sign: the role, a line to sign on, and name and date under it, side by side. */
  signatures(signers: { role: string; name: string | null }[]) {
    const height = 110;
    this.gap(16);
    this.ensure(height);
    const columnWidth = (PAGE.width - 2 * PAGE.margin) / signers.length;
    const top = this.y;
    signers.forEach((signer, index) => {
      const x = PAGE.margin + index * columnWidth;
      const lineWidth = columnWidth - 16;
      const label = (text: string, y: number, bold = false) => {
        const safe = toWinAnsi(text, this.encodable);
        const font = bold ? this.bold : this.regular;
        this.page.drawText(safe, { x, y, size: 9.5, font, color: rgb(0.1, 0.1, 0.12) });
        this.placed.push({
          page: this.pageIndex,
          kind: "text",
          text: safe,
          x,
          y,
          width: font.widthOfTextAtSize(safe, 9.5),
          size: 9.5,
        });
      };
      label(signer.role, top - 12, true);
      const lineY = top - 60;
      this.page.drawLine({
        start: { x, y: lineY },
        end: { x: x + lineWidth, y: lineY },
        thickness: 0.75,
        color: rgb(0.3, 0.3, 0.3),
      });
      this.placed.push({
        page: this.pageIndex,
        kind: "line",
        text: signer.role,
        x,
        y: lineY,
        width: lineWidth,
        size: 0,
      });
      label(`Naam: ${signer.name ?? ""}`, lineY - 14);
      label("Datum:", lineY - 28);
    });
    this.y = top - height;
  }
}

const dutchNumber = (n: number | null) => (n === null ? null : n.toLocaleString("nl-NL"));

/**
 * The Ontwikkelpad of one person as pages for the conversation: organisation and person, career
 * perspective and ambition, the goal and the chosen route with its duration, school and offer,
 * praktijkopleider, hours and funding, progress, steps, review dates, and places to sign for the
 * employee, the praktijkopleider and the leidinggevende. Also returns where everything was placed.
 */
export async function layoutPathPdf(data: PathPdfData): Promise<{ bytes: Uint8Array; placed: PlacedItem[] }> {
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
  w.text(`${data.organisation} - gemaakt op ${data.generatedOn}`, { size: 9, color: rgb(0.29, 0.31, 0.34) });

  w.heading("Persoon");
  w.field("Organisatie", data.organisation);
  w.field("Functie", data.person.functionTitle);
  w.field("Locatie", data.person.location);
  w.field("Uren per week", dutchNumber(data.person.hoursPerWeek));

  w.heading("Functies en waarom (nog) niet");
  for (const f of data.functions)
    w.bullet(`${f.title}: ${f.mayFill ? "mag vervullen" : "nog niet"}. ${f.explanation}`);

  const path = data.path;
  if (!path) {
    w.heading("Ontwikkelpad");
    w.text("Er is nog geen Ontwikkelpad gestart.");
  } else {
    w.heading("Loopbaanperspectief en ambitie");
    w.field("Loopbaanperspectief", path.careerPerspective);
    w.field("Ambitie", path.ambition);

    w.heading("Doel en route");
    w.field("Doel", path.goal ?? "nog niet gekozen");
    if (data.route) {
      w.field("Route", `${data.route.title}, ongeveer ${data.route.totalMonths} maanden`);
      for (const s of data.route.steps)
        w.bullet(
          `${s.title} (niveau ${s.niveau}, ${s.learningRoute}, ongeveer ${s.estimatedMonths} maanden)`,
        );
      for (const open of data.route.openRequirements) w.bullet(`Blijft open: ${open}`);
    } else if (path.learningRoute) {
      w.field("Leerweg", path.learningRoute);
    }
    w.field(
      "School en aanbod",
      path.training
        ? `${path.training.school}${path.training.offer ? `, ${path.training.offer}` : ""} (${path.training.status.toLowerCase()})`
        : "nog niet aangevraagd",
    );

    w.heading("Begeleiding, uren en financiering");
    w.field("Praktijkopleider", path.workplaceTrainer ?? "nog niet gekozen");
    w.field("Leeruren per week", dutchNumber(path.learningHoursPerWeek));
    w.field("Uren praktijkopleider per week", dutchNumber(path.trainerHoursPerWeek));
    if (path.funding.length === 0) w.field("Financiering", "geen regeling van toepassing");
    else
      for (const f of path.funding)
        w.bullet(
          `${f.title}: ${f.status.toLowerCase()}${f.amountEuro ? `, ${formatEuro(f.amountEuro)}` : ""}`,
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
      // The status in parentheses: a step title may end in a question mark.
      w.bullet(`${s.step}. ${s.title} (${status})`);
    }

    w.heading("Evaluaties");
    w.field("Laatste evaluatie", path.lastReviewedOn ? dutchDate(path.lastReviewedOn) : "nog niet geweest");
    w.field("Volgende evaluatie", path.nextReviewOn ? dutchDate(path.nextReviewOn) : "nog niet gepland");
  }

  w.heading("Akkoord");
  w.text("Besproken en afgesproken zoals hierboven beschreven.");
  w.signatures([
    { role: "Medewerker", name: data.person.name },
    { role: "Praktijkopleider", name: path?.workplaceTrainer ?? null },
    { role: "Leidinggevende", name: null },
  ]);
  return { bytes: await doc.save(), placed: w.placed };
}

/** The Ontwikkelpad PDF's bytes (see `layoutPathPdf`). */
export async function buildPathPdf(data: PathPdfData): Promise<Uint8Array> {
  return (await layoutPathPdf(data)).bytes;
}

/** A4 and its margins in points, for tests of the layout. */
export const PDF_PAGE = PAGE;
