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
