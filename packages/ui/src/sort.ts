const collator = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });

/** Orders table values: numbers numerically, text the Dutch way, empty values (null, "") last. */
export function compareValues(a: unknown, b: unknown): number {
  const emptyA = a === null || a === undefined || a === "";
  const emptyB = b === null || b === undefined || b === "";
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

export interface PersonName {
  givenName: string;
  familyName: string;
}

/**
 * Orders people by family name, then given name — the order the server lists them in — so sorting a
 * Naam column that shows "Sanne Bakker" puts her under B.
 */
export function compareFamilyNames(a: PersonName, b: PersonName): number {
  return compareValues(a.familyName, b.familyName) || compareValues(a.givenName, b.givenName);
}
