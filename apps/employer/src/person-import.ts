import type { RouterInputs } from "@ontwikkelpad/api";
import Papa from "papaparse";

export type ImportRow = RouterInputs["employer"]["persons"]["import"]["rows"][number];
type ImportColumn = keyof ImportRow;

/** The columns the import understands, in the order of the template. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  "voornaam",
  "achternaam",
  "email",
  "functie",
  "locatie",
  "uren",
  "startdatum",
  "einddatum",
  "soort",
];
const REQUIRED: readonly ImportColumn[] = ["voornaam", "achternaam", "functie", "uren", "startdatum"];

/** Header spellings people use for the same column. */
const ALIASES: Record<string, ImportColumn> = {
  "e-mail": "email",
  "e-mailadres": "email",
  emailadres: "email",
  "uren per week": "uren",
  contracturen: "uren",
  "start contract": "startdatum",
  "einde contract": "einddatum",
  functietitel: "functie",
};

function columnOf(header: string): ImportColumn | null {
  const h = header
    .replace(/^\ufeff/, "")
    .trim()
    .toLowerCase();
  if ((IMPORT_COLUMNS as readonly string[]).includes(h)) return h as ImportColumn;
  return ALIASES[h] ?? null;
}

export interface ParsedImport {
  rows: ImportRow[];
  /** Required columns the file lacks: nothing can be imported until they are there. */
  missingColumns: ImportColumn[];
  /** Headers that are not used, so the user sees they were ignored. */
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
 * Reads a team export: semicolons (Dutch Excel) or commas, a byte-order mark or not, Dutch column
 * names in any case. Every cell stays text; the server checks the values.
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
    missingColumns: REQUIRED.filter((c) => !columns.includes(c)),
    ignoredColumns: header
      .filter((_, index) => columns[index] === null)
      .map((h) => h.trim())
      .filter(Boolean),
    problems: result.errors
      .filter((e) => e.code !== "UndetectableDelimiter")
      .map((e) => `Regel ${(e.row ?? 0) + 1}: ${e.message}`),
  };
}

/** A template to fill in, with one example row. */
export function importTemplate(): string {
  return (
    "\ufeff" +
    IMPORT_COLUMNS.join(";") +
    "\r\nSanne;Bakker;sanne@example.org;Groepshulp;KDV De Boomhut;24;1-9-2026;31-8-2027;medewerker\r\n"
  );
}
