/** "2026-03-01" → "1-3-2026"; null → "—". Dates travel as ISO strings and are shown the Dutch way. */
export function formatDate(iso: string | null): string {
  if (!iso) return "—";
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}-${month}-${year}`;
}

export const LEARNING_ROUTE_LABELS = { BOL: "BOL", BBL: "BBL", DERDE_LEERWEG: "Derde leerweg" } as const;

export const OFFER_FORMAT_LABELS = {
  ON_SITE: "Op locatie",
  HYBRID: "Hybride",
  ONLINE: "Online",
  AT_WORKPLACE: "Op de werkplek",
} as const;
