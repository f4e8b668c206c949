import { fieldErrorsOf, formatPeriod } from "@ontwikkelpad/ui";

/** 0 → "0 maanden", 1 → "1 maand", 18 → "1 jaar en 6 maanden", 48 → "4 jaar". */
export function formatAge(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const monthText = `${rest} ${rest === 1 ? "maand" : "maanden"}`;
  if (years === 0) return monthText;
  return rest === 0 ? `${years} jaar` : `${years} jaar en ${monthText}`;
}

/** A group's age range: "0–1 jaar" when both ends are whole years, else "1 jaar en 6 maanden – 4 jaar". */
export function formatAgeRange(minMonths: number, maxMonths: number): string {
  if (minMonths % 12 === 0 && maxMonths % 12 === 0) return `${minMonths / 12}–${maxMonths / 12} jaar`;
  return `${formatAge(minMonths)} – ${formatAge(maxMonths)}`;
}

/** 24.5 → "24,5"; null → "—". */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : value.toLocaleString("nl-NL");
}

/** Parses "12" (a whole number, nothing else); anything else becomes NaN. */
export function parseWholeNumber(value: string): number {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** For react-hook-form's `validate`: a whole number or the given message. */
export const wholeNumber = (message: string) => (value: string) => /^\d+$/.test(value.trim()) || message;

/** The server's message for one field, or null when the error is about something else. */
export function fieldErrorOf(error: unknown, field: string): string | null {
  return fieldErrorsOf(error)[field] ?? null;
}

export interface ProjectionRow {
  quarter: string;
  label: string;
  qualified: number;
  required: number;
  shortfall: number;
}

/** A location's projection with the (constant) number of qualified staff its groups need, for the chart and its table. */
export function projectionRows(location: {
  required: number;
  projection: readonly { quarter: string; qualified: number; shortfall: number }[];
}): ProjectionRow[] {
  return location.projection.map((p) => ({
    quarter: p.quarter,
    label: formatPeriod(p.quarter),
    qualified: p.qualified,
    required: location.required,
    shortfall: p.shortfall,
  }));
}
