import { childcareCatalog } from "@ontwikkelpad/core";
import { z } from "zod";
import { createPersonInput } from "./person-input.ts";

/** One CSV row as the spreadsheet had it: every cell is text, column names in Dutch. */
export const importRowSchema = z.object({
  voornaam: z.string().default(""),
  achternaam: z.string().default(""),
  email: z.string().default(""),
  functie: z.string().default(""),
  locatie: z.string().default(""),
  uren: z.string().default(""),
  startdatum: z.string().default(""),
  einddatum: z.string().default(""),
  soort: z.string().default(""),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const IMPORT_COLUMNS = Object.keys(importRowSchema.shape) as (keyof ImportRow)[];

/**
 * Accepts the Dutch 1-9-2026 and 01-09-2026 (the export's format) as well as 2026-09-01; a day that
 * is not in the calendar (31-2-2026) is no date.
 */
export function parseDutchDate(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t) ?? /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (!m) return null;
  const [year, month, day] = m[1]!.length === 4 ? [m[1]!, m[2]!, m[3]!] : [m[3]!, m[2]!, m[1]!];
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function contractDateProblem(label: string, text: string, iso: string | null): string | null {
  return iso === null ? `${label} "${text}" is geen datum (gebruik d-m-jjjj, bijvoorbeeld 1-9-2026).` : null;
}

/** The spellings of "soort" the import accepts (the export writes the labels). */
const KINDS: Record<string, "STAFF" | "CANDIDATE"> = {
  "": "STAFF",
  medewerker: "STAFF",
  kandidaat: "CANDIDATE",
};

const normalise = (s: string) => s.trim().toLowerCase();

/**
 * Turns a row into the input of `persons.create`, or says per field what is wrong. A function is
 * found by id or title, a location by name or LRK number; contract dates are checked as the form checks
 * them.
 */
export function parseImportRow(
  row: ImportRow,
  locations: { id: string; name: string; lrkNumber: string }[],
): { ok: true; input: z.infer<typeof createPersonInput> } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const fn = childcareCatalog.functions.find(
    (f) => normalise(f.id) === normalise(row.functie) || normalise(f.title) === normalise(row.functie),
  );
  if (!fn)
    errors.push(
      `Onbekende functie "${row.functie}". Gebruik bijvoorbeeld "Groepshulp" of "Pedagogisch medewerker".`,
    );
  let locationId: string | undefined;
  if (row.locatie.trim()) {
    locationId = locations.find(
      (l) => normalise(l.name) === normalise(row.locatie) || l.lrkNumber === row.locatie.trim(),
    )?.id;
    if (!locationId)
      errors.push(
        `Onbekende locatie "${row.locatie}". Gebruik de naam of het LRK-nummer van een eigen locatie.`,
      );
  }
  const hours = Number(row.uren.trim().replace(",", "."));
  const start = parseDutchDate(row.startdatum);
  const startProblem = contractDateProblem("Startdatum", row.startdatum, start);
  if (startProblem) errors.push(startProblem);
  const end = row.einddatum.trim() ? parseDutchDate(row.einddatum) : undefined;
  const endProblem = end === undefined ? null : contractDateProblem("Einddatum", row.einddatum, end);
  if (endProblem) errors.push(endProblem);
  const kind = KINDS[normalise(row.soort)];
  if (!kind) errors.push(`Onbekende soort "${row.soort}". Gebruik "Medewerker" of "Kandidaat".`);
  const parsed = createPersonInput.safeParse({
    kind: kind ?? "STAFF",
    givenName: row.voornaam,
    familyName: row.achternaam,
    email: row.email.trim() || undefined,
    functionId: fn?.id ?? "",
    locationId,
    hoursPerWeek: row.uren.trim() === "" || Number.isNaN(hours) ? undefined : hours,
    contractStart: start ?? "",
    contractEnd: end ?? undefined,
  });
  if (!parsed.success) {
    // An unknown function and a date that is no date already have a clearer message above; a real date
    // that cannot be meant gets the same answer as in the form (shared plausibleDate).
    const explained = new Set([
      ...(fn ? [] : ["functionId"]),
      ...(start === null ? ["contractStart"] : []),
      ...(end === null ? ["contractEnd"] : []),
    ]);
    for (const issue of parsed.error.issues)
      if (!explained.has(String(issue.path[0]))) errors.push(issue.message);
  }
  return errors.length === 0 && parsed.success
    ? { ok: true, input: parsed.data }
    : { ok: false, errors: [...new Set(errors)] };
}

/**
 * The team member a row describes, so that an exported, edited and re-imported list updates people
 * instead of adding them twice: the same e-mail address, or — for a row without one — the same given
 * and family name.
 */
export function findImportedPerson<P extends { givenName: string; familyName: string; email: string | null }>(
  row: ImportRow,
  persons: readonly P[],
): P | undefined {
  const email = normalise(row.email);
  if (email) return persons.find((p) => p.email !== null && normalise(p.email) === email);
  return persons.find(
    (p) =>
      normalise(p.givenName) === normalise(row.voornaam) &&
      normalise(p.familyName) === normalise(row.achternaam),
  );
}
