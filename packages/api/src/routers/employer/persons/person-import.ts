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

/** Accepts 2026-09-01 as well as the Dutch 1-9-2026 and 01-09-2026. */
export function parseDutchDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : null;
}

const normalise = (s: string) => s.trim().toLowerCase();

/**
 * Turns a row into the input of `persons.create`, or says per field what is wrong. A function is
 * found by id or title, a location by name or LRK number.
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
  if (!start) errors.push(`Startdatum "${row.startdatum}" is geen datum (gebruik dd-mm-jjjj).`);
  const end = row.einddatum.trim() ? parseDutchDate(row.einddatum) : undefined;
  if (end === null) errors.push(`Einddatum "${row.einddatum}" is geen datum (gebruik dd-mm-jjjj).`);
  const kind = normalise(row.soort) === "kandidaat" ? "CANDIDATE" : "STAFF";
  const parsed = createPersonInput.safeParse({
    kind,
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
    // Function and dates already have a clearer message above.
    for (const issue of parsed.error.issues)
      if (
        !["functionId", "contractStart", "contractEnd"].includes(String(issue.path[0])) ||
        errors.length === 0
      )
        errors.push(issue.message);
  }
  return errors.length === 0 && parsed.success
    ? { ok: true, input: parsed.data }
    : { ok: false, errors: [...new Set(errors)] };
}
