import { describe, expect, it } from "vitest";
import { parseDutchDate, parseImportRow, type ImportRow } from "./person-import.ts";

const locations = [{ id: "loc-1", name: "KDV De Boomhut", lrkNumber: "100000001" }];
const row = (over: Partial<ImportRow> = {}): ImportRow => ({
  voornaam: "Fatima",
  achternaam: "El Amrani",
  email: "",
  functie: "groepshulp",
  locatie: "",
  uren: "24",
  startdatum: "2026-10-01",
  einddatum: "",
  soort: "",
  ...over,
});

describe("parseDutchDate", () => {
  it.each([
    ["2026-09-01", "2026-09-01"],
    ["1-9-2026", "2026-09-01"],
    ["01/09/2026", "2026-09-01"],
    ["1.9.2026", "2026-09-01"],
    ["september", null],
    ["", null],
  ])("%s → %s", (text, iso) => expect(parseDutchDate(text)).toBe(iso));
});

describe("parseImportRow", () => {
  it("finds the function by title and the location by name or LRK number, and reads Dutch decimals", () => {
    for (const locatie of ["kdv de boomhut", "100000001"]) {
      const result = parseImportRow(
        row({ functie: "Pedagogisch medewerker", locatie, uren: "24,5", soort: "kandidaat" }),
        locations,
      );
      expect(result).toEqual({
        ok: true,
        input: {
          kind: "CANDIDATE",
          givenName: "Fatima",
          familyName: "El Amrani",
          functionId: "pedagogisch-medewerker",
          locationId: "loc-1",
          hoursPerWeek: 24.5,
          contractStart: "2026-10-01",
        },
      });
    }
  });

  it("names every problem of a row in Dutch", () => {
    const result = parseImportRow(
      row({ voornaam: "", functie: "kok", locatie: "Elders", uren: "", einddatum: "2026-01-01" }),
      locations,
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Onbekende functie "kok"'),
        expect.stringContaining('Onbekende locatie "Elders"'),
        "Vul de voornaam in.",
        "Vul het aantal uren per week in.",
      ]),
    );
  });

  it("refuses an end date before the start date", () => {
    const result = parseImportRow(row({ einddatum: "01-01-2026" }), locations);
    expect(result).toEqual({ ok: false, errors: ["De einddatum ligt voor de startdatum."] });
  });
});
