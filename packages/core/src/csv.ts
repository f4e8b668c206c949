import Papa from "papaparse";

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/**
 * A line that starts with one of these is read as a formula by Excel, LibreOffice or Google Sheets
 * (OWASP's list for CSV injection).
 */
const FORMULA_LINE_START = /^(?=[=+\-@\t\r])/gm;

/**
 * Neutralises formulas in a text cell with a leading apostrophe on every line that could start one:
 * a spreadsheet may evaluate a line after an embedded line break as well. Papaparse's own
 * `escapeFormulae` looks at the start of the cell only.
 */
function escapeFormulas(text: string): string {
  return text.replace(FORMULA_LINE_START, "'");
}

const toCell = (value: string | number | null | undefined) =>
  typeof value === "string" ? escapeFormulas(value) : (value ?? "");

/**
 * CSV text of any lines for spreadsheet programs as used in the Netherlands: semicolons (the decimal
 * separator is a comma), a byte-order mark so Excel reads UTF-8, and formulas neutralised (no CSV
 * injection). The portals' exports and the reports the server makes both write through it.
 */
export function toCsvLines(lines: readonly (readonly (string | number | null | undefined)[])[]): string {
  return (
    "\ufeff" +
    Papa.unparse(
      lines.map((line) => line.map(toCell)),
      { delimiter: ";", newline: "\r\n" },
    )
  );
}

/** CSV text of `rows`, a header line first (see `toCsvLines`). */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  return toCsvLines([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row)))]);
}
