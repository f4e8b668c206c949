/**
 * The Dutch words of the region's report for the ministry, which the server makes (CSV and printable
 * version) and the region portal shows beside it: the funnel's column names, how to write a period and
 * a protected figure, and the note on the protection. One spelling, read by both (`@ontwikkelpad/ui`
 * re-exports them with the other labels).
 */
import type { FunnelColumn } from "./rules/funnel.ts";

/** The funnel's columns: the stages reached, then how the journey ended. */
export const FUNNEL_COLUMN_LABELS: Record<FunnelColumn, string> = {
  REGISTERED: "Aangemeld",
  INTAKE: "Intake",
  REFERRED: "Verwezen",
  STARTED: "Gestart als groepshulp",
  PRAKTIJKVERKLARING: "Praktijkverklaring",
  CERTIFICATE: "Certificaat",
  DIPLOMA: "Diploma",
  COMPLETED: "Doel behaald",
  LEFT_WITH_RESULT: "Vertrokken met resultaat",
  MOVED_EMPLOYER: "Naar andere werkgever",
  DROPPED_OUT: "Uitgevallen",
};

/** A protected figure as people read it; null is a breakdown not published (too few to split). */
export function formatCount(value: number | null): string {
  return value === null ? "–" : String(value);
}

/**
 * How to read a protected figure (core's cell key method), shown on every page that has them and in
 * the ministry's report.
 */
export const PROTECTION_NOTE =
  "Aantallen over personen in de administratie van werkgevers en scholen zijn beschermd met de celsleutelmethode, zoals statistiekbureaus die gebruiken: elk aantal is afgerond op een veelvoud van 5, naar boven of naar beneden (hoogstens 4 ernaast, gemiddeld zuiver), en dezelfde personen geven altijd hetzelfde getal. Een 0 is echt 0. Totalen zijn apart afgerond en hoeven niet op te tellen; aftrekken van twee cijfers geeft dus geen exact aantal.";

/** The note in the report for the ministry: which figures it holds and how to read them. */
export const MINISTRY_REPORT_NOTE = `Alle aantallen in deze rapportage gaan over personen en zijn beschermd. ${PROTECTION_NOTE} Cijfers verschijnen alleen per afgesloten maand of kwartaal. Een rij met minder dan 5 aanmeldingen splitsen we niet uit naar stap (–). Een kandidaat telt in de verste stap die hij bereikte en, als zijn traject is afgelopen, in één uitkomst. Methode: Handbook on Statistical Disclosure Control van het Europees Statistisch Systeem, hoofdstuk 5 (celsleutelmethode, zoals in de Europese volkstelling 2021 en de ABS TableBuilder).`;

const MONTH_NAMES = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

/**
 * A period in Dutch, as every page and report writes it: a month by name ("2026-10" → "oktober 2026"),
 * a quarter as "K4 2026" (from "2026-Q4", the funnel's spelling, or "2026-K4", the projection's).
 */
export function formatPeriod(period: string): string {
  const [year, part] = period.split("-") as [string, string];
  return /^[QK][1-4]$/.test(part) ? `K${part.slice(1)} ${year}` : `${MONTH_NAMES[Number(part) - 1]} ${year}`;
}
