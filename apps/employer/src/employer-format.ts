import { fieldErrorsOf } from "@ontwikkelpad/ui";

/** Dutch labels for the API's enums, as the organisation, dashboard and recruitment pages show them. */
export const LOCATION_TYPE_LABELS = {
  KDV: "Kinderdagverblijf",
  BSO: "Buitenschoolse opvang",
  PEUTEROPVANG: "Peuteropvang",
  GASTOUDERBUREAU: "Gastouderbureau",
} as const;

export const LEARNING_ROUTE_LABELS = { BOL: "BOL", BBL: "BBL", DERDE_LEERWEG: "Derde leerweg" } as const;

export const RECOGNITION_STATUS_LABELS = {
  ACTIVE: "Erkend",
  REQUESTED: "Aangevraagd",
  EXPIRED: "Verlopen",
  WITHDRAWN: "Ingetrokken",
} as const;

export const VACANCY_STATUS_LABELS = { OPEN: "Open", FILLED: "Vervuld", CLOSED: "Gesloten" } as const;

export const REFERRAL_STATUS_LABELS = {
  PROPOSED: "Voorgedragen",
  INTRODUCED: "Kennisgemaakt",
  HIRED: "Aangenomen",
  DECLINED: "Afgewezen",
  WITHDRAWN: "Ingetrokken",
} as const;

export const SUBSIDY_STATUS_LABELS = {
  eligible: "Komt in aanmerking",
  "not-eligible": "Komt (nog) niet in aanmerking",
  closed: "Regeling gesloten",
} as const;

/** A referral the employer can still accept or decline. */
export function isAnswerable(status: keyof typeof REFERRAL_STATUS_LABELS): boolean {
  return status === "PROPOSED" || status === "INTRODUCED";
}

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

const euroWhole = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});
const euroCents = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  minimumFractionDigits: 2,
});

/** 3000 → "€ 3.000", 1250.5 → "€ 1.250,50"; null → "—". */
export function formatEuro(amount: number | null): string {
  if (amount === null) return "—";
  return (Number.isInteger(amount) ? euroWhole : euroCents).format(amount);
}

/** 24.5 → "24,5"; null → "—". */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : value.toLocaleString("nl-NL");
}

/** "2027-K1" → "K1 2027"; anything else unchanged. */
export function formatQuarter(quarter: string): string {
  const match = /^(\d{4})-K([1-4])$/.exec(quarter);
  return match ? `K${match[2]} ${match[1]}` : quarter;
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
    label: formatQuarter(p.quarter),
    qualified: p.qualified,
    required: location.required,
    shortfall: p.shortfall,
  }));
}
