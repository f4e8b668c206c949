// The part of pdfkit 0.20 the document writer uses. pdfkit ships no types and @types/pdfkit describes
// 0.17, without the browser build's `registerStdFonts` and the standard-font modules.
declare module "pdfkit" {
  export interface PdfStructureContent {
    readonly __content: unique symbol;
  }
  export interface PdfStructureElement {
    add(child: PdfStructureElement | PdfStructureContent): this;
    end(): void;
  }
  export interface PdfDocumentOptions {
    size: [number, number];
    margin: number;
    tagged: boolean;
    lang: string;
    displayTitle: boolean;
    pdfVersion: "1.7";
    autoFirstPage?: boolean;
    info: { Title: string; Creator: string };
  }
  export interface PdfTextOptions {
    lineBreak: false;
    baseline: "alphabetic";
  }
  export class PDFDocument {
    constructor(options: PdfDocumentOptions);
    addPage(options: { size: [number, number]; margin: number }): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    widthOfString(text: string): number;
    text(text: string, x: number, y: number, options: PdfTextOptions): this;
    rect(x: number, y: number, width: number, height: number): this;
    fill(color?: string): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    stroke(): this;
    struct(type: string, options?: { alt?: string }): PdfStructureElement;
    addStructure(element: PdfStructureElement): this;
    markStructureContent(tag: string): PdfStructureContent;
    markContent(tag: "Artifact", options?: { type: "Layout" | "Pagination" }): this;
    endMarkedContent(): this;
    end(): void;
  }
  /**
   * Only the browser build exports it (there the standard fonts' metrics are imported, not read from
   * disk); Node's build, which the unit tests run, reads them itself.
   */
  export const registerStdFonts: ((...fonts: StandardFontData[]) => void) | undefined;
  export interface StandardFontData {
    readonly name: string;
  }
  export default PDFDocument;
}

declare module "pdfkit/output" {
  export function toBytes(document: import("pdfkit").PDFDocument): Promise<Uint8Array>;
}

declare module "pdfkit/standard-fonts/Helvetica" {
  const font: import("pdfkit").StandardFontData;
  export default font;
}

declare module "pdfkit/standard-fonts/HelveticaBold" {
  const font: import("pdfkit").StandardFontData;
  export default font;
}
