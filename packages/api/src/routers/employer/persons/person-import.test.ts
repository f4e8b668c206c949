import { describe, expect, it } from "vitest";
import { findImportedPerson, parseDutchDate, parseImportRow, type ImportRow } from "./person-import.ts";

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
    ["31-2-2026", null],
    ["2026-13-01", null],
    ["1-9-26", null],
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

describe("plausible imports", () => {
  it.each([
    ["soort", { soort: "stagiair" }, 'Onbekende soort "stagiair". Gebruik "Medewerker" of "Kandidaat".'],
    ["a start in the far future", { startdatum: "1-9-2206" }, "een startdatum ligt hoogstens 2 jaar vooruit"],
    ["a start long ago", { startdatum: "1-9-1926" }, "een startdatum vóór 1-1-1950 kan niet kloppen"],
    ["an end that is no date", { einddatum: "31-6-2027" }, 'Einddatum "31-6-2027" is geen datum'],
  ])("refuses %s", (_, over, message) => {
    const result = parseImportRow(row(over), locations);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.errors.join(" ")).toContain(message);
  });

  it("reads the export's labels for soort in any case", () => {
    for (const [soort, kind] of [
      ["Medewerker", "STAFF"],
      ["KANDIDAAT", "CANDIDATE"],
      ["", "STAFF"],
    ] as const) {
      const result = parseImportRow(row({ soort }), locations);
      expect(result.ok && result.input.kind).toBe(kind);
    }
  });
});

describe("findImportedPerson", () => {
  const team = [
    { id: "a", givenName: "Fatima", familyName: "El Amrani", email: "fatima@example.org" },
    { id: "b", givenName: "Jan", familyName: "de Vries", email: null },
  ];
  it("matches by e-mail when the row has one, else by name", () => {
    expect(findImportedPerson(row({ email: "FATIMA@example.org", voornaam: "F." }), team)?.id).toBe("a");
    expect(findImportedPerson(row({ voornaam: "jan", achternaam: "De Vries" }), team)?.id).toBe("b");
    expect(findImportedPerson(row({ email: "other@example.org" }), team)).toBeUndefined();
    expect(findImportedPerson(row({ voornaam: "Piet" }), team)).toBeUndefined();
  });
});
