/** "2026-03-01" → "1-3-2026"; null → "—". Dates travel as ISO strings and are shown the Dutch way. */
export function formatDate(iso: string | null): string {
  if (!iso) return "—";
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}-${month}-${year}`;
}

export const LEARNING_ROUTE_LABELS = { BOL: "BOL", BBL: "BBL", DERDE_LEERWEG: "Derde leerweg" } as const;

/** What a person holds, by kind, as the api spells it (the database's HeldCredentialKind). */
export const HELD_CREDENTIAL_KIND_LABELS = {
  DIPLOMA: "Mbo-diploma",
  CERTIFICATE: "Mbo-certificaat",
  PRAKTIJKVERKLARING: "Praktijkverklaring",
  OTHER_DIPLOMA: "Ander diploma",
} as const;

/** The level of another diploma, as core spells it. */
export const EDUCATION_LEVEL_LABELS = {
  vmbo: "Vmbo",
  "mbo-1": "Mbo niveau 1",
  "mbo-2": "Mbo niveau 2",
  "mbo-3": "Mbo niveau 3",
  "mbo-4": "Mbo niveau 4",
  havo: "Havo",
  vwo: "Vwo",
  hbo: "Hbo",
  wo: "Wo",
  buitenlands: "Buitenlands diploma",
} as const;

/** Mondeling language levels; B2 counts as 3F. */
export const LANGUAGE_LEVEL_LABELS = {
  "1F": "1F",
  "2F": "2F",
  "3F": "3F",
  "4F": "4F",
  B2: "B2 (telt als 3F)",
} as const;
