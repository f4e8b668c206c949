import type { LearningRoute } from "@ontwikkelpad/core";
import { LEARNING_ROUTE_LABELS } from "./labels.ts";

export { formatPeriod } from "@ontwikkelpad/core";

/** "2026-03-01" → "1-3-2026"; null → "—". Dates travel as ISO strings and are shown the Dutch way. */
export function formatDate(iso: string | null): string {
  if (!iso) return "—";
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}-${month}-${year}`;
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

/** 3000 → "€ 3.000", 1250.5 → "€ 1.250,50" (whole euros without cents, otherwise to the cent); null → "—". */
export function formatEuro(amount: number | null): string {
  if (amount === null) return "—";
  return (Number.isInteger(amount) ? euroWhole : euroCents).format(amount);
}

/** An amount the api sends in cents (a price), written as `formatEuro` does. */
export const formatCents = (cents: number | null): string => (cents === null ? "—" : formatEuro(cents / 100));

/** An amount a funding instrument gives at most: "tot € 2.700"; without one (null or 0) "Geen bedrag", never "€ 0". */
export function formatAmountUpTo(amount: number | null): string {
  return amount ? `tot ${formatEuro(amount)}` : "Geen bedrag";
}

/** A duration in months, as plans and advice give it: 1 → "ongeveer 1 maand", 18 → "ongeveer 18 maanden". */
export function formatDurationMonths(months: number): string {
  const whole = Math.round(months);
  return `ongeveer ${whole} ${whole === 1 ? "maand" : "maanden"}`;
}

/**
 * A programme's title with its leerweg: "Onderwijsassistent (BBL)"; a title that already names the
 * leerweg ("Onderwijsassistent (BBL)", "PMK via derde leerweg") is not given it twice.
 */
export function titleWithLearningRoute(title: string, route: LearningRoute): string {
  const label = LEARNING_ROUTE_LABELS[route];
  return title.toLowerCase().includes(label.toLowerCase()) ? title : `${title} (${label})`;
}

/**
 * A catalog entry as a person reads it: its code, then its title ("B1-K1-W7 Zorgt voor een veilig
 * pedagogisch klimaat", "25696 Pedagogisch medewerker kinderopvang", "C0125 Ondersteuning in de
 * kinderopvang"); an entry without a code a user knows (a praktijkverklaring) by its title alone. A
 * code never stands alone on a page: every werkproces, kerntaak, crebo and certificate goes through here.
 */
export function formatCodeTitle({ code, title }: { code: string | null; title: string }): string {
  return code ? `${code} ${title}` : title;
}
