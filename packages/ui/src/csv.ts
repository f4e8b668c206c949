import { toCsv, type CsvColumn } from "@ontwikkelpad/core";

export { toCsv, type CsvColumn };

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
