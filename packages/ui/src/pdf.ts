// Long because: the one document writer of every printable document (text, lists, tables, signature
// places, QR codes), each with its place in the PDF's structure tree and its paging.
// The portals' type checks see pdfkit's declarations through this file, not through ui's tsconfig.
// oxlint-disable-next-line typescript/triple-slash-reference
/// <reference path="./pdfkit.d.ts" />
import * as pdfkit from "pdfkit";
import type { PDFDocument, PdfStructureElement } from "pdfkit";
import { toBytes } from "pdfkit/output";
import Helvetica from "pdfkit/standard-fonts/Helvetica";
import HelveticaBold from "pdfkit/standard-fonts/HelveticaBold";

/**
 * The portals' printable documents (the Ontwikkelpad, the POK, a praktijkverklaring, certificate or
 * diploma, the ministry report) are made in the browser with pdfkit as tagged PDF: language nl-NL, the
 * title shown by the viewer, and a structure tree (H1, H2, P, L/LI, Table/TR/TH/TD, Figure with alt) in
 * reading order, so a screen reader can follow them (the accessibility decree). A4, Helvetica, wrapped
 * and paged. Import it lazily (`await import("@ontwikkelpad/ui/pdf")`): pdfkit is large.
 */
const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const; // A4 in points
const BODY = 10.5;
const LINE = 1.4;
const TEXT = "#1a1a1f";
const ACCENT = "#0a4f8a";
/** The colour of secondary text (dates, sources) in the documents. */
export const MUTED = "#4a4f57";
const FONTS = { regular: "Helvetica", bold: "Helvetica-Bold" } as const;

// The browser build knows the standard fonts only once registered; Node's build reads them from disk.
pdfkit.registerStdFonts?.(Helvetica, HelveticaBold);

/** The characters WinAnsi has beyond Latin-1's printable ones (the standard PDF fonts know no others). */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const isWinAnsi = (char: string) => {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
};

/**
 * The standard PDF fonts only know WinAnsi (Latin-1 plus a few signs): keep what it can encode,
 * drop accents from the rest (Jovanović → Jovanovic) and replace anything else.
 */
export function toWinAnsi(text: string, canEncode: (char: string) => boolean = isWinAnsi): string {
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

/**
 * A document's file name (without extension) from its parts: ("certificaat", "Milan Jovanović",
 * "C0125") → "certificaat-milan-jovanović-c0125".
 */
export const documentFileName = (...parts: (string | null)[]) =>
  parts
    .filter(Boolean)
    .join("-")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");

/** One piece of text or a line as placed on a page, so a test can check the layout. */
export interface PlacedItem {
  page: number;
  kind: "text" | "line" | "qr";
  /** The text, or for a QR code what it encodes. */
  text: string;
  /** From the page's left and bottom edge, in points; text by its baseline. */
  x: number;
  y: number;
  width: number;
  size: number;
  /** The structure element the text belongs to (H1, H2, P, LBody, TH, TD, Figure), for tests. */
  tag?: string;
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  indent?: number;
  color?: string;
}

/** A column of a table: its header and its share of the width (the shares add up to 1). */
export interface PdfColumn {
  header: string;
  width: number;
}

export class PdfWriter {
  /** The baseline of the last line, from the page's bottom edge. */
  private y: number;
  private pageIndex = 0;
  private readonly root: PdfStructureElement;
  readonly placed: PlacedItem[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly size: { width: number; height: number; margin: number },
  ) {
    this.y = size.height - size.margin;
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
  }

  private get contentWidth() {
    return this.size.width - 2 * this.size.margin;
  }

  private measure(text: string, size: number, bold: boolean) {
    return this.doc
      .font(bold ? FONTS.bold : FONTS.regular)
      .fontSize(size)
      .widthOfString(text);
  }

  /** Starts a new page unless `height` points still fit on this one. Returns whether it did. */
  ensure(height: number): boolean {
    if (this.y - height >= this.size.margin) return false;
    this.doc.addPage({ size: [this.size.width, this.size.height], margin: this.size.margin });
    this.pageIndex++;
    this.y = this.size.height - this.size.margin;
    return true;
  }

  /** One line of text drawn as marked content of `element`, its baseline at `y` from the bottom. */
  private drawLine(
    element: PdfStructureElement,
    tag: string,
    line: string,
    x: number,
    y: number,
    style: TextStyle,
  ) {
    const { size = BODY, bold = false, color = TEXT } = style;
    const content = this.doc.markStructureContent(tag);
    element.add(content);
    this.doc
      .font(bold ? FONTS.bold : FONTS.regular)
      .fontSize(size)
      .fillColor(color)
      .text(line, x, this.size.height - y, { lineBreak: false, baseline: "alphabetic" });
    this.doc.endMarkedContent();
    this.placed.push({
      page: this.pageIndex,
      kind: "text",
      text: line,
      x,
      y,
      width: this.measure(line, size, bold),
      size,
      tag,
    });
  }

  /** A structure element of `tag` under `parent` holding `text`, wrapped to the width and paged. */
  private block(tag: string, text: string, style: TextStyle = {}, parent = this.root) {
    const { size = BODY, bold = false, indent = 0 } = style;
    const element = this.doc.struct(tag);
    parent.add(element);
    const safe = toWinAnsi(text);
    for (const line of wrapText(safe, this.contentWidth - indent, (s) => this.measure(s, size, bold))) {
      this.ensure(size * LINE);
      this.y -= size * LINE;
      this.drawLine(element, tag, line, this.size.margin + indent, this.y, style);
    }
    element.end();
  }

  /** The document's title (H1). */
  title(text: string) {
    this.block("H1", text, { size: 18, bold: true });
  }

  /** A paragraph (P). */
  text(text: string, style: TextStyle = {}) {
    this.block("P", text, style);
  }

  /** "Label: value" as a paragraph, or "Label: -" when there is no value. */
  field(label: string, value: string | number | null | undefined) {
    this.text(`${label}: ${value === null || value === undefined || value === "" ? "-" : value}`);
  }

  /** A section heading (H2), kept with the line under it. */
  heading(text: string, size = 13) {
    this.gap(size * 0.6);
    this.ensure(size * 3);
    this.block("H2", text, { size, bold: true, color: ACCENT });
    this.gap(2);
  }

  /** A list (L): each item a list item (LI) with its body, shown after a dash. */
  bullets(items: string[], style: TextStyle = {}) {
    if (items.length === 0) return;
    const list = this.doc.struct("L");
    this.root.add(list);
    for (const item of items) {
      const entry = this.doc.struct("LI");
      list.add(entry);
      this.block("LBody", `- ${item}`, { ...style, indent: (style.indent ?? 0) + 8 }, entry);
      entry.end();
    }
    list.end();
  }

  gap(points: number) {
    this.y -= points;
  }

  /**
   * A table (Table) with its caption, a header row of TH cells and a row of TD cells per row; the
   * first cell of a row is its row header (TH). Cells wrap within their column; a row that starts a
   * new page gets the header row above it again.
   */
  table(caption: string, columns: PdfColumn[], rows: string[][], { size = 9.5 } = {}) {
    const table = this.doc.struct("Table");
    this.root.add(table);
    this.gap(6);
    this.ensure(size * LINE * 4);
    this.block("Caption", caption, { size, bold: true }, table);
    const widths = columns.map((c) => c.width * this.contentWidth);
    const headers = columns.map((c) => c.header);
    const wrap = (cells: string[], header: boolean) =>
      cells.map((cell, i) => wrapText(toWinAnsi(cell), widths[i]! - 6, (s) => this.measure(s, size, header)));
    const heightOf = (lines: string[][]) => Math.max(...lines.map((l) => l.length)) * size * LINE + 4;
    const draw = (lines: string[][], header: boolean) => {
      const tr = this.doc.struct("TR");
      table.add(tr);
      const top = this.y;
      let x = this.size.margin;
      lines.forEach((cellLines, i) => {
        const tag = header || i === 0 ? "TH" : "TD";
        const cell = this.doc.struct(tag);
        tr.add(cell);
        cellLines.forEach((line, n) => {
          if (line) this.drawLine(cell, tag, line, x, top - (n + 1) * size * LINE, { size, bold: header });
        });
        cell.end();
        x += widths[i]!;
      });
      tr.end();
      this.y = top - heightOf(lines);
      this.rule(this.size.margin, this.y + 2, this.contentWidth, header ? 0.75 : 0.25, "table");
    };
    const head = wrap(headers, true);
    draw(head, true);
    for (const cells of rows) {
      const lines = wrap(cells, false);
      if (this.ensure(heightOf(lines))) draw(head, true);
      draw(lines, false);
    }
    table.end();
  }

  /** A line that is decoration only (an artifact a screen reader skips). */
  private rule(x: number, y: number, width: number, thickness: number, text: string) {
    this.doc.markContent("Artifact", { type: "Layout" });
    this.doc
      .lineWidth(thickness)
      .strokeColor("#4d4d4d")
      .moveTo(x, this.size.height - y)
      .lineTo(x + width, this.size.height - y)
      .stroke();
    this.doc.endMarkedContent();
    this.placed.push({ page: this.pageIndex, kind: "line", text, x, y, width, size: 0 });
  }

  /**
   * A QR code of `text`, `size` points wide at the left margin, as a figure with `alt` as its
   * alternative text: its modules as `dark(row, column)`.
   */
  qrCode(
    text: string,
    alt: string,
    modules: { count: number; dark: (row: number, column: number) => boolean },
    size = 96,
  ) {
    this.gap(8);
    this.ensure(size);
    const figure = this.doc.struct("Figure", { alt });
    this.root.add(figure);
    figure.add(this.doc.markStructureContent("Figure"));
    const cell = size / modules.count;
    const top = this.size.height - this.y;
    for (let row = 0; row < modules.count; row++)
      for (let column = 0; column < modules.count; column++)
        if (modules.dark(row, column))
          this.doc.rect(this.size.margin + column * cell, top + row * cell, cell, cell).fill("#000000");
    this.doc.endMarkedContent();
    figure.end();
    this.y -= size;
    this.placed.push({
      page: this.pageIndex,
      kind: "qr",
      text,
      x: this.size.margin,
      y: this.y,
      width: size,
      size,
      tag: "Figure",
    });
  }

  /**
   * Places to sign, side by side: per signer its role (H3), a line to sign on, and name and date
   * under it. A date given states when the person signed (on the platform); without one it is left
   * blank to fill in. Read in order: each signer's role, name and date together.
   */
  signatures(signers: { role: string; name: string | null; date?: string | null }[]) {
    const height = 110;
    const size = 9.5;
    this.gap(16);
    this.ensure(height);
    const columnWidth = this.contentWidth / signers.length;
    const top = this.y;
    signers.forEach((signer, index) => {
      const x = this.size.margin + index * columnWidth;
      const place = this.doc.struct("Div");
      this.root.add(place);
      const label = (tag: string, text: string, y: number, bold = false) => {
        const element = this.doc.struct(tag);
        place.add(element);
        this.drawLine(element, tag, toWinAnsi(text), x, y, { size, bold });
        element.end();
      };
      label("H3", signer.role, top - 12, true);
      const lineY = top - 60;
      this.rule(x, lineY, columnWidth - 16, 0.75, signer.role);
      label("P", `Naam: ${signer.name ?? ""}`, lineY - 14);
      label("P", `Datum: ${signer.date ? dutchDate(signer.date) : ""}`, lineY - 28);
      place.end();
    });
    this.y = top - height;
  }

  /** Ends the document and returns its bytes. */
  async save(): Promise<Uint8Array> {
    this.root.end();
    const bytes = toBytes(this.doc);
    this.doc.end();
    return bytes;
  }
}

/** Starts an A4 document (portrait, or landscape for wide tables) with its title, in Dutch. */
export function createPdf(title: string, { landscape = false } = {}): PdfWriter {
  const size = landscape ? { ...PAGE, width: PAGE.height, height: PAGE.width } : PAGE;
  const doc = new pdfkit.PDFDocument({
    size: [size.width, size.height],
    margin: size.margin,
    tagged: true,
    lang: "nl-NL",
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: title, Creator: "Ontwikkelpad" },
  });
  return new PdfWriter(doc, size);
}

/** A4 and its margins in points, for tests of the layout. */
export const PDF_PAGE = PAGE;
