import Papa from "papaparse";

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/**
 * CSV text for spreadsheet programs as used in the Netherlands: semicolons (the decimal separator is
 * a comma), a byte-order mark so Excel reads UTF-8, and formulas neutralised (no CSV injection).
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const data = rows.map((row) => columns.map((c) => c.value(row) ?? ""));
  return (
    "\ufeff" +
    Papa.unparse(
      { fields: columns.map((c) => c.header), data },
      { delimiter: ";", escapeFormulae: true, newline: "\r\n" },
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
