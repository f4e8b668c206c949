import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

/**
 * The portals' printable documents (the Ontwikkelpad, a praktijkverklaring, a certificate) are made in
 * the browser with pdf-lib: A4, Helvetica, headings, "label: value" fields, bullets and signature
 * blocks, wrapped and paged. Import it lazily (`await import("@ontwikkelpad/ui/pdf")`): pdf-lib is large.
 */
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

/** "2026-01-10" as "10-1-2026"; "-" when there is no date. */
export const dutchDate = (iso: string | null) => {
  if (!iso) return "-";
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}-${m}-${y}`;
};

/** One piece of text or a line as placed on a page, so a test can check the layout. */
export interface PlacedItem {
  page: number;
  kind: "text" | "line" | "qr";
  /** The text, or for a QR code what it encodes. */
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export class PdfWriter {
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

  /** A QR code of `text`, `size` points wide at the left margin: its modules as `dark(row, column)`. */
  qrCode(
    text: string,
    modules: { count: number; dark: (row: number, column: number) => boolean },
    size = 96,
  ) {
    this.gap(8);
    this.ensure(size);
    const cell = size / modules.count;
    const top = this.y;
    for (let row = 0; row < modules.count; row++)
      for (let column = 0; column < modules.count; column++)
        if (modules.dark(row, column))
          this.page.drawRectangle({
            x: PAGE.margin + column * cell,
            y: top - (row + 1) * cell,
            width: cell,
            height: cell,
            color: rgb(0, 0, 0),
          });
    this.y = top - size;
    this.placed.push({
      page: this.pageIndex,
      kind: "qr",
      text,
      x: PAGE.margin,
      y: this.y,
      width: size,
      size,
    });
  }

  /**
   * A place to sign: the role, a line to sign on, and name and date under it, side by side. A date
   * given states when the person signed (on the platform); without one it is left blank to fill in.
   */
  signatures(signers: { role: string; name: string | null; date?: string | null }[]) {
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
      label(`Datum: ${signer.date ? dutchDate(signer.date) : ""}`, lineY - 28);
    });
    this.y = top - height;
  }
}

/** Starts an A4 document with its title and the two fonts the writer uses. */
export async function createPdf(title: string): Promise<{ doc: PDFDocument; writer: PdfWriter }> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setLanguage("nl-NL");
  doc.setCreator("Ontwikkelpad");
  const writer = new PdfWriter(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );
  return { doc, writer };
}

/** A4 and its margins in points, for tests of the layout. */
export const PDF_PAGE = PAGE;

/** The colour of secondary text (dates, sources) in the documents. */
export const MUTED = rgb(0.29, 0.31, 0.34);
