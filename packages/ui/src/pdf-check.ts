import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * Reads a PDF the way assistive technology does and says what keeps a screen reader from following it
 * (the accessibility decree: PDF/UA's tagged structure). Only for tests: pdfjs-dist is a development
 * dependency. An empty list means the document has a structure tree, its language is nl-NL, it shows
 * its title, every line of text belongs to the structure (or is marked as an artifact), every table
 * has header cells and every figure has alternative text.
 */
export async function findAccessibilityProblems(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const problems: string[] = [];
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
  const marked = (await pdf.getMarkInfo())?.Marked === true;
  if (!marked) problems.push("niet getagd (MarkInfo /Marked ontbreekt)");
  if (info.Language !== "nl-NL") problems.push(`taal is ${info.Language ?? "niet opgegeven"}, niet nl-NL`);
  if (!info.Title?.trim()) problems.push("geen titel");
  if (!new TextDecoder("latin1").decode(bytes).includes("/DisplayDocTitle true"))
    problems.push("de viewer toont de bestandsnaam in plaats van de titel");

  const roles: StructNode[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const tree = (await page.getStructTree()) as StructNode | null;
    if (!tree?.children?.length) problems.push(`pagina ${number} heeft geen structuurboom`);
    else roles.push(...flatten(tree));
    if (await hasUntaggedText(page)) problems.push(`pagina ${number} heeft tekst buiten de structuur`);
  }
  if (!roles.some((node) => node.role === "H1")) problems.push("geen kop (H1)");
  for (const table of roles.filter((node) => node.role === "Table"))
    if (!flatten(table).some((node) => node.role === "TH")) problems.push("een tabel zonder kopcellen (TH)");
  for (const figure of roles.filter((node) => node.role === "Figure"))
    if (!figure.alt?.trim()) problems.push("een afbeelding zonder alternatieve tekst");
  await pdf.destroy();
  return problems;
}

/** What a reader shows of a PDF: its title, its number of pages and its text, line by line. */
export async function readPdf(bytes: Uint8Array): Promise<{ title: string; pages: number; lines: string[] }> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
  const lines: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ("str" in item && item.str.trim()) lines.push(item.str);
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { title: info.Title ?? "", pages, lines };
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: (StructNode | { type: "content" | "object" | "annotation" })[];
}

function flatten(node: StructNode): StructNode[] {
  const nodes = (node.children ?? []).filter((child): child is StructNode => !("type" in child));
  return [node, ...nodes.flatMap(flatten)];
}

/** Text drawn outside any marked content: a reader cannot place it in the reading order. */
async function hasUntaggedText(page: {
  getTextContent(options: { includeMarkedContent: boolean }): Promise<{ items: object[] }>;
}): Promise<boolean> {
  let depth = 0;
  for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
    const type = (item as { type?: string }).type;
    if (type === "beginMarkedContent" || type === "beginMarkedContentProps") depth++;
    else if (type === "endMarkedContent") depth--;
    else if ("str" in item && (item as { str: string }).str.trim() && depth === 0) return true;
  }
  return false;
}
