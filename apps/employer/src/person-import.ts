import type { RouterInputs, RouterOutputs } from "@ontwikkelpad/api";
import { PERSON_KIND_LABELS, WORK_REFUSAL_LABELS, type CsvColumn } from "@ontwikkelpad/ui";
import Papa from "papaparse";

export type ImportRow = RouterInputs["employer"]["persons"]["import"]["rows"][number];
type ImportColumn = keyof ImportRow;
type TeamMember = RouterOutputs["employer"]["persons"]["list"][number];

/** 1 → "1 persoon", 2 → "2 personen". */
export const personCount = (n: number) => `${n} ${n === 1 ? "persoon" : "personen"}`;

/** yyyy-mm-dd → d-m-jjjj, the date format of the team CSV both ways. */
export function formatCsvDate(iso: string | null): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? `${Number(match[3])}-${Number(match[2])}-${match[1]}` : "";
}

/** "3. Wat is iemands ambitie?", or null without a path. */
export const stepLabel = (p: TeamMember) =>
  p.pathStep === null ? null : `${p.pathStep}. ${p.pathStepTitle ?? ""}`.trim();

/**
 * "Ja", or "Nee: …" with the reason, from the same rules as the person page: a refusal whatever the
 * person holds (not in the Personenregister) first, otherwise what is missing.
 */
export const mayWorkLabel = (p: TeamMember) =>
  p.problem !== null
    ? `Niet beoordeeld: ${p.problem}`
    : p.mayWork === null
      ? "—"
      : p.mayWork
        ? "Ja"
        : `Nee: ${p.mayWorkRefusal ? WORK_REFUSAL_LABELS[p.mayWorkRefusal] : (p.mayWorkExplanation?.replace(/^[^:]*: /, "") ?? "")}`;

/**
 * The one layout of the team CSV: the export writes these columns, the import reads them back (and
 * the template is an empty export), so a list can be exported, edited and imported again.
 */
const TEAM_COLUMNS: readonly { key: ImportColumn; header: string; value: (p: TeamMember) => string }[] = [
  { key: "voornaam", header: "Voornaam", value: (p) => p.givenName },
  { key: "achternaam", header: "Achternaam", value: (p) => p.familyName },
  { key: "email", header: "E-mail", value: (p) => p.email ?? "" },
  { key: "functie", header: "Functie", value: (p) => p.functionTitle ?? "" },
  { key: "locatie", header: "Locatie", value: (p) => p.location ?? "" },
  { key: "uren", header: "Uren per week", value: (p) => p.hoursPerWeek?.toLocaleString("nl-NL") ?? "" },
  { key: "startdatum", header: "Startdatum", value: (p) => formatCsvDate(p.contractStart) },
  { key: "einddatum", header: "Einddatum", value: (p) => formatCsvDate(p.contractEnd) },
  { key: "soort", header: "Soort", value: (p) => PERSON_KIND_LABELS[p.kind] },
];

/** What the export adds for reading; the import passes over these columns. */
const INFORMATION_COLUMNS: CsvColumn<TeamMember>[] = [
  { header: "Mag werken in functie", value: mayWorkLabel },
  { header: "Stap Ontwikkelpad", value: stepLabel },
  { header: "Volgende actie", value: (p) => p.nextAction },
  { header: "Volgende evaluatie", value: (p) => formatCsvDate(p.nextReviewOn) },
];

/** The columns of the team export, in the import's layout followed by the information columns. */
export const TEAM_CSV_COLUMNS: CsvColumn<TeamMember>[] = [
  ...TEAM_COLUMNS.map(({ header, value }) => ({ header, value })),
  ...INFORMATION_COLUMNS,
];

export const IMPORT_HEADERS: readonly string[] = TEAM_COLUMNS.map((c) => c.header);
const REQUIRED: readonly ImportColumn[] = ["voornaam", "achternaam", "functie", "uren", "startdatum"];
const headerOf = (key: ImportColumn) => TEAM_COLUMNS.find((c) => c.key === key)?.header ?? key;

const normaliseHeader = (header: string) =>
  header
    .replace(/^\ufeff/, "")
    .trim()
    .toLowerCase();

/** Header spellings people use for the same column (and the short names of older templates). */
const ALIASES: Record<string, ImportColumn> = {
  ...Object.fromEntries(TEAM_COLUMNS.map((c) => [normaliseHeader(c.header), c.key])),
  ...Object.fromEntries(TEAM_COLUMNS.map((c) => [c.key, c.key])),
  "e-mailadres": "email",
  emailadres: "email",
  contracturen: "uren",
  "start contract": "startdatum",
  "einde contract": "einddatum",
  functietitel: "functie",
};
const PASSED_OVER = new Set(INFORMATION_COLUMNS.map((c) => normaliseHeader(c.header)));

const columnOf = (header: string): ImportColumn | null => ALIASES[normaliseHeader(header)] ?? null;

export interface ParsedImport {
  rows: ImportRow[];
  /** Headers of required columns the file lacks: nothing can be imported until they are there. */
  missingColumns: string[];
  /** Headers that are not used (other than the export's information columns), so the user sees they were ignored. */
  ignoredColumns: string[];
  /** CSV syntax problems, in Dutch. */
  problems: string[];
}

const emptyRow = (): ImportRow => ({
  voornaam: "",
  achternaam: "",
  email: "",
  functie: "",
  locatie: "",
  uren: "",
  startdatum: "",
  einddatum: "",
  soort: "",
});

/**
 * Reads the team CSV: semicolons (Dutch Excel) or commas, a byte-order mark or not, the export's
 * Dutch column names in any case. Every cell stays text; the server checks the values.
 */
export function parseImportCsv(text: string): ParsedImport {
  const result = Papa.parse<string[]>(text.replace(/^\ufeff/, ""), {
    delimiter: "",
    skipEmptyLines: "greedy",
  });
  const [header = [], ...records] = result.data;
  const columns = header.map(columnOf);
  const rows = records.map((record) => {
    const row = emptyRow();
    columns.forEach((column, index) => {
      if (column) row[column] = (record[index] ?? "").trim();
    });
    return row;
  });
  return {
    rows,
    missingColumns: REQUIRED.filter((c) => !columns.includes(c)).map(headerOf),
    ignoredColumns: header
      .filter((h, index) => columns[index] === null && !PASSED_OVER.has(normaliseHeader(h)))
      .map((h) => h.trim())
      .filter(Boolean),
    problems: result.errors
      .filter((e) => e.code !== "UndetectableDelimiter")
      .map((e) => `Regel ${(e.row ?? 0) + 1}: ${e.message}`),
  };
}

/**
 * Why a chosen file cannot be a team CSV (a PDF, a spreadsheet, a picture), or null. Looks at the
 * content, not only the name: a CSV is text, so NUL bytes or a known binary signature give it away.
 */
export function notCsvReason(name: string, bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 8));
  const kind = head.startsWith("%PDF")
    ? "een PDF"
    : head.startsWith("PK")
      ? "een Excel- of ander zip-bestand (sla het in Excel op als CSV)"
      : bytes.subarray(0, 4096).includes(0)
        ? "geen tekstbestand"
        : null;
  return kind
    ? `${name} is ${kind}, geen CSV-bestand. Kies een CSV-bestand, bijvoorbeeld het sjabloon.`
    : null;
}

/** A template to fill in: the export's layout with one example row. */
export function importTemplate(): string {
  return (
    "\ufeff" +
    IMPORT_HEADERS.join(";") +
    "\r\nSanne;Bakker;sanne@example.org;Groepshulp;KDV De Boomhut;24;1-9-2026;31-8-2027;Medewerker\r\n"
  );
}
