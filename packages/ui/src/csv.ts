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
 * CSV text for spreadsheet programs as used in the Netherlands: semicolons (the decimal separator is
 * a comma), a byte-order mark so Excel reads UTF-8, and formulas neutralised (no CSV injection).
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const data = rows.map((row) => columns.map((c) => toCell(c.value(row))));
  return (
    "\ufeff" +
    Papa.unparse(
      { fields: columns.map((c) => escapeFormulas(c.header)), data },
      { delimiter: ";", newline: "\r\n" },
    )
  );
}

/** Lets the browser save `rows` as a CSV file. */
export function downloadCsv<T>(filename: string, rows: readonly T[], columns: readonly CsvColumn<T>[]): void {
  downloadBlob(filename, new Blob([toCsv(rows, columns)], { type: "text/csv;charset=utf-8" }));
}

/** Lets the browser save a file made on the page (a CSV export, a PDF). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
