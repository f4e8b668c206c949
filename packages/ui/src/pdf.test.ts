import { PDFDocument } from "pdfkit";
import { toBytes } from "pdfkit/output";
import { describe, expect, it } from "vitest";
import { createPdf } from "./pdf.ts";
import { findAccessibilityProblems, readPdf } from "./pdf-check.ts";

/** Every piece the writer has, over more than one page. */
async function everyPiece(landscape: boolean) {
  const w = createPdf("Alles op papier", { landscape });
  w.title("Alles op papier");
  w.heading("Een kop");
  w.text("Een alinea die lang genoeg is om over meer dan één regel te lopen. ".repeat(4));
  w.field("Naam", "Milan Jovanović");
  w.bullets(["een", "twee"]);
  w.table(
    "Een tabel",
    [
      { header: "Code", width: 0.3 },
      { header: "Titel", width: 0.7 },
    ],
    Array.from({ length: 60 }, (_, i) => [`B1-K1-W${i}`, `Werkproces ${i}`]),
  );
  w.signatures([
    { role: "Deelnemer", name: "Milan Jovanović" },
    { role: "School", name: null },
  ]);
  w.qrCode("https://example.org", "QR-code met de link naar example.org", {
    count: 2,
    dark: (row, column) => row === column,
  });
  return w.save();
}

describe("the document writer", () => {
  it.each([false, true])(
    "writes every piece tagged, in portrait and landscape (landscape: %s)",
    async (landscape) => {
      const bytes = await everyPiece(landscape);
      expect(await findAccessibilityProblems(bytes)).toEqual([]);
      const pdf = await readPdf(bytes);
      expect(pdf.pages).toBeGreaterThan(1);
      expect(pdf.lines).toContain("Naam: Milan Jovanovic");
      // The header row is repeated on the table's second page.
      expect(pdf.lines.filter((line) => line === "Code").length).toBeGreaterThan(1);
    },
  );

  it("finds every kind of problem in an untagged PDF", async () => {
    const doc = new PDFDocument({
      size: [595.28, 841.89],
      margin: 56,
      tagged: false,
      lang: "en-GB",
      displayTitle: false,
      pdfVersion: "1.7",
      info: { Title: "", Creator: "test" },
    });
    doc.text("Los", 56, 56, { lineBreak: false, baseline: "alphabetic" });
    const bytes = toBytes(doc);
    doc.end();
    expect(await findAccessibilityProblems(await bytes)).toEqual([
      "niet getagd (MarkInfo /Marked ontbreekt)",
      "taal is en-GB, niet nl-NL",
      "geen titel",
      "de viewer toont de bestandsnaam in plaats van de titel",
      "pagina 1 heeft geen structuurboom",
      "pagina 1 heeft tekst buiten de structuur",
      "geen kop (H1)",
    ]);
  });

  it("finds a table without header cells and a figure without alt text", async () => {
    const doc = new PDFDocument({
      size: [595.28, 841.89],
      margin: 56,
      tagged: true,
      lang: "nl-NL",
      displayTitle: true,
      pdfVersion: "1.7",
      info: { Title: "Fout", Creator: "test" },
    });
    const root = doc.struct("Document");
    doc.addStructure(root);
    for (const [tag, options] of [
      ["H1", {}],
      ["Table", {}],
      ["Figure", {}],
    ] as const) {
      const element = doc.struct(tag, options);
      root.add(element);
      const inner = tag === "Table" ? doc.struct("TD") : element;
      if (inner !== element) element.add(inner);
      inner.add(doc.markStructureContent(tag === "Table" ? "TD" : tag));
      doc.text(tag, 56, 100, { lineBreak: false, baseline: "alphabetic" });
      doc.endMarkedContent();
      if (inner !== element) inner.end();
      element.end();
    }
    root.end();
    const bytes = toBytes(doc);
    doc.end();
    expect(await findAccessibilityProblems(await bytes)).toEqual([
      "een tabel zonder kopcellen (TH)",
      "een afbeelding zonder alternatieve tekst",
    ]);
  });
});
